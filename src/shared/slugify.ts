// Slugs end up in URLs and heading anchors, so they must be stable, readable and free of
// punctuation. Latin-script text is folded to plain a-z (readers type "muxtarli", not
// "muxtarlı"); other scripts are kept as letters so a Russian or Arabic title still gets a
// meaningful, non-empty slug.

import { LATIN_LETTER_FOLDS } from './text-fold';

// Dropped rather than turned into a dash, so "Putin’s" becomes "putins", not "putin-s".
const APOSTROPHES = /['\u2018\u2019\u02BC\u02BB\u0060\u00B4\u2032]/gu;
const ASCII_ALNUM = /^[a-z0-9]$/;
const MARK = /^\p{M}$/u;
const FORMAT = /^\p{Cf}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const LATIN = /^\p{Script=Latin}$/u;

/**
 * A URL-safe slug: lowercase, Latin diacritics folded (ı → i, ə → e, ß → ss, ø → o, ł → l,
 * đ → d), apostrophes dropped, every other run of characters that are not kept becomes "-".
 * Returns "" when nothing is left.
 */
export function slugify(text: string): string {
  // NFKC first turns compatibility forms (ﬁ, ², full-width letters) into plain ones; NFD then
  // exposes diacritics as separate marks that can be dropped from Latin letters.
  const decomposed = text.normalize('NFKC').toLowerCase().replace(APOSTROPHES, '').normalize('NFD');
  let out = '';
  let pendingDash = false;
  // Whether the last kept base letter was Latin: its marks are diacritics to drop; marks on
  // other scripts (Cyrillic й, Devanagari vowel signs) are part of the letter and stay.
  let lastBaseLatin = true;
  const keep = (s: string): void => {
    if (pendingDash && out !== '') out += '-';
    pendingDash = false;
    out += s;
  };
  for (const ch of decomposed) {
    const folded = LATIN_LETTER_FOLDS[ch];
    if (folded !== undefined) {
      keep(folded);
      lastBaseLatin = true;
    } else if (ASCII_ALNUM.test(ch)) {
      keep(ch);
      lastBaseLatin = true;
    } else if (MARK.test(ch)) {
      if (!lastBaseLatin) out += ch;
    } else if (FORMAT.test(ch)) {
      // Zero-width joiners and similar are invisible inside words; they are not separators.
    } else if (LETTER_OR_NUMBER.test(ch) && !LATIN.test(ch)) {
      keep(ch);
      lastBaseLatin = false;
    } else {
      pendingDash = true;
      lastBaseLatin = true;
    }
  }
  return out.normalize('NFC');
}

const MAX_SLUG = 80;

/** A 500-character title must not become a 500-character URL: cut at a word, within the limit. */
export function capSlug(slug: string): string {
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const end = cut.lastIndexOf('-');
  return (end > 20 ? cut.slice(0, end) : slug.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/** The slug an article gets from its title when nothing else decides it (see src/content/build-corpus.ts). */
export function titleSlug(title: string): string {
  return capSlug(slugify(title));
}
