// Text hits combined with the facet filters and the sort order: no MiniSearch here, so the browse
// page filters without loading the search code.
import { createBitset, setBit } from './bitset';
import { evaluateFilters, matchesInDateOrder } from './facets';
import type { FilterIndex, FilterResult } from './facets';
import type { FilterState } from './filter-state';
import type { SearchHit } from './search';

export interface QueryResult {
  /** Matching article indices in display order. */
  ids: number[];
  filter: FilterResult;
  /** Text hits by article index (empty without a query), for snippets and highlighting. */
  hits: ReadonlyMap<number, SearchHit>;
}

/**
 * Combines text hits with the facet filters and sort. Pass `hits` = search(state.q), or null when
 * there is no query (or the index is not loaded yet: the list is then filtered by facets only).
 * Facet counts are computed within the text hits. Relevance without hits falls back to newest.
 */
export function applyQuery(index: FilterIndex, state: FilterState, hits: readonly SearchHit[] | null): QueryResult {
  let candidates: Uint32Array | null = null;
  const byId = new Map<number, SearchHit>();
  if (hits !== null) {
    candidates = createBitset(index.size);
    for (const hit of hits) {
      if (hit.id < 0 || hit.id >= index.size) continue;
      setBit(candidates, hit.id);
      byId.set(hit.id, hit);
    }
  }
  const filter = evaluateFilters(index, state, candidates);
  let ids: number[];
  if (state.sort === 'relevance' && hits !== null) {
    ids = [...byId.values()]
      .sort((a, b) => b.score - a.score || a.id - b.id)
      .filter((h) => (filter.matches[h.id >>> 5]! >>> (h.id & 31)) & 1)
      .map((h) => h.id);
  } else {
    ids = matchesInDateOrder(index, filter.matches, state.sort === 'oldest' ? 'oldest' : 'newest');
  }
  return { ids, filter, hits: byId };
}
