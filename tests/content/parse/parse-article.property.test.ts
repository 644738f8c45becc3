import fc from 'fast-check';
import type { ParseResult } from '../../../src/content/types';
import { parseBytes, parseText } from './parse-helpers';

const RUNS = { numRuns: 200 };

/** The invariants every result must satisfy, whatever the input. */
function checkResult(result: ParseResult): void {
  const hasError = result.problems.some((p) => p.severity === 'error');
  expect(result.article === null).toBe(hasError);
  const article = result.article;
  if (article === null) return;
  expect(article.title.trim()).not.toBe('');
  expect(article.blocks.length).toBeGreaterThan(0);
  expect(article.blockLines).toHaveLength(article.blocks.length);
  for (const block of article.blocks) expect(block.text.trim()).not.toBe('');
  const ids = article.blocks.flatMap((b) => (b.kind === 'heading' ? [b.id] : []));
  expect(new Set(ids).size).toBe(ids.length);
  for (let i = 1; i < article.blockLines.length; i++) expect(article.blockLines[i]).toBeGreaterThan(article.blockLines[i - 1] ?? 0);
}

// Fragments that steer random input into every branch: fences, dates, bylines, odd bytes.
const FRAGMENTS = [
  '---', '---\n', '...', 'title: ', 'date: ', '[', ']', '{', ':', '"', '\n', '\r\n', '\r', '\n\n', ' ', '\u00a0', '\t', '\ufeff',
  '11 January 2021', 'January 11, 2021', '2021-02-31', '31.02.2021', '01/02/2021', 'Sunday,', 'Feature', 'Op-Ed', 'By',
  'Fuad Muxtarlı', 'Title', 'word', 'Sentence.', '?', '…', '“', '”', '’', '\u0000', '\u0001', 'ı', 'ə', 'Путин', '*',
];

describe('parseArticle never throws', () => {
  it('for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => checkResult(parseText(text))),
      RUNS,
    );
  });

  it('for strings made of format fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), (parts) => checkResult(parseText(parts.join('')))),
      RUNS,
    );
  });

  it('for any bytes, with or without a BOM', () => {
    const bom = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
    fc.assert(
      fc.property(bom, fc.uint8Array({ maxLength: 400 }), (prefix, bytes) => checkResult(parseBytes(new Uint8Array([...prefix, ...bytes])))),
      RUNS,
    );
  });
});

// Body words use letters only, no digits and no full stops inside, so no body line can look
// like a byline, a dateline or a sentence end by accident.
const LETTERS = 'abcdefghijklmnopqrstuvwxyzəıöüçşğžčñ'.split('');
const baseWord = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 9 });
const word = fc.tuple(fc.constantFrom('', '', '', '“', '('), baseWord, fc.constantFrom('', '', '', ',', '’s', '”', ')')).map(([a, b, c]) => a + b + c);
const capitalised = baseWord.map((w) => w.charAt(0).toUpperCase() + w.slice(1));

