// Text folding and word splitting shared by the search index (build time), the query side
// (client) and highlighting, so that all three agree on what "the same word" means.

/**
 * Latin letters that Unicode normalisation leaves alone (base letters, not letter + mark), folded to
 * what readers type. Shared with slugify, so a slug and a search agree that "Muxtarlı" is "muxtarli".
 * Keys are lowercase: lowercasing runs first.
 */
export const LATIN_LETTER_FOLDS: Readonly<Record<string, string>> = {
  ı: 'i',
  ə: 'e',
  ǝ: 'e',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
  ŋ: 'n',
  ſ: 's',
};

// Plus typography that readers type in its plain form.
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ...LATIN_LETTER_FOLDS,
  // Greek final sigma: whole-string lowercasing picks ς or σ from context, folding one code
  // point at a time cannot, so both become σ.
  ς: 'σ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u02BC': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
};

const COMBINING_MARKS = /\p{M}/gu;
// Printable ASCII plus common whitespace: lowercasing alone folds it.
const ASCII_ONLY = /^[\t\n\r\x20-\x7E]*$/;

const codePointCache = new Map<string, string>();

/** Folds one code point (a string of one code point) to its search form; may return '' or several chars. */
export function foldCodePoint(cp: string): string {
  const cached = codePointCache.get(cp);
  if (cached !== undefined) return cached;
  let out = '';
  for (const ch of cp.toLowerCase().normalize('NFKD').toLowerCase()) {
    out += EXTRA_FOLDS[ch] ?? ch;
  }
  out = out.replace(COMBINING_MARKS, '');
  codePointCache.set(cp, out);
  return out;
}

/**
 * Lowercases, removes diacritics and maps look-alike letters, so "Muxtarlı", "MUXTARLI" and
 * "Muxtarli" fold equal. Folding is done one code point at a time so that offsets can be
 * mapped back to the original text (see foldWithOffsets); the two always agree.
 */
export function foldText(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  let out = '';
  for (const cp of s) out += foldCodePoint(cp);
  return out;
}

export interface FoldedText {
  folded: string;
  /**
   * For each UTF-16 unit of `folded`, the UTF-16 offset in the original where the code point
   * it came from starts; one extra final entry holds the original length.
   */
  origin: Int32Array;
}

/** foldText plus a map from folded offsets back to original offsets (folding can change lengths: ß → ss). */
export function foldWithOffsets(s: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let pos = 0;
  for (const cp of s) {
    const f = foldCodePoint(cp);
    for (let i = 0; i < f.length; i++) origin.push(pos);
    folded += f;
    pos += cp.length;
  }
  origin.push(pos);
  return { folded, origin: Int32Array.from(origin) };
}

/** A word as found in the original text, with UTF-16 offsets (end exclusive). */
export interface WordSpan {
  start: number;
  end: number;
  /** The folded search form: apostrophes removed, a trailing possessive "'s" dropped. */
  term: string;
}

/** A run of letters, marks and digits, possibly joined by inner apostrophes (O'Brien, Putin’s). */
const WORD_PART = "[\\p{L}\\p{M}\\p{N}]+(?:['\\u2019\\u02BC][\\p{L}\\p{M}\\p{N}]+)*";
// Hyphen-minus, hyphen, non-breaking hyphen.
const WORD = new RegExp(`${WORD_PART}(?:[-\\u2010\\u2011]${WORD_PART})*`, 'gu');
const PART = new RegExp(WORD_PART, 'gu');
const APOSTROPHES = /['\u2019\u02BC]/g;
const POSSESSIVE = /['\u2019\u02BC][sS]$/;

const HAS_APOSTROPHE = /['\u2019\u02BC]/;
const HAS_HYPHEN = /[-\u2010\u2011]/;

function partTerm(text: string): { term: string; trim: number } {
  // Most words have no apostrophe: skip the regex work.
  if (!HAS_APOSTROPHE.test(text)) return { term: foldText(text), trim: 0 };
  const possessive = POSSESSIVE.test(text);
  const core = possessive ? text.slice(0, -2) : text;
  return { term: foldText(core).replace(APOSTROPHES, ''), trim: possessive ? 2 : 0 };
}

export interface WordGroup {
  /** The whole hyphenated word; null when the word has no hyphen. */
  compound: WordSpan | null;
  parts: WordSpan[];
}

/** Splits text into words; a hyphenated word yields its parts and the whole compound. */
export function scanWords(s: string): WordGroup[] {
  const groups: WordGroup[] = [];
  for (const m of s.matchAll(WORD)) {
    const text = m[0];
    const start = m.index;
    if (!HAS_HYPHEN.test(text)) {
      const { term, trim } = partTerm(text);
      if (term !== '') groups.push({ compound: null, parts: [{ start, end: start + text.length - trim, term }] });
      continue;
    }
    const parts: WordSpan[] = [];
    for (const p of text.matchAll(PART)) {
      const { term, trim } = partTerm(p[0]);
      if (term === '') continue;
      const ps = start + p.index;
      parts.push({ start: ps, end: ps + p[0].length - trim, term });
    }
    if (parts.length === 0) continue;
    let compound: WordSpan | null = null;
    if (parts.length > 1) {
      const last = parts[parts.length - 1];
      const term = parts.map((p) => p.term).join('-');
      if (last) compound = { start, end: last.end, term };
    }
    groups.push({ compound, parts });
  }
  return groups;
}

/**
 * Search tokens of a text, folded, in order: for "Post-Karabakh talks" →
 * ["post-karabakh", "post", "karabakh", "talks"]. Hyphenated words give the compound and each part,
 * so "Nagorno-Karabakh" is found by "karabakh" and an exact "nagorno-karabakh" scores higher.
 */
export function tokenize(s: string): string[] {
  const out: string[] = [];
  for (const g of scanWords(s)) {
    if (g.compound) out.push(g.compound.term);
    for (const p of g.parts) out.push(p.term);
  }
  return out;
}
