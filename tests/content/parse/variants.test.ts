import { articleOf, codes, parseFixture, parseText, texts } from './parse-helpers';

describe('byline and date variants', () => {
  it.each([
    ['date-us.txt', 'Talks Resume In Geneva', 'Jane Doe', 'Politics', '2021-01-11'],
    ['date-short.txt', 'Markets Rally', 'Ali Veliyev', 'News', '2021-01-11'],
    ['date-abbrev-dot.txt', 'Markets Rally', 'Ali Veliyev', 'Business', '2021-01-11'],
    ['date-iso.txt', 'Harvest Begins Early', 'Leyla Mammadova', null, '2021-01-11'],
    ['date-dotted.txt', 'Harvest Begins Early', 'Leyla Mammadova', 'South Caucasus', '2021-01-11'],
    ['bom.txt', 'Bridge Reopens', 'Anar Aliyev', 'Local', '2020-03-03'],
  ])('%s', (fixture, title, author, section, date) => {
    const result = parseFixture(fixture);
    const article = articleOf(result);
    expect({ title: article.title, author: article.author, section: article.section, date: article.date }).toEqual({ title, author, section, date });
    expect(article.blocks).toHaveLength(1);
    expect(article.blocks[0]?.kind).toBe('paragraph');
    expect(article.blockLines).toEqual([5]);
    expect(result.problems).toEqual([]);
  });

  it('an undated "By" line is the byline, not the first paragraph', () => {
    const result = parseFixture('undated-byline.txt');
    const article = articleOf(result);
    expect({ author: article.author, date: article.date }).toEqual({ author: 'Siân Morgan', date: null });
    expect(texts(article, 'paragraph')).toEqual(['Tata Steel switched off the last blast furnace at Port Talbot on Monday.']);
  });

  it('no byline: title, blank line, then the body', () => {
    const result = parseFixture('no-byline.txt');
    const article = articleOf(result);
    expect(article).toMatchObject({ title: 'Parliament Passes New Budget', author: null, section: null, date: null });
    expect(article.blocks).toEqual([
      { kind: 'paragraph', text: 'The parliament approved the new budget on Tuesday after a long debate. Members voted late into the night.' },
      { kind: 'heading', id: 'opposition-view', text: 'Opposition view' },
      { kind: 'paragraph', text: 'The opposition said the budget ignores the regions.' },
    ]);
    expect(article.blockLines).toEqual([3, 6, 8]);
    expect(result.problems).toEqual([]);
  });

  it.each(['dateline.txt', 'dateline-dmy.txt'])('%s: a dateline as the first body line is the date, not a paragraph', (fixture) => {
    const result = parseFixture(fixture);
    const article = articleOf(result);
    expect(article).toMatchObject({ title: 'Storm Hits The Coast', author: null, section: null, date: '2019-01-06' });
    expect(article.blocks[0]).toEqual({ kind: 'paragraph', text: 'Heavy rain flooded the coastal road.' });
    expect(article.blockLines[0]).toBe(5);
    expect(result.problems).toEqual([]);
  });

  it('the byline date wins over a later dateline, which is still not body text', () => {
    const article = articleOf(parseText('Title\n\nAnn Lee News 2 March 2020\n\nMonday, March 9, 2020\n\nBody text.\n'));
    expect(article.date).toBe('2020-03-02');
    expect(article.blocks).toEqual([{ kind: 'paragraph', text: 'Body text.' }]);
  });

  it('a byline directly after the title (no blank line) is still a byline', () => {
    const article = articleOf(parseText('Title\nAnn Lee Opinion 2 March 2020\n\nBody text.\n'));
    expect(article).toMatchObject({ author: 'Ann Lee', section: 'Opinion', date: '2020-03-02' });
    expect(article.blockLines).toEqual([4]);
  });

  it('recognises a section case-insensitively and returns it as listed', () => {
    const article = articleOf(parseText('Title\n\nAnn Lee op-ed 2 March 2020\n\nBody text.\n'));
    expect(article).toMatchObject({ author: 'Ann Lee', section: 'Op-Ed' });
  });

  it('a sentence ending with a date is not a byline', () => {
    const result = parseText('Title\n\nThe summit was held on 11 January 2021\n\nLeaders met.\n');
    const article = articleOf(result);
    expect(article).toMatchObject({ author: null, section: null, date: null });
    expect(article.blocks.map((b) => b.text)).toEqual(['The summit was held on 11 January 2021', 'Leaders met.']);
    expect(result.problems).toEqual([]);
  });

  it('keeps typographic quotes and dashes, joins lines with one space and trims no-break spaces at line ends', () => {
    const result = parseFixture('nbsp-and-quotes.txt');
    const article = articleOf(result);
    expect(article.title).toBe('Quotes Stay “Curly”');
    expect(article.blocks).toEqual([
      { kind: 'paragraph', text: 'He said: “We will not leave.” It was – as always – a long day.' },
      { kind: 'heading', id: 'is-this-the-end', text: 'Is this the end?' },
      { kind: 'paragraph', text: '“Never,” she replied.”' },
    ]);
    expect(article.blockLines).toEqual([3, 6, 8]);
  });

  it('gives duplicate headings distinct ids and does not make a symbol line a heading', () => {
    const article = articleOf(parseFixture('duplicate-headings.txt'));
    expect(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.id)).toEqual(['background', 'background-2', 'background-2-2']);
    expect(texts(article, 'paragraph')).toContain('***');
  });

  it('names a heading whose slug is empty "section", and a line of only symbols is not a heading', () => {
    const article = articleOf(parseText('Title\n\nɛʃ\n\nʃ\n\n¿?\n\nText.\n'));
    expect(article.blocks).toEqual([
      { kind: 'heading', id: 'section', text: 'ɛʃ' },
      { kind: 'heading', id: 'section-2', text: 'ʃ' },
      { kind: 'paragraph', text: '¿?' },
      { kind: 'paragraph', text: 'Text.' },
    ]);
  });

  it('a block of several short lines is a paragraph, and lines ending with ":" lead into text', () => {
    const article = articleOf(parseText('Title\n\nShort line\nanother short line\n\nThe reasons are:\n\nText.\n'));
    expect(article.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(article.blocks[0]?.text).toBe('Short line another short line');
  });
});

