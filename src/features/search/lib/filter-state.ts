// The filter + search state as plain data: what the URL encodes and what facets.ts evaluates.

export type FacetKey = 'section' | 'person' | 'topic' | 'place' | 'organization' | 'author' | 'year';

export const FACET_KEYS: readonly FacetKey[] = ['section', 'person', 'topic', 'place', 'organization', 'author', 'year'];

export type SortOrder = 'relevance' | 'newest' | 'oldest';

export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'newest', 'oldest'];

export type FacetSelection = Record<FacetKey, string[]>;

export interface FilterState {
  /** The text query as typed (normalized: trimmed, inner whitespace collapsed). */
  q: string;
  /** Values (slugs; 4-digit years for `year`) OR-ed within a key, AND-ed across keys. */
  include: FacetSelection;
  /** Values whose articles are removed, whatever else matches. */
  exclude: FacetSelection;
  /** Inclusive lower bound, YYYY-MM or YYYY-MM-DD (a month means from its first day). */
  from: string | null;
  /** Inclusive upper bound, YYYY-MM or YYYY-MM-DD (a month means through its last day). */
  to: string | null;
  sort: SortOrder;
}

export function emptySelection(): FacetSelection {
  return { section: [], person: [], topic: [], place: [], organization: [], author: [], year: [] };
}

export const EMPTY_FILTER_STATE: Readonly<FilterState> = Object.freeze({
  q: '',
  include: Object.freeze(emptySelection()),
  exclude: Object.freeze(emptySelection()),
  from: null,
  to: null,
  sort: 'newest',
});

/** Relevance only means something with a query; without one the list is newest first. */
export function defaultSort(q: string): SortOrder {
  return q === '' ? 'newest' : 'relevance';
}

const MAX_QUERY_LENGTH = 200;
const MAX_SLUG_LENGTH = 120;
// Slugs are folded text (see text-fold.ts): lowercase letters of any script, digits, single inner hyphens.
const SLUG = /^[\p{Ll}\p{Lm}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lm}\p{Lo}\p{N}]+)*$/u;
const YEAR = /^\d{4}$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function isValidFacetValue(key: FacetKey, value: string): boolean {
  if (key === 'year') return YEAR.test(value);
  return value.length <= MAX_SLUG_LENGTH && SLUG.test(value);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYYY-MM or YYYY-MM-DD naming a real month or day. */
export function isValidDateBound(value: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Query text as it survives a URL: well-formed UTF-16 (URL encoding turns lone surrogates into
 * U+FFFD), whitespace collapsed, bounded length.
 */
export function normalizeQuery(q: string): string {
  return q.slice(0, MAX_QUERY_LENGTH).replace(LONE_SURROGATE, '\uFFFD').replace(/\s+/g, ' ').trim();
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cleanValues(key: FacetKey, values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => isValidFacetValue(key, v)))].sort(compareCodeUnits);
}

/**
 * The canonical form of a state: invalid values dropped, values unique and sorted, a value both
 * included and excluded kept only as excluded (the stricter reading), invalid bounds dropped.
 */
export function normalizeFilterState(state: FilterState): FilterState {
  const include = emptySelection();
  const exclude = emptySelection();
  for (const key of FACET_KEYS) {
    exclude[key] = cleanValues(key, state.exclude[key]);
    const excluded = new Set(exclude[key]);
    include[key] = cleanValues(key, state.include[key]).filter((v) => !excluded.has(v));
  }
  const q = normalizeQuery(state.q);
  return {
    q,
    include,
    exclude,
    from: state.from !== null && isValidDateBound(state.from) ? state.from : null,
    to: state.to !== null && isValidDateBound(state.to) ? state.to : null,
    sort: SORT_ORDERS.includes(state.sort) ? state.sort : defaultSort(q),
  };
}

export function hasActiveFilters(state: FilterState): boolean {
  return (
    state.from !== null ||
    state.to !== null ||
    FACET_KEYS.some((k) => state.include[k].length > 0 || state.exclude[k].length > 0)
  );
}
