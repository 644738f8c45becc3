import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articleOf, codes, parseBytes, texts } from './parse-helpers';

const SEED = 'seeds/000_1f187117bb24d1e9.txt';
const seedBytes = readFileSync(fileURLToPath(new URL(`../../../${SEED}`, import.meta.url)));
const TITLE = 'Azeri, Armenian Leaders In Moscow For Crucial Post-Karabakh Meeting';

describe('parseArticle on the real seed', () => {
  const result = parseBytes(seedBytes, SEED);
  const article = articleOf(result);

  it('reads title, author, section and date from the title and byline', () => {
    expect(article.title).toBe(TITLE);
    expect(article.author).toBe('Fuad Muxtarlı');
    expect(article.section).toBe('Feature');
    expect(article.date).toBe('2021-01-11');
    expect(article.summary).toBeNull();
    expect(article.slug).toBeNull();
    expect(article.frontMatter).toEqual({});
  });

  it('reports no problems', () => {
    expect(result.problems).toEqual([]);
  });

  it('finds exactly the four subheadings, in order, with anchor ids', () => {
    expect(article.blocks.filter((b) => b.kind === 'heading')).toEqual([
      { kind: 'heading', id: 'three-points-of-the-november-10-statement', text: 'Three points of the November 10 statement' },
      { kind: 'heading', id: 'azerbaijani-military-police-in-the-lachin-corridor', text: 'Azerbaijani military police in the Lachin corridor?' },
      {
        kind: 'heading',
        id: 'communications-withdrawal-of-armenian-militants-from-the-region',
        text: 'Communications, withdrawal of Armenian militants from the region',
      },
      { kind: 'heading', id: 'putin-macron-discuss-trilateral-karabakh-talks', text: 'Putin, Macron discuss trilateral Karabakh talks' },
    ]);
  });

  it('finds exactly 22 paragraphs, including the long one without a closing full stop', () => {
    const paragraphs = texts(article, 'paragraph');
    expect(paragraphs).toHaveLength(22);
    expect(paragraphs[0]).toMatch(/^After week-long far-fetched speculations/);
    expect(paragraphs[21]).toMatch(/^The French president expressed his support/);
    expect(paragraphs.find((p) => p.startsWith('Vladimir Putin has held a phone conversation'))).toMatch(/the Kremlin said$/);
  });

  it('does not repeat the title or the byline in the body', () => {
    expect(article.blocks.some((b) => b.text === TITLE)).toBe(false);
    expect(article.blocks.some((b) => b.text.includes('Fuad Muxtarlı'))).toBe(false);
  });

  it('places headings where they are in the text', () => {
    expect(article.blocks.map((b) => b.kind)).toEqual([
      ...Array<string>(10).fill('paragraph'),
      'heading',
      ...Array<string>(4).fill('paragraph'),
      'heading',
      ...Array<string>(3).fill('paragraph'),
      'heading',
      ...Array<string>(2).fill('paragraph'),
      'heading',
      ...Array<string>(3).fill('paragraph'),
    ]);
  });

  it('records the source line of every block', () => {
    expect(article.blockLines).toEqual(Array.from({ length: 26 }, (_, i) => 6 + 2 * i));
    const lines = seedBytes.toString('utf8').split('\n');
    article.blocks.forEach((block, i) => {
      expect(lines[(article.blockLines[i] ?? 0) - 1]?.trim()).toBe(block.text);
    });
  });

  it('trims the no-break space at a line end but keeps inner ones and typographic quotes', () => {
    expect(article.blocks[1]?.text).toBe('Russian President Vladimir Putin held a Security Council meeting on Nagorno-Karabakh settlement on January 10, the Kremlin reported.');
    expect(texts(article, 'paragraph').some((p) => p.includes('signed.\u00a0The Pashinyan'))).toBe(true);
    expect(texts(article, 'paragraph').some((p) => p.includes('Putin’s inner circle'))).toBe(true);
  });

  it('reads the same article from CRLF and lone-CR line endings', () => {
    const text = seedBytes.toString('utf8');
    for (const eol of ['\r\n', '\r']) {
      const other = parseBytes(new TextEncoder().encode(text.replace(/\n/g, eol)), SEED);
      expect(other).toEqual(result);
    }
  });

  it('reads the same article with a UTF-8 BOM, with the same line numbers', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...seedBytes]);
    expect(parseBytes(withBom, SEED)).toEqual(result);
  });

  it('reads the same article from UTF-16 LE and BE with a BOM', () => {
    const text = seedBytes.toString('utf8');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(parseBytes(le, SEED)).toEqual(result);
    expect(parseBytes(be, SEED)).toEqual(result);
  });

  it('attaches the file path to problems', () => {
    const broken = parseBytes(new Uint8Array(0), 'seeds/politics/x.txt');
    expect(broken.problems[0]?.file).toBe('seeds/politics/x.txt');
    expect(codes(broken)).toEqual(['error empty-file@-']);
  });
});
