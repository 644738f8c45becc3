import { readFrontMatterFields } from '../../../src/content/parse/front-matter';
import type { Issue } from '../../../src/content/parse/issue';
import { articleOf, codes, parseBytes, parseFixture, parseText, readFixture } from './parse-helpers';

describe('errors: no article', () => {
  it('empty file', () => {
    const result = parseFixture('empty.txt');
    expect(result.article).toBeNull();
    expect(codes(result)).toEqual(['error empty-file@-']);
    expect(result.problems[0]).toMatchObject({ file: 'tests/content/parse/fixtures/empty.txt', message: 'The file is empty.' });
  });

  it('a file with only a BOM is empty', () => {
    expect(codes(parseBytes(new Uint8Array([0xef, 0xbb, 0xbf])))).toEqual(['error empty-file@-']);
  });

  it('whitespace only (spaces, tabs, no-break spaces, blank lines)', () => {
    const result = parseFixture('whitespace.txt');
    expect(result.article).toBeNull();
    expect(codes(result)).toEqual(['error empty-file@-']);
    expect(result.problems[0]?.message).toBe('The file contains only whitespace.');
  });

  it('binary: NUL bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const result = parseBytes(png);
    expect(result.article).toBeNull();
    expect(codes(result)).toEqual(['error not-text@-']);
    expect(result.problems[0]?.message).toBe('The file looks binary, not like text: it contains NUL bytes (the first at byte 9).');
  });

  it('binary: mostly control characters', () => {
    const bytes = new Uint8Array(100).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    const result = parseBytes(bytes);
    expect(codes(result)).toEqual(['error not-text@-']);
    expect(result.problems[0]?.message).toMatch(/looks binary.*34% of it is control characters/);
  });

  it('binary: UTF-16 text full of NULs is still rejected', () => {
    const result = parseBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00]));
    expect(codes(result)).toEqual(['error not-text@-']);
  });

  it('a title with no body says what to add, at the title line', () => {
    const result = parseFixture('title-only.txt');
    expect(result.article).toBeNull();
    expect(codes(result)).toEqual(['error no-body@1']);
    expect(result.problems[0]?.message).toBe('The article "Just A Headline" has a title but no text.');
    expect(result.problems[0]?.hint).toMatch(/^Add the paragraphs after the title/);
  });

  it('front matter with a title and no text is no-body at the title key', () => {
    expect(codes(parseText('---\nauthor: A\ntitle: Only\n---\n\n'))).toEqual(['error no-body@3']);
  });

  it('front matter with neither title nor text is no-body', () => {
    expect(codes(parseText('---\nauthor: A\n---\n'))).toEqual(['error no-body@-']);
  });

  it('keeps front-matter warnings alongside the error', () => {
    expect(codes(parseText('---\ntitle: [x]\n---\nOnly A Title\n'))).toEqual(['warning front-matter-type@2', 'error no-body@4']);
  });
});

describe('encodings', () => {
  it('invalid UTF-8 is read as Windows-1252 with a warning at the first bad byte', () => {
    const result = parseFixture('latin1.txt');
    const article = articleOf(result);
    expect(article.title).toBe('Prices Rise');
    expect(article.blocks).toEqual([
      { kind: 'paragraph', text: 'The ticket now costs £300 in London.' },
      { kind: 'paragraph', text: 'More to follow.' },
    ]);
    expect(codes(result)).toEqual(['warning invalid-utf8@3']);
    expect(result.problems[0]?.message).toBe('The file is not valid UTF-8 (byte 0xA3 on line 3); it was read as Windows-1252 (Latin-1).');
    expect(result.problems[0]?.hint).toMatch(/re-save the file as UTF-8/);
  });

  it('reads Windows-1252 typographic quotes (0x93/0x94) and counts lone-CR lines', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Title\r\rHe said '), 0x93, 0x48, 0x69, 0x94, 0x2e]);
    const result = parseBytes(bytes);
    expect(articleOf(result).blocks).toEqual([{ kind: 'paragraph', text: 'He said “Hi”.' }]);
    expect(codes(result)).toEqual(['warning invalid-utf8@3']);
  });

  it('a truncated UTF-8 sequence is reported at its line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Title\n\nCaf'), 0xc3]);
    expect(codes(parseBytes(bytes))).toEqual(['warning invalid-utf8@3']);
  });

  it('UTF-16 LE and BE with a BOM are decoded without a warning', () => {
    const text = 'Başlıq\n\nMətn burada.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) {
      const result = parseBytes(bytes);
      expect(articleOf(result)).toMatchObject({ title: 'Başlıq', blocks: [{ kind: 'paragraph', text: 'Mətn burada.' }], blockLines: [3] });
      expect(result.problems).toEqual([]);
    }
  });

  it('the BOM does not shift line numbers', () => {
    const result = parseFixture('bom.txt');
    expect(readFixture('bom.txt')[0]).toBe(0xef);
    expect(articleOf(result).title).toBe('Bridge Reopens');
    expect(articleOf(result).blockLines).toEqual([5]);
  });
});

