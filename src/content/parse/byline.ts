import { readTrailingDate, type DateReading } from './parse-date';

export interface Byline {
  author: string | null;
  /** As spelled in the section list, so "FEATURE" and "feature" both give "Feature". */
  section: string | null;
  /** Null for an undated "By <name>, <role>" line. */
  date: DateReading | null;
}

// A byline is a name, maybe a section, and a date; anything longer is a sentence that
// happens to end with a date.
const MAX_BYLINE_LENGTH = 160;
const MAX_BYLINE_WORDS = 10;
// Prose that ends with a date ends with one of these just before it ("was held on 11 January
// 2021"); a name never does.
const PROSE_BEFORE_DATE = new Set([
  'on', 'of', 'in', 'at', 'by', 'since', 'until', 'till', 'from', 'to', 'before', 'after', 'the', 'a', 'an',
  'and', 'or', 'for', 'as', 'was', 'is', 'were', 'are', 'between', 'around', 'about', 'than', 'that',
]);
const SEPARATORS = /[\s,;|·•–—-]+$/u;
const LEADING_BY = /^by\s+/i;

function bare(word: string): string {
  return word.toLowerCase().replace(/[,;:|]+$/, '');
}

/**
 * Reads "<Author> <Section> <Date>" (author and section optional), or returns null when the
 * line is not a byline. The date may be impossible or unrecognised: the caller reports it.
 */
export function readByline(line: string, sectionWords: readonly string[]): Byline | null {
  const text = line.trim();
  if (text.length > MAX_BYLINE_LENGTH) return null;
  const trailing = readTrailingDate(text);
  if (trailing === null) return readUndatedByline(text, sectionWords);
  const before = text.slice(0, trailing.start).replace(SEPARATORS, '');
  const words = before === '' ? [] : before.split(/\s+/);
  if (words.length > MAX_BYLINE_WORDS) return null;
  const match = matchSection(words, sectionWords);
  const authorWords = words.slice(0, words.length - (match?.length ?? 0));
  const lastAuthorWord = authorWords[authorWords.length - 1];
  if (lastAuthorWord !== undefined && PROSE_BEFORE_DATE.has(bare(lastAuthorWord))) return null;
  const author = authorWords.join(' ').replace(SEPARATORS, '').replace(LEADING_BY, '').trim();
  return { author: author === '' ? null : author, section: match?.section ?? null, date: trailing.reading };
}

/**
 * "By Marcus Hale, Resources Correspondent": with no date, only a line that says "By" and then
 * names someone (capitalised words, no sentence) is a byline.
 */
function readUndatedByline(text: string, sectionWords: readonly string[]): Byline | null {
  if (!LEADING_BY.test(text) || /[.!?:"“”]$/u.test(text)) return null;
  const [name = '', ...rest] = text.replace(LEADING_BY, '').split(',');
  const nameWords = name.trim().split(/\s+/);
  if (nameWords.length < 2 || nameWords.length > 5 || rest.length > 2 || text.split(/\s+/).length > MAX_BYLINE_WORDS) return null;
  if (!nameWords.every((w) => /^[\p{Lu}'’]/u.test(w) || /^(de|da|van|von|der|den|al|bin|el|la|le|du|dos|di)$/i.test(w))) return null;
  const role = rest.join(',').trim().split(/\s+/).filter((w) => w !== '');
  return { author: name.trim(), section: matchSection(role, sectionWords)?.section ?? null, date: null };
}

/** The longest section entry that the words end with. */
function matchSection(words: readonly string[], sectionWords: readonly string[]): { section: string; length: number } | null {
  let best: { section: string; length: number } | null = null;
  for (const section of sectionWords) {
    const parts = section.trim().split(/\s+/).filter((p) => p !== '');
    if (parts.length === 0 || parts.length > words.length) continue;
    if (best !== null && parts.length <= best.length) continue;
    const tail = words.slice(words.length - parts.length);
    if (parts.every((part, i) => bare(tail[i] ?? '') === part.toLowerCase())) best = { section: section.trim(), length: parts.length };
  }
  return best;
}
