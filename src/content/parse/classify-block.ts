// Seeds have no markup, so subheadings are recognised by shape: a lone short line that does
// not end like a sentence. Questions and exclamations stay headings when short, as newsroom
// subheadings often are ("Azerbaijani military police in the Lachin corridor?").

const MAX_HEADING_LENGTH = 90;
const MAX_HEADING_WORDS = 14;
const CLOSING_QUOTES = /["'”’»)\]]+$/u;
// A full stop or ellipsis ends a sentence; a colon, comma or semicolon leads into more text.
const SENTENCE_END = /[.…:,;]$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isSubheading(lines: readonly string[]): boolean {
  const text = lines[0];
  if (lines.length !== 1 || text === undefined || text.length > MAX_HEADING_LENGTH) return false;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (SENTENCE_END.test(text.replace(CLOSING_QUOTES, ''))) return false;
  // A line of only symbols ("* * *") is a scene break, not a heading to put in an outline.
  return HAS_LETTER_OR_DIGIT.test(text);
}