describe('warnings: the article is still published', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('impossible date', () => {
    const result = parseFixture('impossible-date.txt');
    expect(articleOf(result)).toMatchObject({ author: 'Elvin Mammadov', section: 'Feature', date: null });
    expect(codes(result)).toEqual(['warning impossible-date@3']);
    expect(result.problems[0]?.message).toBe('The date "31 February 2021" in the byline does not exist (February 2021 has 28 days).');
  });

  it('29 February exists in leap years only', () => {
    expect(articleOf(parseText('T\n\nA B 29 February 2020\n\nX.\n')).date).toBe('2020-02-29');
    expect(codes(parseText('T\n\nA B 29.02.2100\n\nX.\n'))).toEqual(['warning impossible-date@3']);
    expect(codes(parseText('T\n\nA B 2021-13-01\n\nX.\n'))).toEqual(['warning impossible-date@3']);
  });

  it('unparseable date: says what was found and which forms are accepted', () => {
    const result = parseFixture('unparseable-date.txt');
    expect(articleOf(result)).toMatchObject({ author: 'Elvin Mammadov', section: 'Feature', date: null });
    expect(articleOf(result).blocks).toHaveLength(1);
    expect(codes(result)).toEqual(['warning unparseable-date@3']);
    expect(result.problems[0]?.message).toBe('The date "01/02/2021" in the byline is not in a form the parser reads.');
    expect(result.problems[0]?.hint).toBe('Write the date as "11 January 2021", "January 11, 2021", "11 Jan 2021" or "2021-01-11".');
  });

  it('a misspelt month in the byline is unparseable, not body text', () => {
    const result = parseText('T\n\nAnn Lee Feature 11 Janury 2021\n\nX.\n');
    expect(articleOf(result)).toMatchObject({ author: 'Ann Lee', section: 'Feature', date: null, blocks: [{ kind: 'paragraph', text: 'X.' }] });
    expect(codes(result)).toEqual(['warning unparseable-date@3']);
    expect(result.problems[0]?.message).toContain('"11 Janury 2021"');
  });

  it('future date: more than a day ahead is a warning, the date is kept', () => {
    const result = parseFixture('future-date.txt');
    expect(articleOf(result).date).toBe('2999-01-01');
    expect(codes(result)).toEqual(['warning future-date@3']);
  });

  it('future date: tomorrow is allowed (time zones), the day after is not', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-01-10T12:00:00Z'));
    expect(codes(parseText('T\n\nA B 11 January 2021\n\nX.\n'))).toEqual([]);
    expect(codes(parseText('T\n\nA B 12 January 2021\n\nX.\n'))).toEqual(['warning future-date@3']);
  });

  it('a title over 200 characters is kept, with a warning', () => {
    const title = `${'Long title words '.repeat(13)}end`;
    const result = parseText(`${title}\n\nBody.\n`);
    expect(title.length).toBeGreaterThan(200);
    expect(articleOf(result).title).toBe(title);
    expect(codes(result)).toEqual(['warning long-title@1']);
  });

  it('a first line that is a long sentence: title made from its first words, line kept as a paragraph', () => {
    const result = parseFixture('missing-title.txt');
    const article = articleOf(result);
    expect(article.title).toBe('This opening line is a full paragraph rather than a…');
    expect(article.blocks).toHaveLength(2);
    expect(article.blocks[0]?.text).toMatch(/^This opening line is a full paragraph.*finally ends\.$/);
    expect(article.blockLines).toEqual([1, 3]);
    expect(codes(result)).toEqual(['warning missing-title@1']);
  });

  it('a front-matter Date value (YAML 1.1 timestamps) is read as its calendar date', () => {
    const issues: Issue[] = [];
    const fields = readFrontMatterFields({ date: new Date(Date.UTC(2021, 0, 11)) }, () => 5, issues);
    expect(fields.date).toEqual({ reading: { kind: 'valid', iso: '2021-01-11', text: '2021-01-11' }, line: 5 });
    expect(issues).toEqual([]);
    const invalid = readFrontMatterFields({ date: new Date(Number.NaN) }, () => 5, issues);
    expect(invalid.date?.reading.kind).toBe('unrecognised');
  });

  it('no byline is not a problem', () => {
    expect(parseFixture('no-byline.txt').problems).toEqual([]);
  });
});

describe('performance', () => {
  it('parses a 5 MB article well under a second', () => {
    const paragraph = `${'Words of a long paragraph about the Karabakh settlement, '.repeat(40)}end.`;
    const text = `Title\n\nFuad Muxtarlı Feature 11 January 2021\n\n${`${paragraph}\n\n`.repeat(Math.ceil(5_000_000 / paragraph.length))}`;
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(5_000_000);
    const start = performance.now();
    const result = parseBytes(bytes);
    const elapsed = performance.now() - start;
    expect(articleOf(result).blocks.length).toBeGreaterThan(2000);
    expect(elapsed).toBeLessThan(1000);
  });

  it('parses a 10,000-paragraph article (with 1,000 equal headings) well under a second', () => {
    const parts: string[] = ['Title', ''];
    for (let i = 0; i < 10_000; i++) {
      if (i % 10 === 0) parts.push('Update', '');
      parts.push(`Paragraph number ${i} has a few words in it.`, '');
    }
    const bytes = new TextEncoder().encode(parts.join('\n'));
    const start = performance.now();
    const article = articleOf(parseBytes(bytes));
    const elapsed = performance.now() - start;
    expect(article.blocks).toHaveLength(11_000);
    expect(new Set(article.blocks.flatMap((b) => (b.kind === 'heading' ? [b.id] : []))).size).toBe(1000);
    expect(elapsed).toBeLessThan(1000);
  });

  it('a single 5 MB line, and 5 MB of invalid UTF-8, parse quickly', () => {
    const line = new TextEncoder().encode(`${'word '.repeat(1_000_000)}end.`);
    const latin = new Uint8Array([...new TextEncoder().encode('Title\n\n'), ...new Uint8Array(5_000_000).fill(0xe9), 0x2e]);
    for (const bytes of [line, latin]) {
      const start = performance.now();
      const result = parseBytes(bytes);
      expect(result.article).not.toBeNull();
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});
