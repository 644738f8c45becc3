import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { warning, type Issue } from './issue';
import { ACCEPTED_DATE_FORMS, calendarDate, readDate, type DateReading } from './parse-date';

export interface FrontMatterFields {
  title: string | null;
  author: string | null;
  section: string | null;
  summary: string | null;
  slug: string | null;
  date: { reading: DateReading; line: number | undefined } | null;
}

export interface FrontMatter {
  /** The whole YAML mapping as parsed; empty when there is none or it is invalid. */
  data: Record<string, unknown>;
  fields: FrontMatterFields;
  /** 1-based file line of each top-level key. */
  keyLines: ReadonlyMap<string, number>;
  /** Index of the first line after the front matter (0 when there is none). */
  bodyStart: number;
  issues: Issue[];
}

const NO_FIELDS: FrontMatterFields = { title: null, author: null, section: null, summary: null, slug: null, date: null };
const TEXT_KEYS = ['title', 'author', 'section', 'summary', 'slug'] as const;

function isFence(line: string | undefined): boolean {
  return line !== undefined && line.trimEnd() === '---';
}

/**
 * Reads a YAML block fenced by "---" lines at the very top of the file.
 *
 * Broken front matter is a warning, not an error: the text below it still reads as an article
 * with the usual title/byline heuristics, and dropping a whole article over a metadata typo
 * would hide it from readers; the warning tells the editor what to fix.
 */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
  if (!isFence(lines[0])) return { data: {}, fields: NO_FIELDS, keyLines: new Map(), bodyStart: 0, issues: [] };
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    const trimmed = (lines[i] ?? '').trimEnd();
    if (trimmed === '---' || trimmed === '...') {
      close = i;
      break;
    }
  }
  if (close === -1) {
    return {
      data: {},
      fields: NO_FIELDS,
      keyLines: new Map(),
      bodyStart: 1,
      issues: [
        warning(
          'invalid-front-matter',
          1,
          'The front matter that starts with "---" on line 1 is never closed by a second "---" line.',
          'Add a line with only "---" after the last front-matter key, or delete line 1 if the file has no front matter.',
        ),
      ],
    };
  }
  // Trailing spaces, tabs and no-break spaces are invisible to editors but can break YAML
  // ("[a, b]\t" is an error), and they carry no meaning in front matter.
  const source = lines
    .slice(1, close)
    .map((line) => line.trimEnd())
    .join('\n');
  const parsed = parseYaml(source);
  if ('error' in parsed) {
    const issue = warning(
      'invalid-front-matter',
      parsed.line + 1,
      `The front matter is not valid YAML: ${parsed.error}.`,
      'Fix the YAML between the "---" lines (one "key: value" per line; quote values that contain ": " or start with a quote), or remove the block; until then the title, byline and date are read from the text.',
    );
    return { data: {}, fields: NO_FIELDS, keyLines: new Map(), bodyStart: close + 1, issues: [issue] };
  }
  const issues: Issue[] = [];
  // YAML line 1 is file line 2, after the opening fence.
  const keyLines = new Map([...parsed.keyLines].map(([key, line]) => [key, line + 1] as const));
  const fields = readFrontMatterFields(parsed.data, (key) => keyLines.get(key), issues);
  return { data: parsed.data, fields, keyLines, bodyStart: close + 1, issues };
}

type Parsed = { data: Record<string, unknown>; keyLines: Map<string, number> } | { error: string; line: number };

/** Line numbers in the result are 1-based within the YAML source. */
function parseYaml(source: string): Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first !== undefined) {
    const line = lineCounter.linePos(first.pos[0]).line;
    return { error: firstSentence(first.message), line };
  }
  if (doc.contents === null) return { data: {}, keyLines: new Map() };
  if (!isMap(doc.contents)) {
    return { error: 'it is not a list of "key: value" lines', line: lineCounter.linePos(doc.contents.range[0]).line };
  }
  const keyLines = new Map<string, number>();
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
  }
  // toJS can still fail on pathological input (alias bombs); the caller must never throw.
  try {
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    return { data: isRecord(data) ? data : {}, keyLines };
  } catch (e) {
    return { error: firstSentence(e instanceof Error ? e.message : String(e)), line: 1 };
  }
}

function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/[.:]\s*$/, '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object' && value !== null) return 'a mapping';
  return `a ${typeof value}`;
}

/** The known keys, type-checked; wrong types are reported in `issues` and ignored. */
export function readFrontMatterFields(data: Record<string, unknown>, lineOf: (key: string) => number | undefined, issues: Issue[]): FrontMatterFields {
  const fields: FrontMatterFields = { ...NO_FIELDS };
  for (const key of TEXT_KEYS) {
    const value = data[key];
    if (value === undefined || value === null) continue;
    // A bare number is a legitimate title ("1984") or slug; YAML reads it as a number.
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
      const text = String(value).trim();
      if (text !== '') fields[key] = text;
      continue;
    }
    issues.push(
      warning(
        'front-matter-type',
        lineOf(key),
        `The front-matter key "${key}" should be text but is ${describe(value)}.`,
        `Write it as ${key}: followed by plain text on the same line (quote it if it contains ": "); until then it is ignored.`,
      ),
    );
  }
  // 'date: ""' says no more than leaving the key out.
  const date = typeof data.date === 'string' && data.date.trim() === '' ? null : data.date;
  if (date instanceof Date) {
    // YAML timestamps are read as UTC midnight, so the UTC fields are the calendar date written.
    const reading: DateReading = Number.isNaN(date.getTime())
      ? { kind: 'unrecognised', text: String(date) }
      : calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.toISOString().slice(0, 10));
    fields.date = { reading, line: lineOf('date') };
  } else if (typeof date === 'string' || typeof date === 'number') {
    fields.date = { reading: readDate(String(date)), line: lineOf('date') };
  } else if (date !== undefined && date !== null) {
    issues.push(
      warning(
        'front-matter-type',
        lineOf('date'),
        `The front-matter key "date" should be a date but is ${describe(date)}.`,
        `Write it on one line, as ${ACCEPTED_DATE_FORMS}, e.g. date: 2021-01-11.`,
      ),
    );
  }
  return fields;
}
