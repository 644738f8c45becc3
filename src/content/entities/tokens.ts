import { foldText } from '../../shared/text-fold';

/** A word of a block, with what the extractor needs to know about its surroundings. */
export interface Token {
  /** The word as written, without a trailing possessive. */
  text: string;
  /** Folded form: lowercase, no diacritics. */
  fold: string;
  start: number;
  end: number;
  /** Starts with a capital letter (or is an "al-"-style particle before a capital). */
  cap: boolean;
  /** Written "Putin’s": the name ends here. */
  possessive: boolean;
  /** First word of a sentence (or heading/quote), where capitals say nothing. */
  sentenceStart: boolean;
  /** Only whitespace (or an initial's dot, or "&") separates this word from the previous one. */
  joined: boolean;
  /** Joined to the previous word by "&" ("Marks & Spencer"): people are not named so. */
  ampersand: boolean;
  /** A capital letter with its dot ("Lewis A. Kaplan"): an initial, not the article "A". */
  initial: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐‑][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/i;
const UPPER_START = /^\p{Lu}/u;
/** Abbreviations written with a dot before a name: the dot ends no sentence. */
const ABBREVIATIONS = new Set(['St', 'Mt', 'Ft', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Det', 'Insp', 'Supt', 'Rev', 'Cllr', 'Hon']);
/** Short words that close a name or a firm's ("Martin Luther King Jr.", "Smith & Co."): their dot may end the sentence. */
const NAME_ENDINGS = new Set(['Jr', 'Sr', 'Co', 'Bros', 'No']);
const ARABIC_PARTICLE = /^(al|el|ad|ar|as|ash|at|an|ibn|bin|abu)[-‐‑]\p{Lu}/u;
// "Côte d'Ivoire", "Galerie d'Apollon", "Palme d'Or": an elided article before a capital.
const ELIDED_PARTICLE = /^(d|l|dell|all|nell|sull)['’]\p{Lu}/u;
// Punctuation that ends a sentence, or opens a quotation or aside, before a word.
// A dash too: "PARIS, Oct. 19 — Thieves broke in" opens the story after its dateline.
const SENTENCE_GAP = /[.!?:;…•"“«(\n—–]/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let prev: Token | undefined;
  let prevPrev: Token | undefined;
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
    const possessive = POSSESSIVE.test(word) && word.length > 2;
    if (possessive) word = word.slice(0, -2);
    const gap = text.slice(prevEnd, start);
    // "J. K. Rowling", "U.S. Army": a capital letter's dot does not end the sentence.
    // "Sen. Dick Durbin", "St. Louis", "Det. Supt. Rachel Fairbairn": an abbreviation's dot either.
    // "Guðni Th. Jóhannesson", "Jose Ma. Lazaro": a short abbreviated name inside a name.
    const innerAbbreviation = prev !== undefined && prev.joined && prevPrev?.cap === true && /^\p{Lu}\p{Ll}$/u.test(prev.text) && !NAME_ENDINGS.has(prev.text) && /^\.\s+$/.test(gap) && UPPER_START.test(word);
    const afterInitial =
      prev !== undefined &&
      ((/^\p{Lu}$/u.test(prev.text) && (/^\.\s+$/.test(gap) || (gap === '.' && /^\p{Lu}$/u.test(word)))) ||
        (ABBREVIATIONS.has(prev.text) && /^\.\s+$/.test(gap) && UPPER_START.test(word)) ||
        innerAbbreviation);
    const ampersand = prev !== undefined && /^\s*&\s*$/.test(gap);
    // "Kurdistan Workers' Party": a plural's possessive apostrophe stands alone before the space.
    const pluralPossessive = prev !== undefined && /s$/i.test(prev.text) && /^['’]\s+$/.test(gap);
    if (pluralPossessive && prev) prev.possessive = true;
    const joined = prev !== undefined && (/^\s+$/.test(gap) || afterInitial || ampersand || pluralPossessive);
    const sentenceStart = prev === undefined || (!afterInitial && SENTENCE_GAP.test(gap));
    const token: Token = {
      text: word,
      fold: foldText(word).replace(/[’]/g, "'"),
      start,
      end: start + word.length,
      cap: UPPER_START.test(word) || ARABIC_PARTICLE.test(word) || ELIDED_PARTICLE.test(word),
      possessive,
      sentenceStart,
      joined,
      ampersand,
      initial: /^\p{Lu}$/u.test(word) && text[start + word.length] === '.',
    };
    tokens.push(token);
    prevPrev = prev;
    prev = token;
    prevEnd = start + m[0].length;
  }
  return tokens;
}

/**
 * Written only in the letters English uses: "Støre" folds to "store" and "Désiré" to "desire", but
 * neither is the English word.
 */
export const inEnglishLetters = (t: Token): boolean => /^[\x20-\x7E]*$/.test(t.text);

/** True when most words of a block are written in capitals (a shouted headline). */
export function isShouting(tokens: readonly Token[]): boolean {
  const letters = tokens.filter((t) => /\p{L}{2,}/u.test(t.text));
  if (letters.length < 2) return false;
  const upper = letters.filter((t) => t.text === t.text.toUpperCase());
  return upper.length / letters.length > 0.6;
}