describe('front matter', () => {
  it('overrides the heuristics, and the first body line is not taken as the title', () => {
    const result = parseFixture('front-matter.txt');
    const article = articleOf(result);
    expect(article).toMatchObject({
      title: 'Front Matter: The Title',
      author: 'Nigar Hasanova',
      section: 'Opinion',
      date: '2020-05-04',
      summary: 'A short summary.',
      slug: 'custom-slug',
    });
    expect(article.frontMatter).toEqual({
      title: 'Front Matter: The Title',
      author: 'Nigar Hasanova',
      section: 'Opinion',
      date: '2020-05-04',
      summary: 'A short summary.',
      slug: 'custom-slug',
      topics: ['energy', 'gas'],
    });
    expect(article.blocks).toEqual([
      { kind: 'heading', id: 'why-gas-prices-matter', text: 'Why Gas Prices Matter' },
      { kind: 'paragraph', text: 'Gas prices rose again this week.' },
    ]);
    expect(article.blockLines).toEqual([12, 14]);
    expect(result.problems).toEqual([]);
  });

  it('drops a copied title line, byline and repeated title after front matter, front matter winning', () => {
    const result = parseFixture('front-matter-copy.txt');
    const article = articleOf(result);
    expect(article).toMatchObject({ title: 'Azeri Leaders Meet', author: 'Fuad Muxtarlı', section: 'Politics', date: '2021-01-11' });
    expect(article.blocks).toEqual([{ kind: 'paragraph', text: 'The leaders met in Moscow.' }]);
    expect(article.blockLines).toEqual([10]);
    expect(result.problems).toEqual([]);
  });

  it('invalid YAML is a warning with its line, and the text is read without it', () => {
    const result = parseFixture('invalid-front-matter.txt');
    const article = articleOf(result);
    expect(article).toMatchObject({ title: 'Real Title From Text', author: 'Samir Guliyev', section: 'Feature', date: '2021-02-02', frontMatter: {} });
    expect(article.blocks).toEqual([{ kind: 'paragraph', text: 'The body survives broken front matter.' }]);
    expect(article.blockLines).toEqual([9]);
    expect(codes(result)).toEqual(['warning invalid-front-matter@3']);
    expect(result.problems[0]?.message).toMatch(/^The front matter is not valid YAML: .+\.$/);
  });

  it('a key of the wrong type is a warning naming the key, and is ignored', () => {
    const result = parseFixture('front-matter-type.txt');
    const article = articleOf(result);
    expect(article).toMatchObject({ title: 'Title From The Text', author: 'Kamal Abbasov', date: null });
    expect(article.frontMatter).toEqual({ title: [1, 2], author: 'Kamal Abbasov', date: { year: 2021 } });
    expect(codes(result)).toEqual(['warning front-matter-type@2', 'warning front-matter-type@4']);
    expect(result.problems[0]?.message).toBe('The front-matter key "title" should be text but is a list.');
    expect(result.problems[1]?.message).toBe('The front-matter key "date" should be a date but is a mapping.');
  });

  it('an unclosed front-matter fence is a warning and the rest is read as text', () => {
    const result = parseText('---\nTitle Here\n\nBody text.\n');
    const article = articleOf(result);
    expect(article.title).toBe('Title Here');
    expect(article.blockLines).toEqual([4]);
    expect(codes(result)).toEqual(['warning invalid-front-matter@1']);
  });

  it('front matter that is not a mapping is a warning', () => {
    const result = parseText('---\n- a\n- b\n---\nTitle\n\nBody.\n');
    expect(articleOf(result).title).toBe('Title');
    expect(codes(result)).toEqual(['warning invalid-front-matter@2']);
  });

  it('an empty front-matter block is fine', () => {
    const result = parseText('---\n---\nTitle\n\nBody.\n');
    expect(articleOf(result)).toMatchObject({ title: 'Title', frontMatter: {}, blockLines: [5] });
    expect(result.problems).toEqual([]);
  });

  it('reads front-matter dates in any accepted form, and reports bad ones at their line', () => {
    expect(articleOf(parseText('---\ndate: 11 January 2021\n---\nT\n\nB.\n')).date).toBe('2021-01-11');
    expect(articleOf(parseText('---\ndate: "2021-01-11"\n---\nT\n\nB.\n')).date).toBe('2021-01-11');
    const bad = parseText('---\ntitle: T\ndate: soon\n---\nB.\n');
    expect(articleOf(bad)).toMatchObject({ title: 'T', date: null });
    expect(codes(bad)).toEqual(['warning unparseable-date@3']);
    expect(bad.problems[0]?.message).toBe('The date "soon" in the front matter is not in a form the parser reads.');
  });

  it('falls back to the byline date when the front-matter date is impossible', () => {
    const result = parseText('---\ndate: 2021-02-30\n---\nT\nAnn Lee 1 March 2021\n\nB.\n');
    expect(articleOf(result).date).toBe('2021-03-01');
    expect(codes(result)).toEqual(['warning impossible-date@2']);
  });

  it('accepts a numeric title and ignores empty values', () => {
    const result = parseText('---\ntitle: 1984\nauthor: ""\ndate: ""\n---\nBody.\n');
    const article = articleOf(result);
    expect(article).toMatchObject({ title: '1984', author: null, date: null });
    expect(result.problems).toEqual([]);
    expect(article.blocks).toEqual([{ kind: 'paragraph', text: 'Body.' }]);
  });
});

describe('line endings', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('%s gives the same blocks and line numbers as LF', (_name, eol) => {
    const text = ['---', 'tags: [a]', '---', 'Title', '', 'Ann Lee News 2 March 2020', '', 'First line', 'second line.', '', '', 'A heading', '', 'Last.'].join(eol);
    const result = parseText(text);
    const article = articleOf(result);
    expect(article).toMatchObject({ title: 'Title', author: 'Ann Lee', section: 'News', date: '2020-03-02', frontMatter: { tags: ['a'] } });
    expect(article.blocks).toEqual([
      { kind: 'paragraph', text: 'First line second line.' },
      { kind: 'heading', id: 'a-heading', text: 'A heading' },
      { kind: 'paragraph', text: 'Last.' },
    ]);
    expect(article.blockLines).toEqual([8, 12, 14]);
    expect(result.problems).toEqual([]);
  });
});
