// Snippets and highlight ranges on the ORIGINAL text: words are matched in folded form, but ranges
// are the words' own UTF-16 offsets, so "Muxtarli" highlights "Muxtarlı" and "Straße" stays intact.
import { foldText, scanWords } from '../../../shared/text-fold';

export type Range = [start: number, end: number];

export interface Snippet {
  text: string;
  /** Ranges in `text` (ellipses included), end exclusive. */
  highlights: Range[];
}

const ELLIPSIS = '…';

function foldTerms(terms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of terms) {
    const f = foldText(t).replace(/['\u2019\u02BC]/g, '');
    if (f !== '') out.add(f);
  }
  return [...out];
}

/**
 * Every word of `text` that starts with one of `terms` (folded), as whole-word ranges. A
 * hyphenated word is highlighted whole when a term matches it as a compound, otherwise part by part.
 */
export function findHighlights(text: string, terms: readonly string[]): Range[] {
  const folded = foldTerms(terms);
  if (folded.length === 0) return [];
  const matches = (term: string) => folded.some((t) => term.startsWith(t));
  const out: Range[] = [];
  for (const group of scanWords(text)) {
    if (group.compound && folded.some((t) => t.includes('-') && group.compound!.term.startsWith(t))) {
      out.push([group.compound.start, group.compound.end]);
      continue;
    }
    for (const part of group.parts) if (matches(part.term)) out.push([part.start, part.end]);
  }
  return out;
}

const SPACE = /\s/;

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Moves a cut point so it does not split a surrogate pair. */
function safeCut(text: string, i: number): number {
  return i > 0 && i < text.length && isLowSurrogate(text, i) ? i - 1 : i;
}

/**
 * A window of at most `maxLength` characters (ellipses included) around the first match, cut at
 * word boundaries where possible; the opening of the text when nothing matches.
 */
export function makeSnippet(text: string, terms: readonly string[], maxLength = 160): Snippet {
  const all = findHighlights(text, terms);
  // Room for at least one character between two ellipses.
  const budget = Math.max(3, Math.floor(maxLength));
  if (text.length <= budget) return { text, highlights: all };

  const first = all[0];
  // Room for an ellipsis on each side.
  const window = budget - 2;
  let start = 0;
  if (first) {
    // Some lead-in before the match, but keep the match itself in view.
    const lead = Math.min(Math.floor(window / 4), Math.max(0, window - (first[1] - first[0])));
    start = Math.max(0, first[0] - lead);
    if (start > 0) {
      // Begin at a word start: skip forward past the partial word, but never past the match.
      let s = start;
      while (s < first[0] && !SPACE.test(text[s - 1] ?? ' ')) s++;
      while (s < first[0] && SPACE.test(text[s] ?? '')) s++;
      start = s;
    }
  }
  start = safeCut(text, start);
  let end = Math.min(text.length, start + (start === 0 ? window + 1 : window));
  if (end < text.length) {
    // End at a word end (before a space) when there is one after the first match.
    const floor = first ? Math.max(first[1], start + 1) : start + 1;
    let e = end;
    while (e > floor && !SPACE.test(text[e] ?? '')) e--;
    if (SPACE.test(text[e] ?? '')) end = e;
    while (end > floor && SPACE.test(text[end - 1] ?? '')) end--;
    end = safeCut(text, end);
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const highlights: Range[] = [];
  for (const [s, e] of all) {
    if (e <= start || s >= end) continue;
    highlights.push([Math.max(s, start) + shift, Math.min(e, end) + shift]);
  }
  return { text: prefix + text.slice(start, end) + suffix, highlights };
}
