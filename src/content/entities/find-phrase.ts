import { foldText, foldWithOffsets, type FoldedText } from '../../shared/text-fold';

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** The key two written forms of one name share: folded, quotes and punctuation dropped. */
export function nameKey(text: string): string {
  return foldText(text)
    .replace(/['’](s)?$/u, '')
    .replace(/[^\p{L}\p{M}\p{N}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const foldCache = new WeakMap<object, FoldedText>();

/** Where a phrase occurs in a text as whole words, ignoring case and diacritics. */
export function findPhrase(text: string, phrase: string, holder?: object): { start: number; end: number }[] {
  const needle = foldText(phrase).trim();
  if (needle === '') return [];
  let folded = holder ? foldCache.get(holder) : undefined;
  if (!folded) {
    folded = foldWithOffsets(text);
    if (holder) foldCache.set(holder, folded);
  }
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (;;) {
    const at = folded.folded.indexOf(needle, from);
    if (at < 0) break;
    from = at + 1;
    const before = folded.folded[at - 1];
    const after = folded.folded[at + needle.length];
    if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after))) continue;
    const start = folded.origin[at] ?? 0;
    const end = folded.origin[at + needle.length] ?? text.length;
    out.push({ start, end });
  }
  return out;
}
