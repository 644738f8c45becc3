// Build-time: the text index over article bodies, as a small manifest plus chunks of an inverted
// index that the client fetches only for the words being searched (Pagefind's design). Each term carries
// two lists: the articles whose text has it (with a weight) and those whose title has it (ranked highest).
//
// Why not one file: MiniSearch's own JSON at 10,000 articles is ~0.9 MB gzip for titles and entity
// names alone, and a full-body inverted index is several MB. Chunked by term, a search downloads the
// manifest (a few kB) and one chunk (~20 kB gzip) per query word, while every body word stays
// findable. People, topics, places, organisations, author and section are not in these chunks: the
// client indexes them from the search catalog it already has (see search-options.ts). Titles are here
// because the catalog leaves them out (see search-titles.ts).
import type { ArticleBody, ArticleMeta } from '../../shared/content-types';
import { HEADING_WEIGHT, processSearchTerm, SEARCH_DATA_VERSION } from '../../shared/search-options';
import type { SearchChunk, SearchManifest } from '../../shared/search-options';
import { encodeIdList } from '../../shared/id-lists';
import { encodePostings } from '../../shared/search-postings';
import { tokenize } from '../../shared/text-fold';

export interface IndexableArticle {
  meta: ArticleMeta;
  body: ArticleBody;
}

export interface BuildSearchIndexOptions {
  /** Raw JSON characters per chunk before a new one starts (a single term's list may exceed it). */
  chunkTargetChars?: number;
}

export interface SearchData {
  manifest: SearchManifest;
  chunks: SearchChunk[];
}

/**
 * ~25,000 characters gzip to ~12 kB. Typing a two-word query fetches four or five chunks (each word
 * and the prefixes typed on the way), so the chunk size sets that download: at 10,000 articles 50,000
 * characters cost ~130 kB a query and 25,000 ~60 kB, with ~300 chunks and a manifest still under 2 kB.
 * Smaller still gains little: more of a word's prefixes span chunks and pull in neighbours.
 */
export const DEFAULT_CHUNK_TARGET_CHARS = 25_000;

function addTerms(text: string, weight: number, into: Map<string, number>): void {
  for (const token of tokenize(text)) {
    const term = processSearchTerm(token);
    if (term !== null) into.set(term, (into.get(term) ?? 0) + weight);
  }
}

/** Term → weight for one article: paragraphs count once, headings triple, summary words absent from the body once. */
function articleTerms({ meta, body }: IndexableArticle): Map<string, number> {
  const weights = new Map<string, number>();
  for (const block of body.blocks) addTerms(block.text, block.kind === 'heading' ? HEADING_WEIGHT : 1, weights);
  // The summary is usually the body's opening; a front-matter summary may add words of its own.
  const summary = new Map<string, number>();
  addTerms(meta.summary, 1, summary);
  for (const term of summary.keys()) if (!weights.has(term)) weights.set(term, 1);
  return weights;
}

function titleTerms({ meta }: IndexableArticle): Set<string> {
  const terms = new Set<string>();
  for (const token of tokenize(meta.title)) {
    const term = processSearchTerm(token);
    if (term !== null) terms.add(term);
  }
  return terms;
}

function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The search data for `articles`, which must be in ContentIndex.articles order (ids are positions). */
export function buildSearchData(articles: readonly IndexableArticle[], options: BuildSearchIndexOptions = {}): SearchData {
  const target = options.chunkTargetChars ?? DEFAULT_CHUNK_TARGET_CHARS;
  const ids = new Map<string, number[]>();
  const weights = new Map<string, number[]>();
  const titled = new Map<string, number[]>();
  const listOf = (term: string): number[] => {
    let list = ids.get(term);
    if (!list) {
      list = [];
      ids.set(term, list);
      weights.set(term, []);
      titled.set(term, []);
    }
    return list;
  };
  articles.forEach((article, id) => {
    for (const [term, weight] of articleTerms(article)) {
      listOf(term).push(id);
      weights.get(term)!.push(weight);
    }
    for (const term of titleTerms(article)) {
      listOf(term);
      titled.get(term)!.push(id);
    }
  });

  const chunks: SearchChunk[] = [];
  const chunkStarts: string[] = [];
  let current: SearchChunk = { terms: [], postings: [], titles: [] };
  let size = 0;
  for (const term of [...ids.keys()].sort(compareTerms)) {
    const encoded = encodePostings(ids.get(term)!, weights.get(term)!, articles.length);
    const inTitles = encodeIdList(titled.get(term)!);
    const cost = term.length + encoded.length + inTitles.length;
    if (current.terms.length > 0 && size + cost > target) {
      chunks.push(current);
      current = { terms: [], postings: [], titles: [] };
      size = 0;
    }
    if (current.terms.length === 0) chunkStarts.push(term);
    current.terms.push(term);
    current.postings.push(encoded);
    current.titles.push(inTitles);
    size += cost + 9;
  }
  if (current.terms.length > 0) chunks.push(current);
  return { manifest: { version: SEARCH_DATA_VERSION, count: articles.length, chunkStarts }, chunks };
}
