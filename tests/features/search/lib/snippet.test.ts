import fc from 'fast-check';
import { findHighlights, makeSnippet } from '../../../../src/features/search/lib/snippet';

function marked(text: string, ranges: [number, number][]): string[] {
  return ranges.map(([s, e]) => text.slice(s, e));
}

describe('findHighlights', () => {
  it('highlights the original spelling through folding', () => {
    const text = 'By Fuad Muxtarlı, in Bakı.';
    expect(marked(text, findHighlights(text, ['Muxtarli', 'baki']))).toEqual(['Muxtarlı', 'Bakı']);
  });

  it('keeps offsets exact when folding changes lengths', () => {
    const text = 'Die Straße 😀 führt zur Ærø-Fähre.';
    const ranges = findHighlights(text, ['strasse', 'aero', 'fuhrt']);
    expect(marked(text, ranges)).toEqual(['Straße', 'führt', 'Ærø']);
    expect(ranges[0]).toEqual([4, 10]);
  });

  it('highlights whole words for prefix terms', () => {
    const text = 'Pashinyan met Pashinyan’s aides.';
    expect(marked(text, findHighlights(text, ['pashin']))).toEqual(['Pashinyan', 'Pashinyan']);
  });

  it('highlights a compound whole for a compound term, parts otherwise', () => {
    const text = 'The post-Karabakh order';
    expect(marked(text, findHighlights(text, ['post-karabakh']))).toEqual(['post-Karabakh']);
    expect(marked(text, findHighlights(text, ['karabakh']))).toEqual(['Karabakh']);
  });

  it('never highlights for empty terms', () => {
    expect(findHighlights('anything at all', ['', '’'])).toEqual([]);
  });
});

describe('makeSnippet', () => {
  const long =
    'Opening words that are not interesting at all and go on for quite a while before anything happens. ' +
    'Then Fuad Muxtarlı reported that the meeting in Moscow would take place on Monday, according to the Kremlin. ' +
    'Closing remarks that also go on for a while and are cut from the snippet entirely because they are far away.';

  it('returns short text whole', () => {
    expect(makeSnippet('Muxtarlı wrote.', ['muxtarli'])).toEqual({ text: 'Muxtarlı wrote.', highlights: [[0, 8]] });
  });

  it('windows around the first match with ellipses and exact highlight offsets', () => {
    const snippet = makeSnippet(long, ['muxtarli', 'moscow'], 100);
    expect(snippet.text.length).toBeLessThanOrEqual(100);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(marked(snippet.text, snippet.highlights)).toEqual(['Muxtarlı', 'Moscow']);
    // Cut at word boundaries: no partial words next to the ellipses.
    expect(snippet.text).toMatch(/^…\S/);
    expect(long).toContain(snippet.text.slice(1, -1));
    const inner = snippet.text.slice(1, -1);
    const at = long.indexOf(inner);
    expect(at === 0 || /\s/.test(long[at - 1]!)).toBe(true);
    expect(/\s/.test(long[at + inner.length] ?? ' ')).toBe(true);
  });

  it('shows the opening when nothing matches', () => {
    const snippet = makeSnippet(long, ['absent'], 60);
    expect(snippet.text.startsWith('Opening words')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(60);
    expect(snippet.highlights).toEqual([]);
  });

  it('keeps every highlight on a matching word of the snippet, for any text and length', () => {
    const words = fc.constantFrom('Muxtarlı', 'Straße', 'x', 'Ærø-Fähre', '😀', 'long-winded', 'a', ' ', '  ', '\n', 'text');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 80 }), fc.integer({ min: 1, max: 120 }), (parts, max) => {
        const text = parts.join(' ');
        const snippet = makeSnippet(text, ['muxtarli', 'strasse', 'fahre'], max);
        expect(snippet.text.length).toBeLessThanOrEqual(Math.max(3, max));
        for (const [s, e] of snippet.highlights) {
          expect(s).toBeLessThan(e);
          const word = snippet.text.slice(s, e);
          expect(['Muxtarlı', 'Straße', 'Fähre'].some((w) => w.startsWith(word) || w.endsWith(word))).toBe(true);
        }
        // No split surrogate pairs.
        expect(snippet.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
      { numRuns: 500 },
    );
  });
});
