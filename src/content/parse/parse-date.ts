// Dates in seeds are written by hand in a handful of newsroom styles. Only forms whose order
// of day and month is certain are read: "01/02/2021" could be either, so it is reported
// instead of guessed. Dotted dates (11.01.2021) are day-first everywhere they are used.

export type DateReading =
  | { kind: 'valid'; iso: string; text: string }
  | { kind: 'impossible'; text: string; reason: string }
  | { kind: 'unrecognised'; text: string };

export const ACCEPTED_DATE_FORMS = '"11 January 2021", "January 11, 2021", "11 Jan 2021" or "2021-01-11"';

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const WEEKDAYS = new Set([
  'monday', 'mon', 'tuesday', 'tue', 'tues', 'wednesday', 'wed', 'thursday', 'thu', 'thur', 'thurs',
  'friday', 'fri', 'saturday', 'sat', 'sunday', 'sun',
]);

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const NUMERIC_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const YEAR = /^\d{4}$/;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?,?$/i;
const WORD = /^\p{L}+\.?,?$/u;

// Bylines and datelines are short; longer lines are prose and are never scanned.
const MAX_DATE_LINE = 200;

interface Token {
  text: string;
  start: number;
}

function tokens(line: string): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(/\S+/g)) out.push({ text: m[0], start: m.index });
  return out;
}

function monthOf(token: Token | undefined): number | undefined {
  return token === undefined ? undefined : MONTHS.get(token.text.toLowerCase().replace(/[.,]+$/, ''));
}

function dayOf(token: Token | undefined): number | undefined {
  const m = token === undefined ? null : DAY.exec(token.text);
  return m ? Number(m[1]) : undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Checks that the calendar date exists and builds the reading. */
export function calendarDate(year: number, month: number, day: number, text: string): DateReading {
  if (month < 1 || month > 12) return { kind: 'impossible', text, reason: `there is no month ${month}` };
  const max = daysIn(year, month);
  if (day < 1 || day > max) {
    return { kind: 'impossible', text, reason: `${MONTH_NAMES[month - 1] ?? ''} ${year} has ${max} days` };
  }
  return { kind: 'valid', iso: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`, text };
}

/**
 * Finds a date at the very end of a line. Returns null when the line does not end with
 * anything date-like; an "unrecognised" reading when it ends with something that looks like
 * a date but is not in an accepted form (so the editor can be told).
 */
export function readTrailingDate(line: string): { reading: DateReading; start: number } | null {
  const trimmed = line.trimEnd();
  if (trimmed.length > MAX_DATE_LINE) return null;
  const toks = tokens(trimmed);
  const found = matchDateAt(toks);
  if (found === null) return null;
  let first = found.first;
  // A weekday before the date ("Sunday, January 6, 2019") belongs to the date.
  const weekday = toks[first - 1];
  if (weekday !== undefined && WEEKDAYS.has(weekday.text.toLowerCase().replace(/[.,]+$/, ''))) first -= 1;
  const start = toks[first]?.start ?? 0;
  return { reading: withText(found.reading, trimmed.slice(start)), start };
}

function withText(reading: DateReading, text: string): DateReading {
  return { ...reading, text };
}

/** The date ending the token list, with the index of its first token. */
function matchDateAt(toks: readonly Token[]): { reading: DateReading; first: number } | null {
  const n = toks.length;
  const last = toks[n - 1];
  if (last === undefined) return null;
  const iso = ISO.exec(last.text);
  if (iso) return { reading: calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), last.text), first: n - 1 };
  const dotted = DOTTED.exec(last.text);
  if (dotted) return { reading: calendarDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]), last.text), first: n - 1 };
  if (NUMERIC_LIKE.test(last.text)) return { reading: { kind: 'unrecognised', text: last.text }, first: n - 1 };
  if (!YEAR.test(last.text)) return null;
  const year = Number(last.text);
  const p1 = toks[n - 2];
  const p2 = toks[n - 3];
  if (p1 === undefined) return null;
  const m1 = monthOf(p1);
  const d1 = dayOf(p1);
  const m2 = monthOf(p2);
  const d2 = dayOf(p2);
  // "11 January 2021", "11 Jan. 2021"
  if (m1 !== undefined && d2 !== undefined && p2 !== undefined) return { reading: calendarDate(year, m1, d2, ''), first: n - 3 };
  // "January 11, 2021", "Jan. 11 2021"
  if (d1 !== undefined && m2 !== undefined && p2 !== undefined) return { reading: calendarDate(year, m2, d1, ''), first: n - 3 };
  // "January 2021": a month without a day is not a publication date.
  if (m1 !== undefined) return { reading: { kind: 'unrecognised', text: '' }, first: n - 2 };
  // "11 Janury 2021": a misspelt or foreign month name.
  if (WORD.test(p1.text) && p2 !== undefined && d2 !== undefined) return { reading: { kind: 'unrecognised', text: '' }, first: n - 3 };
  if (p2 !== undefined && WORD.test(p2.text) && d1 !== undefined && p1.text.endsWith(',')) {
    return { reading: { kind: 'unrecognised', text: '' }, first: n - 3 };
  }
  return null;
}

/** Reads a whole string (front matter, a dateline) as a date. */
export function readDate(text: string): DateReading {
  const trimmed = text.trim();
  const found = readTrailingDate(trimmed);
  if (found === null || found.start !== 0) return { kind: 'unrecognised', text: trimmed };
  return found.reading;
}
