import { readByline, type Byline } from './byline';
import { readTrailingDate, type DateReading } from './parse-date';
import { nextNonBlank } from './split-lines';
import { looksLikeParagraph, sameTitle, titleFromText } from './title';

export interface Header {
  /** The title line; null when front matter gave the title or there was no text. */
  title: { text: string; line: number; derived: boolean } | null;
  byline: (Byline & { line: number }) | null;
  dateline: { reading: DateReading; line: number } | null;
  /** Index of the first body line. */
  bodyStart: number;
}

// A dateline is a date on a line of its own, maybe with a weekday: short by nature.
const MAX_DATELINE_LENGTH = 60;

/**
 * Reads the lines before the body: the title (unless front matter gave one), then in any
 * order a byline, the title repeated (as copied from web pages) and a dateline. The first
 * line that is none of these starts the body.
 */
export function readHeader(lines: readonly string[], from: number, knownTitle: string | null, sectionWords: readonly string[]): Header {
  const header: Header = { title: null, byline: null, dateline: null, bodyStart: from };
  let title = knownTitle;
  const first = nextNonBlank(lines, from);
  if (first === -1) {
    header.bodyStart = lines.length;
    return header;
  }
  let next = first;
  if (title === null) {
    const text = (lines[first] ?? '').trim();
    if (looksLikeParagraph(text)) {
      header.title = { text: titleFromText(text), line: first + 1, derived: true };
      header.bodyStart = first;
      return header;
    }
    header.title = { text, line: first + 1, derived: false };
    title = text;
    next = first + 1;
  }
  // Front matter may come before a copy of the page that still has its own title line.
  let repeatsLeft = knownTitle === null ? 1 : 2;
  let bylineAllowed = true;
  for (;;) {
    const i = nextNonBlank(lines, next);
    if (i === -1) {
      next = lines.length;
      break;
    }
    const text = (lines[i] ?? '').trim();
    next = i + 1;
    if (repeatsLeft > 0 && sameTitle(text, title)) {
      repeatsLeft--;
      continue;
    }
    const byline = bylineAllowed ? readBylineAt(text, i, sectionWords) : null;
    if (byline !== null) {
      header.byline = byline;
      bylineAllowed = false;
      continue;
    }
    const dateline = header.dateline === null ? readDatelineAt(text, i) : null;
    if (dateline !== null) {
      header.dateline = dateline;
      bylineAllowed = false;
      continue;
    }
    next = i;
    break;
  }
  header.bodyStart = next;
  return header;
}

function readBylineAt(text: string, index: number, sectionWords: readonly string[]): Header['byline'] {
  const byline = readByline(text, sectionWords);
  return byline === null ? null : { ...byline, line: index + 1 };
}

function readDatelineAt(text: string, index: number): Header['dateline'] {
  if (text.length > MAX_DATELINE_LENGTH) return null;
  const found = readTrailingDate(text.replace(/[.:]$/, ''));
  return found === null || found.start !== 0 ? null : { reading: found.reading, line: index + 1 };
}
