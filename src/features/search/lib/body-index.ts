// The client side of the chunked body-text index (see src/content/search/build-search-index.ts):
// finds which chunks a query word needs, loads them on demand, and scores matches in the text and titles.
import { decodeIdList } from '../../../shared/id-lists';
import { FUZZY_MIN_LENGTH, PREFIX_MIN_LENGTH, SEARCH_DATA_VERSION, TITLE_BOOST } from '../../../shared/search-options';
import type { SearchChunk, SearchManifest } from '../../../shared/search-options';
import { decodePostings } from '../../../shared/search-postings';
import type { Postings } from '../../../shared/search-postings';
import { boundedDistance } from './edit-distance';

/** Where the chunks come from: in the app, dynamic imports of the build's chunk modules. */
export interface SearchSource {
  manifest: unknown;
  loadChunk(index: number): Promise<unknown>;
}

// MiniSearch's weights for prefix and fuzzy matches, so body and field scores are on one scale.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** A word whose prefix spans more chunks than this is matched exactly (and by typo) only. */
const MAX_PREFIX_CHUNKS = 2;

interface LoadedChunk {
  terms: string[];
  postings: string[];
  titles: string[];
  decoded: (Postings | undefined)[];
  decodedTitles: (number[] | undefined)[];
}

/** Per-article scores of one word over the body; `via` is the term that contributed most (for highlighting). */
export interface BodyMatch {
  scores: Float32Array;
  /** Per article: index into `labels` of its best term, -1 when the word did not match. */
  best: Int32Array;
  labels: string[];
}

function isManifest(x: unknown, count: number): x is SearchManifest {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Partial<SearchManifest>;
  return m.version === SEARCH_DATA_VERSION && m.count === count && Array.isArray(m.chunkStarts) && m.chunkStarts.every((s) => typeof s === 'string');
}

function isChunk(x: unknown): x is SearchChunk {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Partial<SearchChunk>;
  return (
    Array.isArray(c.terms) &&
    Array.isArray(c.postings) &&
    Array.isArray(c.titles) &&
    c.terms.length === c.postings.length &&
    c.terms.length === c.titles.length
  );
}

