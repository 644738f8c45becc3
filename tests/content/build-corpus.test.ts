import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/content/build-corpus';
import { resolveContentConfig } from '../../src/content/config';

const GOOD = 'Harbour Reopens After Storm Repairs\n\nLena Okafor News 3 March 2023\nHarbour Reopens After Storm Repairs\n\nThe harbour reopened on Friday after six weeks of repairs.\n';
const temps: string[] = [];

function seedTree(files: Record<string, string | Uint8Array>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
  temps.push(root);
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, 'seeds', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  fs.mkdirSync(path.join(root, 'seeds'), { recursive: true });
  return root;
}

const corpusOf = (root: string) => buildCorpus(resolveContentConfig(root, {}, {}));

afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('buildCorpus', () => {
  it('reads the original seed into one Feature article', () => {
    const corpus = buildCorpus(resolveContentConfig(path.resolve('.'), {}, {}));
    expect(corpus.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const article = corpus.index.articles.find((meta) => meta.source === '000_1f187117bb24d1e9.txt');
    expect(article).toMatchObject({
      slug: 'azeri-armenian-leaders-in-moscow-for-crucial-post-karabakh-meeting',
      title: 'Azeri, Armenian Leaders In Moscow For Crucial Post-Karabakh Meeting',
      author: 'Fuad Muxtarlı',
      section: 'Feature',
      sectionSlug: 'feature',
      date: '2021-01-11',
    });
    expect(article?.summary.startsWith('After week-long far-fetched speculations')).toBe(true);
    expect(corpus.index.sections).toContainEqual({ slug: 'feature', name: 'Feature', count: expect.any(Number) });
    const body = corpus.bodies.get(article!.slug)!;
    expect(body.blocks.filter((block) => block.kind === 'heading')).toHaveLength(4);
    expect(body.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(22);
  });

  it('falls back to the sub-folder for the section, then to General', () => {
    const root = seedTree({
      'world-news/a.txt': 'Floods In The Valley\n\nHeavy rain flooded the valley overnight and roads were closed.\n',
      'b.txt': 'Quiet Day At The Market\n\nTraders reported a quiet day at the market on Monday.\n',
    });
    const { index } = corpusOf(root);
    expect(index.articles.map((article) => [article.title, article.section, article.sectionSlug])).toEqual([
      ['Floods In The Valley', 'World News', 'world-news'],
      ['Quiet Day At The Market', 'General', 'general'],
    ]);
  });

  it('leaves out a file that is not an article, keeps the others, and names the file', () => {
    const root = seedTree({ 'empty.txt': '', 'good.txt': GOOD, 'binary.txt': new Uint8Array([0, 1, 2, 0, 255, 0, 3, 0]) });
    const corpus = corpusOf(root);
    expect(corpus.index.articles.map((article) => article.title)).toEqual(['Harbour Reopens After Storm Repairs']);
    const errors = corpus.problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => problem.file).sort()).toEqual(['seeds/binary.txt', 'seeds/empty.txt']);
    for (const error of errors) {
      expect(error.message.length).toBeGreaterThan(10);
      expect(error.hint.length).toBeGreaterThan(10);
    }
  });

  it('publishes one copy of identical files and warns naming both', () => {
    const root = seedTree({ 'a.txt': GOOD, 'copy.txt': GOOD });
    const corpus = corpusOf(root);
    expect(corpus.index.articles).toHaveLength(1);
    const warning = corpus.problems.find((problem) => problem.code === 'duplicate-file');
    expect(warning).toMatchObject({ severity: 'warning', file: 'seeds/copy.txt' });
    expect(warning?.message).toContain('seeds/a.txt');
  });

  it('gives a second article with the same slug a unique one and warns naming both files', () => {
    const root = seedTree({ 'a.txt': GOOD, 'b.txt': GOOD.replace('six weeks', 'seven weeks') });
    const corpus = corpusOf(root);
    expect(corpus.index.articles.map((article) => article.slug).sort()).toEqual(['harbour-reopens-after-storm-repairs', 'harbour-reopens-after-storm-repairs-2']);
    const warning = corpus.problems.find((problem) => problem.code === 'duplicate-slug');
    expect(warning).toMatchObject({ severity: 'warning', file: 'seeds/b.txt' });
    expect(warning?.message).toContain('seeds/a.txt');
    expect(warning?.message).toContain('/articles/harbour-reopens-after-storm-repairs-2');
  });

  it('ignores hidden and backup files, reports broken links, and survives link loops', () => {
    const root = seedTree({ 'good.txt': GOOD, '.hidden.txt': GOOD.replace('Harbour', 'Hidden'), 'good.txt~': 'x', '.#good.txt': 'x', '#good.txt#': 'x' });
    fs.symlinkSync(path.join(root, 'seeds'), path.join(root, 'seeds', 'loop'));
    fs.symlinkSync(path.join(root, 'missing.txt'), path.join(root, 'seeds', 'dangling.txt'));
    const corpus = corpusOf(root);
    expect(corpus.index.articles.map((article) => article.source)).toEqual(['good.txt']);
    expect(corpus.problems.map((problem) => [problem.code, problem.file])).toContainEqual(['broken-link', 'seeds/dangling.txt']);
  });

  it('reports a missing seeds folder as an error that says what to do', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
    temps.push(root);
    const corpus = corpusOf(root);
    expect(corpus.index.articles).toEqual([]);
    expect(corpus.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'no-seeds-folder', file: 'seeds' })]);
    expect(corpus.problems[0]?.hint).toContain('SEEDS_DIR');
  });
});
