// Micro benchmark of the framework-free filter core at 10,000 synthetic articles.
// Run: npx tsx scripts/bench-filter-core.ts
import { gzipSync } from 'node:zlib';
import { buildSearchData } from '../src/content/search/build-search-index';
import { buildFilterIndex, evaluateFilters, facetOptions } from '../src/features/search/lib/facets';
import { EMPTY_FILTER_STATE, emptySelection, FACET_KEYS } from '../src/features/search/lib/filter-state';
import type { FilterState } from '../src/features/search/lib/filter-state';
import { applyQuery, createSearch } from '../src/features/search/lib/search';
import { decodeSearchCatalog, encodeSearchCatalog } from '../src/shared/search-catalog';
import { generateCorpus } from '../tests/content/search/fixtures/synthetic-corpus';

const ARTICLES = 10_000;
const RUNS = 300;

function stats(label: string, fn: () => void): void {
  for (let i = 0; i < 20; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(3);
  console.log(`${label.padEnd(58)} median ${at(0.5)} ms   p95 ${at(0.95)} ms`);
}

const corpus = generateCorpus({ articles: ARTICLES });
const metas = corpus.map((a) => a.meta);
const catalogData = encodeSearchCatalog(metas);
const catalog = decodeSearchCatalog(catalogData)!;

let t = performance.now();
const index = buildFilterIndex(catalog);
console.log(`buildFilterIndex: ${(performance.now() - t).toFixed(1)} ms`);
console.log(`facet values: ${FACET_KEYS.map((k) => `${k} ${index.groups[k].values.length}`).join(', ')}`);

const top = (key: (typeof FACET_KEYS)[number], n: number) => index.groups[key].values.slice(0, n).map((v) => v.slug);
const state = (partial: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTER_STATE, include: emptySelection(), exclude: emptySelection(), ...partial });

const states: [string, FilterState][] = [
  ['no filters', state({})],
  ['1 section', state({ include: { ...emptySelection(), section: top('section', 1) } })],
  ['2 people (OR) + 1 topic + year', state({ include: { ...emptySelection(), person: top('person', 2), topic: top('topic', 1), year: ['2021'] } })],
  ['3 groups + 2 excludes + date range', state({
    include: { ...emptySelection(), person: top('person', 3), place: top('place', 2), section: top('section', 2) },
    exclude: { ...emptySelection(), topic: top('topic', 1), author: top('author', 1) },
    from: '2017-03',
    to: '2022-06-15',
  })],
];

for (const [label, s] of states) {
  stats(`evaluateFilters (result + all counts): ${label}`, () => evaluateFilters(index, s));
}
const s3 = states[2]![1];
stats('evaluateFilters + facetOptions(top 20) for all 7 keys', () => {
  const r = evaluateFilters(index, s3);
  for (const k of FACET_KEYS) facetOptions(index, r, s3, k, 20);
});
stats('applyQuery, no query, 2 people + topic + year, newest', () => applyQuery(index, s3, null));

const data = buildSearchData(corpus);
const gzip = (x: unknown) => gzipSync(JSON.stringify(x), { level: 9 }).length;
const chunkSizes = data.chunks.map(gzip);
console.log(`catalog: ${gzip(catalogData)} B gzip`);
console.log(`search data: manifest ${gzip(data.manifest)} B gzip; ${data.chunks.length} chunks, ${chunkSizes.reduce((a, b) => a + b, 0)} B gzip in all, largest ${Math.max(...chunkSizes)} B`);
t = performance.now();
const search = createSearch(catalog, { manifest: data.manifest, loadChunk: (i) => Promise.resolve(data.chunks[i]) });
console.log(`createSearch (client-side indexing of the meta fields): ${(performance.now() - t).toFixed(0)} ms`);
const word = metas[0]!.title.split(' ')[0]!.toLowerCase();
void search.prepare(word).then(() => {
  const hits = search.search(word);
  stats(`search("${word}") [${hits.length} hits]`, () => search.search(word));
  stats(`applyQuery with those hits, relevance, 1 section`, () =>
    applyQuery(index, state({ q: word, sort: 'relevance', include: { ...emptySelection(), section: top('section', 1) } }), hits),
  );
});