const title = fc.array(capitalised, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
const heading = fc
  .tuple(capitalised, fc.array(baseWord, { maxLength: 5 }), fc.constantFrom('', '', '?', '!'))
  .map(([first, rest, end]) => ({ kind: 'heading' as const, lines: [[first, ...rest].join(' ') + end] }));
const paragraph = fc
  .array(fc.array(word, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 })
  .map((lines) => ({ kind: 'paragraph' as const, lines: lines.map((ws, i) => ws.join(' ') + (i === lines.length - 1 ? '.' : '')) }));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const date = fc.record({ y: fc.integer({ min: 1990, max: 2020 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), form: fc.nat(5) }).map(({ y, m, d, form }) => {
  const month = MONTHS[m - 1] ?? 'January';
  const pad = (n: number) => String(n).padStart(2, '0');
  const texts = [`${d} ${month} ${y}`, `${month} ${d}, ${y}`, `${d} ${month.slice(0, 3)} ${y}`, `${month.slice(0, 3)}. ${d}, ${y}`, `${y}-${pad(m)}-${pad(d)}`, `${pad(d)}.${pad(m)}.${y}`];
  return { text: texts[form] ?? texts[0] ?? '', iso: `${y}-${pad(m)}-${pad(d)}` };
});
const byline = fc.record({
  author: fc.array(fc.constantFrom('Fuad', 'Muxtarlı', 'Leyla', 'Mammadova', 'Jane', 'Doe', 'Ağayev'), { minLength: 1, maxLength: 3 }),
  section: fc.constantFrom(null, 'Feature', 'Politics', 'Op-Ed', 'South Caucasus'),
  date,
});
const dateline = fc.tuple(fc.constantFrom('Sunday, ', 'Monday ', ''), date).map(([weekday, d]) => ({ text: weekday + d.text, iso: d.iso }));

const eol = fc.constantFrom('\n', '\r\n', '\r');
const gap = fc.integer({ min: 1, max: 3 });
const trailing = fc.constantFrom('', '', ' ', '\u00a0', ' \u00a0\t');

const seed = fc.record({
  frontMatter: fc.option(fc.record({ title: fc.option(title, { nil: null }), withTitleLine: fc.boolean() }), { nil: null }),
  title,
  byline: fc.option(byline, { nil: null }),
  bylineGap: fc.integer({ min: 0, max: 2 }),
  repeatTitle: fc.boolean(),
  dateline: fc.option(dateline, { nil: null }),
  blocks: fc.array(fc.oneof(heading, paragraph), { minLength: 1, maxLength: 12 }),
  gaps: fc.array(gap, { minLength: 12, maxLength: 12 }),
  trailing: fc.array(trailing, { minLength: 64, maxLength: 64 }),
  eol,
  bom: fc.boolean(),
});

type Seed = typeof seed extends fc.Arbitrary<infer T> ? T : never;

function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** Builds the file text and records which line each body block starts on. */
function render(s: Seed): { text: string; title: string; blockLines: number[] } {
  const lines: string[] = [];
  const fmTitle = s.frontMatter?.title ?? null;
  const effectiveTitle = fmTitle ?? s.title;
  if (s.frontMatter !== null) {
    lines.push('---');
    if (fmTitle !== null) lines.push(`title: "${fmTitle}"`);
    lines.push('tags: [one, two]', '---');
  }
  if (fmTitle === null || s.frontMatter?.withTitleLine === true) lines.push(effectiveTitle);
  if (s.byline !== null) {
    for (let i = 0; i < s.bylineGap; i++) lines.push('');
    lines.push([...s.byline.author, s.byline.section, s.byline.date.text].filter((p) => p !== null).join(' '));
  }
  if (s.repeatTitle) lines.push(effectiveTitle);
  if (s.dateline !== null) lines.push('', s.dateline.text);
  const blockLines: number[] = [];
  s.blocks.forEach((block, i) => {
    for (let g = 0; g < (s.gaps[i] ?? 1); g++) lines.push('');
    blockLines.push(lines.length + 1);
    lines.push(...block.lines);
  });
  const text = lines.map((line, i) => line + (s.trailing[i % s.trailing.length] ?? '')).join(s.eol);
  return { text: (s.bom ? '\ufeff' : '') + text, title: effectiveTitle, blockLines };
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '').sort();

describe('parseArticle on generated seeds', () => {
  it('keeps every body word, classifies blocks, and reads the header', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const rendered = render(s);
        // A body block equal to the title would rightly be dropped as a repeated title.
        fc.pre(!s.blocks.some((b) => b.lines.length === 1 && sameTitle(b.lines[0] ?? '', rendered.title)));
        const result = parseText(rendered.text);
        checkResult(result);
        const article = result.article;
        if (article === null) throw new Error(`no article: ${JSON.stringify(result.problems)}`);
        expect(result.problems).toEqual([]);
        expect(article.title).toBe(rendered.title);
        expect(words(article.blocks.map((b) => b.text).join(' '))).toEqual(words(s.blocks.flatMap((b) => b.lines).join(' ')));
        expect(article.blocks.map((b) => b.kind)).toEqual(s.blocks.map((b) => b.kind));
        expect(article.blocks.map((b) => b.text)).toEqual(s.blocks.map((b) => b.lines.join(' ')));
        expect(article.blockLines).toEqual(rendered.blockLines);
        expect(article.author).toBe(s.byline === null ? null : s.byline.author.join(' '));
        expect(article.section).toBe(s.byline?.section ?? null);
        expect(article.date).toBe(s.byline?.date.iso ?? s.dateline?.iso ?? null);
        if (s.frontMatter !== null) expect(article.frontMatter).toMatchObject({ tags: ['one', 'two'] });
      }),
      RUNS,
    );
  });
});
