export const MAX_TITLE_LENGTH = 200;

// How much of a paragraph stands in for a missing title.
const DERIVED_TITLE_WORDS = 10;
const DERIVED_TITLE_LENGTH = 80;

/** A first line that is long and ends like a sentence is the start of the text, not a headline. */
export function looksLikeParagraph(line: string): boolean {
  return line.length > MAX_TITLE_LENGTH && /[.…]["'”’»)]*$/u.test(line);
}

/** A stand-in title from the first words of a paragraph, marked as cut with an ellipsis. */
export function titleFromText(text: string): string {
  const words = text.slice(0, DERIVED_TITLE_LENGTH * 2).split(/\s+/).filter((w) => w !== '');
  let title = '';
  for (const word of words.slice(0, DERIVED_TITLE_WORDS)) {
    const next = title === '' ? word : `${title} ${word}`;
    if (next.length > DERIVED_TITLE_LENGTH && title !== '') break;
    title = next;
  }
  return `${title.slice(0, DERIVED_TITLE_LENGTH).replace(/[\s,;:.!?…–—-]+$/u, '')}…`;
}

/** Compares titles the way a reader would: ignoring case and spacing. */
export function sameTitle(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > a.length / 2 + 10) return false;
  return normalizeTitle(a) === normalizeTitle(b);
}

function normalizeTitle(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
