// FilterState <-> URL query string. Readable (slugs, repeated keys), canonical (fixed key
// order, sorted values, defaults omitted) so equal states give equal URLs, and total: any input
// parses, unknown or malformed parameters are ignored.
//
// Exclusion is written as a leading minus on the value: `person=-sergei-lavrov`. Slugs never start
// with "-", so the marker is unambiguous, and a facet's includes and excludes stay under one key.
import { defaultSort, emptySelection, FACET_KEYS, normalizeFilterState, normalizeQuery, SORT_ORDERS } from './filter-state';
import type { FacetKey, FilterState, SortOrder } from './filter-state';

/** URL parameter name per facet, in the order they are written. */
const PARAM_OF: Readonly<Record<FacetKey, string>> = {
  person: 'person',
  topic: 'topic',
  place: 'place',
  organization: 'org',
  section: 'section',
  author: 'author',
  year: 'year',
};

const FACETS_IN_URL_ORDER: readonly FacetKey[] = ['person', 'topic', 'place', 'organization', 'section', 'author', 'year'];

const FACET_OF_PARAM: ReadonlyMap<string, FacetKey> = new Map(FACET_KEYS.map((k) => [PARAM_OF[k], k]));

const EXCLUDE_MARK = '-';

function toParams(search: string | URLSearchParams): URLSearchParams {
  if (typeof search !== 'string') return search;
  try {
    // URLSearchParams decodes leniently (bad %-escapes stay literal), but stay total whatever the engine.
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

/** Reads a state from `location.search` (with or without "?") or URLSearchParams. Never throws. */
export function parseFilterParams(search: string | URLSearchParams): FilterState {
  const params = toParams(search);
  const include = emptySelection();
  const exclude = emptySelection();
  let q: string | null = null;
  let from: string | null = null;
  let to: string | null = null;
  let sort: SortOrder | null = null;
  for (const [name, value] of params) {
    const facet = FACET_OF_PARAM.get(name);
    if (facet !== undefined) {
      if (value.startsWith(EXCLUDE_MARK)) exclude[facet].push(value.slice(EXCLUDE_MARK.length));
      else include[facet].push(value);
      continue;
    }
    // For single-valued parameters the first occurrence wins (later ones are usually appended junk).
    if (name === 'q' && q === null) q = value;
    else if (name === 'from' && from === null) from = value;
    else if (name === 'to' && to === null) to = value;
    else if (name === 'sort' && sort === null) sort = SORT_ORDERS.find((s) => s === value) ?? null;
  }
  const query = normalizeQuery(q ?? '');
  // normalizeFilterState drops malformed slugs, years and date bounds.
  return normalizeFilterState({ q: query, include, exclude, from, to, sort: sort ?? defaultSort(query) });
}

/** The canonical query string for a state, without "?"; "" for the empty state. */
export function serializeFilterState(state: FilterState): string {
  const s = normalizeFilterState(state);
  const pairs: [string, string][] = [];
  if (s.q !== '') pairs.push(['q', s.q]);
  for (const key of FACETS_IN_URL_ORDER) {
    for (const v of s.include[key]) pairs.push([PARAM_OF[key], v]);
    for (const v of s.exclude[key]) pairs.push([PARAM_OF[key], EXCLUDE_MARK + v]);
  }
  if (s.from !== null) pairs.push(['from', s.from]);
  if (s.to !== null) pairs.push(['to', s.to]);
  if (s.sort !== defaultSort(s.q)) pairs.push(['sort', s.sort]);
  return new URLSearchParams(pairs).toString();
}