function lowerBound(terms: readonly string[], term: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class BodyIndex {
  private readonly starts: readonly string[];
  private readonly chunks = new Map<number, LoadedChunk>();
  private readonly pending = new Map<number, Promise<void>>();

  constructor(
    private readonly source: SearchSource | null,
    private readonly size: number,
  ) {
    // Data made for another corpus (a stale cached file after a deploy) must not attach words to the wrong articles.
    this.starts = source && isManifest(source.manifest, size) ? source.manifest.chunkStarts : [];
  }

  /** The chunk that would hold `term`. */
  private chunkOf(term: string): number {
    return Math.max(0, lowerBound(this.starts, term + '\0') - 1);
  }

  /** Chunks the word needs: those its prefix spans when few, else only the one holding the word itself. */
  private plan(word: string): { chunks: number[]; prefix: boolean } {
    if (this.starts.length === 0) return { chunks: [], prefix: false };
    const first = this.chunkOf(word);
    const last = this.chunkOf(word + '\uffff');
    if (word.length < PREFIX_MIN_LENGTH || last - first + 1 > MAX_PREFIX_CHUNKS) return { chunks: [first], prefix: false };
    const chunks: number[] = [];
    for (let i = first; i <= last; i++) chunks.push(i);
    return { chunks, prefix: true };
  }

  chunksFor(word: string): number[] {
    return this.plan(word).chunks;
  }

  isLoaded(words: readonly string[]): boolean {
    return words.every((w) => this.chunksFor(w).every((i) => this.chunks.has(i)));
  }

  /** Loads what the words need; a chunk that fails to load is retried on the next call. */
  async load(words: readonly string[]): Promise<void> {
    const wanted = new Set(words.flatMap((w) => this.chunksFor(w)));
    await Promise.all([...wanted].map((i) => this.loadChunk(i)));
  }

  private loadChunk(index: number): Promise<void> {
    if (this.chunks.has(index) || !this.source) return Promise.resolve();
    let promise = this.pending.get(index);
    if (!promise) {
      promise = this.source
        .loadChunk(index)
        .then((data) => {
          if (isChunk(data)) this.chunks.set(index, { terms: data.terms, postings: data.postings, titles: data.titles, decoded: [], decodedTitles: [] });
        })
        .finally(() => this.pending.delete(index));
      this.pending.set(index, promise);
    }
    return promise;
  }

  private postings(chunk: LoadedChunk, k: number): Postings {
    let p = chunk.decoded[k];
    if (!p) {
      p = decodePostings(chunk.postings[k] ?? '', this.size);
      chunk.decoded[k] = p;
    }
    return p;
  }

  /** Articles whose title has term k; ids past the corpus (a damaged chunk) are dropped. */
  private titled(chunk: LoadedChunk, k: number): number[] {
    let ids = chunk.decodedTitles[k];
    if (!ids) {
      ids = (decodeIdList(chunk.titles[k] ?? '') ?? []).filter((id) => id < this.size);
      chunk.decodedTitles[k] = ids;
    }
    return ids;
  }

  /**
   * Scores one (folded) word over the loaded chunks: the exact term, terms it prefixes (when the
   * word needs few chunks) and terms one or two edits away (for longer words), BM25-like; a title with the
   * term adds TITLE_BOOST times a single mention.
   */
  match(word: string): BodyMatch {
    const scores = new Float32Array(this.size);
    const best = new Int32Array(this.size).fill(-1);
    const bestScore = new Float32Array(this.size);
    const labels: string[] = [];
    const { chunks: chunkIds, prefix: prefixMode } = this.plan(word);
    const maxDistance = word.length >= FUZZY_MIN_LENGTH ? Math.max(1, Math.round(word.length * 0.2)) : 0;
    // Articles with the term in the text or the title (a term only in titles has no text postings). An article with it
    // in both counts twice: capped, so the idf stays positive when every article has the word.
    const articlesWith = (chunk: LoadedChunk, k: number) => Math.min(this.size, this.postings(chunk, k).ids.length + this.titled(chunk, k).length);
    const idfOf = (n: number) => Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
    // A longer form or a misspelling of the word typed is never worth more than the word itself: "pomegranates"
    // in one title must not outrank "pomegranate" in another just for being rarer.
    let maxIdf = Infinity;
    const home = this.chunks.get(this.chunkOf(word));
    const at = home ? lowerBound(home.terms, word) : -1;
    if (home && home.terms[at] === word) maxIdf = idfOf(articlesWith(home, at));
    for (const c of chunkIds) {
      const chunk = this.chunks.get(c);
      if (!chunk) continue;
      for (let k = 0; k < chunk.terms.length; k++) {
        const term = chunk.terms[k]!;
        let weight = 0;
        let label = word;
        if (term === word) weight = 1;
        else if (prefixMode && term.startsWith(word)) weight = (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - word.length));
        else if (maxDistance > 0 && Math.abs(term.length - word.length) <= maxDistance) {
          const d = boundedDistance(word, term, maxDistance);
          if (d <= maxDistance) {
            weight = (FUZZY_WEIGHT * term.length) / (term.length + d);
            label = term;
          }
        }
        if (weight === 0) continue;
        const { ids, weights } = this.postings(chunk, k);
        const titled = this.titled(chunk, k);
        const idf = Math.min(maxIdf, idfOf(articlesWith(chunk, k)));
        let labelIndex = labels.indexOf(label);
        if (labelIndex < 0) labelIndex = labels.push(label) - 1;
        const add = (id: number, s: number) => {
          scores[id]! += s;
          if (s > bestScore[id]!) {
            bestScore[id] = s;
            best[id] = labelIndex;
          }
        };
        for (let j = 0; j < ids.length; j++) {
          const tf = weights[j]!;
          add(ids[j]!, weight * idf * (tf / (tf + 1)));
        }
        // A single mention scores idf / 2.
        for (const id of titled) add(id, (weight * idf * TITLE_BOOST) / 2);
      }
    }
    return { scores, best, labels };
  }
}
