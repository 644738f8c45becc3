import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type Corpus } from '../../src/content/build-corpus';
import { resolveContentConfig } from '../../src/content/config';

// Every case of "seeds that go wrong", dropped beside good articles: the README's table documents these outcomes.
const article = (title: string, body = 'The harbour reopened on Friday after six weeks of repairs.') => `${title}\n\nLena Okafor News 3 March 2023\n${title}\n\n${body}\n`;
const longParagraph = 'This is a long paragraph of filler text for size. '.repeat(200);

const CASES: { file: string; data: string | Uint8Array; expect: { severity: 'error' | 'warning'; code: string; line?: number; published?: false } | 'published' | 'ignored' }[] = [
  { file: 'empty.txt', data: '', expect: { severity: 'error', code: 'empty-file' } },
  { file: 'whitespace.txt', data: '  \n\t\n ', expect: { severity: 'error', code: 'empty-file' } },
  { file: 'binary.txt', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0]), expect: { severity: 'error', code: 'not-text' } },
  { file: 'invalid-utf8.txt', data: Buffer.from('Broken Bytes\n\nSome text \xff\xfe here.\n', 'latin1'), expect: { severity: 'warning', code: 'invalid-utf8', line: 3 } },
  { file: 'latin1.txt', data: Buffer.from('Price Rises\n\nBread now costs \xa32 a loaf.\n', 'latin1'), expect: { severity: 'warning', code: 'invalid-utf8', line: 3 } },
  { file: 'utf16.txt', data: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Wide Text\n\nThis file is UTF-16.\n', 'utf16le')]), expect: 'published' },
  { file: 'five-mb.txt', data: `Big Article\n\n${`${longParagraph}\n\n`.repeat(520)}`, expect: { severity: 'warning', code: 'large-article' } },
  { file: 'ten-thousand-paragraphs.txt', data: `Many Paragraphs\n\n${Array.from({ length: 10000 }, (_, i) => `Paragraph number ${i} has a sentence.`).join('\n\n')}`, expect: 'published' },
  { file: 'title-only.txt', data: 'Just A Title\n', expect: { severity: 'error', code: 'no-body', line: 1 } },
  {
    file: 'no-title.txt',
    data: `${'This body paragraph goes on without any title line at all, and keeps going well past two hundred characters, so it cannot be a title by any reasonable rule. '.repeat(2)}\n\nSecond paragraph.\n`,
    expect: { severity: 'warning', code: 'missing-title', line: 1 },
  },
  { file: 'long-title.txt', data: `${'Very long title words '.repeat(23)}\n\nBody text here.\n`, expect: { severity: 'warning', code: 'long-title', line: 1 } },
  { file: 'same-title.txt', data: article('Good One', 'A different body under the same title.'), expect: { severity: 'warning', code: 'duplicate-slug' } },
  { file: 'zz-copy.txt', data: article('Good One'), expect: { severity: 'warning', code: 'duplicate-file', published: false } },
  { file: 'With Spaces And CAPS.txt', data: article('Spaces In Name'), expect: 'published' },
  { file: 'новости.txt', data: article('Новости дня'), expect: 'published' },
  { file: 'a/b/c/deep.txt', data: article('Deep Nested'), expect: 'published' },
  { file: '.hidden.txt', data: article('Hidden'), expect: 'ignored' },
  { file: '.#lock.txt', data: article('Lock File'), expect: 'ignored' },
  { file: 'backup.txt~', data: article('Backup File'), expect: 'ignored' },
  { file: 'bad-yaml.txt', data: '---\ntitle: [unclosed\n---\nYaml Title\n\nBody.\n', expect: { severity: 'warning', code: 'invalid-front-matter', line: 2 } },
  { file: 'feb31.txt', data: 'Impossible Date\n\nAnna Berg News 31 February 2021\nImpossible Date\n\nBody text.\n', expect: { severity: 'warning', code: 'impossible-date', line: 3 } },
  { file: 'future.txt', data: 'Future Date\n\nAnna Berg News 1 January 2099\nFuture Date\n\nBody text.\n', expect: { severity: 'warning', code: 'future-date', line: 3 } },
];

describe('seeds that go wrong, beside good ones', () => {
  let root: string;
  let corpus: Corpus;

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-seeds-'));
    const write = (name: string, data: string | Uint8Array) => {
      const file = path.join(root, 'seeds', name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, data);
    };
    write('good.txt', article('Good One'));
    write('politics/budget.txt', article('Budget Passes'));
    for (const { file, data } of CASES) write(file, data);
    fs.symlinkSync(path.join(root, 'seeds', 'politics'), path.join(root, 'seeds', 'linked-politics'));
    fs.symlinkSync(path.join(root, 'seeds'), path.join(root, 'seeds', 'a', 'loop'));
    corpus = buildCorpus(resolveContentConfig(root, {}, {}));
  });

  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  const problemsOf = (file: string) => corpus.problems.filter((problem) => problem.file === `seeds/${file}`);
  const published = (file: string) => corpus.index.articles.some((meta) => meta.source === file);

  it('publishes every good article', () => {
    expect(published('good.txt')).toBe(true);
    expect(published('politics/budget.txt')).toBe(true);
  });

  it.each(CASES)('$file', ({ file, expect: expected }) => {
    if (expected === 'ignored') {
      expect(problemsOf(file)).toEqual([]);
      expect(published(file)).toBe(false);
      return;
    }
    if (expected === 'published') {
      expect(problemsOf(file)).toEqual([]);
      expect(published(file)).toBe(true);
      return;
    }
    const { published: publishedFlag, ...problem } = expected;
    const found = problemsOf(file);
    expect(found).toContainEqual(expect.objectContaining({ ...problem, file: `seeds/${file}` }));
    for (const problem of found) {
      expect(problem.message.length).toBeGreaterThan(15);
      expect(problem.hint.length).toBeGreaterThan(15);
    }
    // Warnings publish the article with a fallback; an exact copy is published once, under the other file's name.
    expect(published(file)).toBe(publishedFlag ?? expected.severity === 'warning');
  });

  it('names both files for duplicates', () => {
    expect(problemsOf('same-title.txt')[0]?.message).toContain('seeds/good.txt');
    expect(problemsOf('zz-copy.txt')[0]?.message).toContain('seeds/good.txt');
  });

  it('follows a folder link once, without looping, and publishes its files once', () => {
    expect(corpus.index.articles.filter((meta) => meta.title === 'Budget Passes')).toHaveLength(1);
    // The link names a folder already read under its real path, so it adds nothing and is not walked again.
    expect(published('politics/budget.txt')).toBe(true);
    expect(corpus.index.articles.some((meta) => meta.source.startsWith('linked-politics/') || meta.source.startsWith('a/loop/'))).toBe(false);
  });

  it('lists every problem, not only the first', () => {
    const expectedProblems = CASES.filter((c) => typeof c.expect === 'object').length;
    expect(corpus.problems.length).toBeGreaterThanOrEqual(expectedProblems);
  });
});
