// Text search over the shipped search data plus the ArticleMetas, and its combination with the
// facet filters and sort order.
import MiniSearch from 'minisearch';
import type { Query } from 'minisearch';
import type { ArticleMeta } from '../../../shared/content-types';
import { processSearchTerm, SEARCH_DATA_VERSION, SEARCH_INDEX_OPTIONS, toSearchDocument } from '../../../shared/search-options';
import type { SearchDataPayload, SearchDocument } from '../../../shared/search-options';
import { scanWords } from '../../../shared/text-fold';
import { createBitset, setBit } from './bitset';
import { evaluateFilters, matchesInDateOrder } from './facets';
import type { FilterIndex, FilterResult } from './facets';
import type { FilterState } from './filter-state';

export interface SearchHit {
  /** Article index (position in ContentIndex.articles). */
  id: number;
  score: number;
  /** The indexed terms that matched (after prefix/fuzzy expansion): what to highlight. */
  terms: string[];
}

export interface Search {
  /** Hits by descending score; [] for a query with no searchable words. */
  search(q: string): SearchHit[];
}

function isStringArray(x: unknown, length: number): x is string[] {
  return Array.isArray(x) && x.length === length && x.every((s) => typeof s === 'string');
}

/** The shipped data when it is well formed and made for these articles; null otherwise. */
function readPayload(json: string, count: number): SearchDataPayload | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const p = data as Partial<SearchDataPayload>;
  if (p.version !== SEARCH_DATA_VERSION || p.count !== count) return null;
  if (!isStringArray(p.headings, count) || !isStringArray(p.bodyTerms, count)) return null;
  return p as SearchDataPayload;
}

/**
 * One query word: a plain word is its term; a hyphenated word matches either the indexed
 * compound or all of its parts, so "post-Karabakh" also finds "post Karabakh".
 */
function wordQueries(q: string): Query[] {
  const out: Query[] = [];
  for (const group of scanWords(q)) {
    const parts = group.parts.map((p) => processSearchTerm(p.term)).filter((t): t is string => t !== null);
    if (parts.length === 0) continue;
    const compound = group.compound ? processSearchTerm(group.compound.term) : null;
    if (compound === null || parts.length === 1) out.push(...parts);
    else out.push({ combineWith: 'OR', queries: [compound, { combineWith: 'AND', queries: parts }] });
  }
  return out;
}

/**
 * Builds the index on the client from the metas (title, summary, entities, author, section) and
 * the shipped headings/body terms; see build-search-index.ts for why it is not shipped whole.
 * When the data does not match the metas (e.g. a stale cached file after a deploy), the metas
 * alone are indexed rather than attaching extras to the wrong articles.
 */
export function createSearch(indexJson: string, articles: readonly ArticleMeta[]): Search {
  const payload = readPayload(indexJson, articles.length);
  const miniSearch = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  miniSearch.addAll(
    articles.map((meta, i) =>
      toSearchDocument(meta, i, { headings: payload?.headings[i] ?? '', bodyTerms: payload?.bodyTerms[i] ?? '' }),
    ),
  );
  // Leaves are already single terms: the default tokenizer would split "post-karabakh" again.
  const leafOptions = { tokenize: (s: string) => [s] };
  const run = (queries: Query[], combineWith: 'AND' | 'OR'): SearchHit[] =>
    miniSearch
      .search({ combineWith, queries }, leafOptions)
      .map((r) => ({ id: r.id as number, score: r.score, terms: r.terms }))
      .sort((a, b) => b.score - a.score || a.id - b.id);
  return {
    search(q) {
      const queries = wordQueries(q);
      if (queries.length === 0) return [];
      // Every word must match; when no article has them all, show the best partial matches
      // (MiniSearch scores articles matching more words higher) instead of nothing.
      const all = run(queries, 'AND');
      return all.length > 0 || queries.length === 1 ? all : run(queries, 'OR');
    },
  };
}

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
