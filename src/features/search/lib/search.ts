// Text search: MiniSearch over the short fields of the search catalog (title, people, topics, places,
// organisations, author, section), plus the chunked body index (summary, headings, paragraphs)
// fetched on demand; and their combination with the facet filters and sort order.
import MiniSearch from 'minisearch';
import type { Query } from 'minisearch';
import type { SearchCatalog } from '../../../shared/search-catalog';
import { processSearchTerm, SEARCH_INDEX_OPTIONS, toSearchDocument } from '../../../shared/search-options';
import type { SearchDocument } from '../../../shared/search-options';
import { scanWords } from '../../../shared/text-fold';
import { BodyIndex } from './body-index';
import type { BodyMatch, SearchSource } from './body-index';

export type { SearchSource } from './body-index';

export interface SearchHit {
  /** Article index (position in the search catalog, which is ContentIndex.articles order). */
  id: number;
  score: number;
  /** What to highlight: the matched field terms, the query words matched in the body (they prefix what they matched) and typo matches. */
  readonly terms: string[];
}

export interface Search {
  /** Hits by descending score over the chunks loaded so far; [] for a query with no searchable words. */
  search(q: string): SearchHit[];
  /** Fetches the body-index chunks the query needs. */
  prepare(q: string): Promise<void>;
  /** Whether search(q) already covers the whole body index for this query. */
  isReady(q: string): boolean;
}

/**
 * One query word: a plain word is its term; a hyphenated word matches either the compound or all
 * of its parts, so "post-Karabakh" also finds "post Karabakh".
 */
interface QueryWord {
  query: Query;
  compound: string | null;
  parts: string[];
}

function queryWords(q: string): QueryWord[] {
  const out: QueryWord[] = [];
  for (const group of scanWords(q)) {
    const parts = group.parts.map((p) => processSearchTerm(p.term)).filter((t): t is string => t !== null);
    if (parts.length === 0) continue;
    const compound = group.compound && parts.length > 1 ? processSearchTerm(group.compound.term) : null;
    if (compound === null) {
      for (const part of parts) out.push({ query: part, compound: null, parts: [part] });
    } else {
      out.push({ query: { combineWith: 'OR', queries: [compound, { combineWith: 'AND', queries: parts }] }, compound, parts });
    }
  }
  return out;
}

function bodyTerms(words: readonly QueryWord[]): string[] {
  return words.flatMap((w) => (w.compound ? [w.compound, ...w.parts] : w.parts));
}

interface WordResult {
  scores: Float32Array;
  fieldTerms: Map<number, string[]>;
  body: BodyMatch[];
}

function label(match: BodyMatch, id: number): string | null {
  const k = match.best[id]!;
  return k < 0 ? null : (match.labels[k] ?? null);
}

class Hit implements SearchHit {
  constructor(
    readonly id: number,
    readonly score: number,
    private readonly words: readonly WordResult[],
  ) {}

  // Computed on demand: a keystroke may match thousands of articles, only the shown ones need terms.
  get terms(): string[] {
    const out = new Set<string>();
    for (const w of this.words) {
      for (const t of w.fieldTerms.get(this.id) ?? []) out.add(t);
      for (const m of w.body) {
        const t = label(m, this.id);
        if (t !== null) out.add(t);
      }
    }
    return [...out];
  }
}

/**
 * Indexes the catalog's fields on the client (it is already loaded; see build-search-index.ts) and
 * searches body text through `source`. Without a usable source, the fields alone are searched.
 */
export function createSearch(catalog: SearchCatalog, source: SearchSource | null): Search {
  const size = catalog.size;
  const miniSearch = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  miniSearch.addAll(Array.from({ length: size }, (_, i) => toSearchDocument(catalog, i)));
  const body = new BodyIndex(source, size);
  // Leaves are already single terms: the default tokenizer would split "post-karabakh" again.
  const leafOptions = { tokenize: (s: string) => [s] };

  const scoreWord = (word: QueryWord): WordResult => {
    const scores = new Float32Array(size);
    const fieldTerms = new Map<number, string[]>();
    for (const r of miniSearch.search(word.query, leafOptions)) {
      const id = r.id as number;
      scores[id]! += r.score;
      fieldTerms.set(id, r.terms);
    }
    if (word.compound === null) {
      const match = body.match(word.parts[0]!);
      for (let id = 0; id < size; id++) scores[id]! += match.scores[id]!;
      return { scores, fieldTerms, body: [match] };
    }
    const whole = body.match(word.compound);
    const parts = word.parts.map((p) => body.match(p));
    for (let id = 0; id < size; id++) {
      let together = 0;
      for (const p of parts) together = p.best[id]! < 0 ? -Infinity : together + p.scores[id]!;
      scores[id]! += Math.max(whole.scores[id]!, together, 0);
    }
    return { scores, fieldTerms, body: [whole, ...parts] };
  };

  return {
    search(q) {
      const words = queryWords(q);
      if (words.length === 0) return [];
      const results = words.map(scoreWord);
      const total = new Float32Array(size);
      const matched = new Uint8Array(size);
      for (const r of results) {
        for (let id = 0; id < size; id++) {
          const s = r.scores[id]!;
          if (s > 0) {
            total[id]! += s;
            matched[id]!++;
          }
        }
      }
      // Every word must match; when no article has them all, show the best partial matches
      // (articles matching more words score higher) instead of nothing.
      let need = words.length;
      if (need > 1 && !matched.some((m) => m === need)) need = 1;
      const hits: SearchHit[] = [];
      for (let id = 0; id < size; id++) if (matched[id]! >= need) hits.push(new Hit(id, total[id]!, results));
      return hits.sort((a, b) => b.score - a.score || a.id - b.id);
    },
    prepare(q) {
      return body.load(bodyTerms(queryWords(q)));
    },
    isReady(q) {
      return body.isLoaded(bodyTerms(queryWords(q)));
    },
  };
}

// Kept apart so pages can filter without loading MiniSearch: search.ts is imported lazily.
export { applyQuery } from './apply-query';
export type { QueryResult } from './apply-query';
