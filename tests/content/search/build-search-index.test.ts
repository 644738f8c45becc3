import { gzipSync } from 'node:zlib';
import { buildSearchData } from '../../../src/content/search/build-search-index';
import { createSearch } from '../../../src/features/search/lib/search';
import { decodeIdList } from '../../../src/shared/id-lists';
import type { SearchChunk } from '../../../src/shared/search-options';
import { decodePostings } from '../../../src/shared/search-postings';
import { catalogOf, makeArticle } from '../../features/search/lib/make-article';
import { generateCorpus } from './fixtures/synthetic-corpus';
import { sourceFor } from './search-source';

const articles = [
  makeArticle({
    title: 'Leaders meet in Moscow',
    summary: 'Leaders met.',
    people: ['Vladimir Putin'],
    headings: ['What was agreed', 'What comes next'],
    paragraphs: ['Pomegranate pomegranate ceasefire ceasefire ceasefire corridor leaders the the the.', 'Moscow again; Putin again.'],
  }),
  makeArticle({ title: 'Other', summary: 'A front-matter summary about tariffs.', paragraphs: ['Leaders everywhere.'] }),
];

const textIds = (chunk: SearchChunk, term: string) => decodePostings(chunk.postings[chunk.terms.indexOf(term)] ?? '', 2).ids;

describe('buildSearchData', () => {
  it('indexes every body word, heading and summary word with a weight, stop words left out', () => {
    const { manifest, chunks } = buildSearchData(articles);
    expect(manifest).toEqual({ version: 3, count: 2, chunkStarts: [chunks[0]!.terms[0]] });
    const [chunk] = chunks;
    const postings = (term: string) => {
      const k = chunk!.terms.indexOf(term);
      return k < 0 ? null : decodePostings(chunk!.postings[k]!, 2);
    };
    expect(chunk!.terms).toEqual([...chunk!.terms].sort());
    expect(chunk!.terms).not.toContain('the');
    expect(postings('ceasefire')).toEqual({ ids: Uint32Array.of(0), weights: Uint8Array.of(3) });
    // Headings weigh triple.
    expect(postings('agreed')?.weights).toEqual(Uint8Array.of(3));
    expect(postings('leaders')?.ids).toEqual(Uint32Array.of(0, 1));
    expect(postings('tariffs')?.ids).toEqual(Uint32Array.of(1));
  });

  it('lists per term the articles whose title has it, apart from the text', () => {
    const [chunk] = buildSearchData(articles).chunks;
    const titled = (term: string) => {
      const k = chunk!.terms.indexOf(term);
      return k < 0 ? null : decodeIdList(chunk!.titles[k]!);
    };
    expect(chunk!.titles).toHaveLength(chunk!.terms.length);
    // "meet" is in a title only: it is a term with no text postings.
    expect(titled('meet')).toEqual([0]);
    expect(chunk!.postings[chunk!.terms.indexOf('meet')]).toBe('');
    expect(titled('leaders')).toEqual([0]);
    expect(textIds(chunk!, 'leaders')).toEqual(Uint32Array.of(0, 1));
    expect(titled('ceasefire')).toEqual([]);
  });

  it('splits the sorted terms into chunks that start where the manifest says', () => {
    const { manifest, chunks } = buildSearchData(articles, { chunkTargetChars: 40 });
    expect(chunks.length).toBeGreaterThan(3);
    expect(manifest.chunkStarts).toEqual(chunks.map((c) => c.terms[0]));
    const all = chunks.flatMap((c) => c.terms);
    expect(all).toEqual([...all].sort());
  });

  it('is what the client searches, loading only the chunks a query needs', async () => {
    const source = sourceFor(articles, { chunkTargetChars: 40 });
    const search = createSearch(
      catalogOf(articles.map((a) => a.meta)),
      source,
    );
    await search.prepare('corridor');
    expect(source.loaded).toHaveLength(1);
    expect(search.search('corridor').map((h) => h.id)).toEqual([0]);
    await search.prepare('tariffs');
    expect(search.search('tariffs').map((h) => h.id)).toEqual([1]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildSearchData(articles))).toBe(JSON.stringify(buildSearchData(articles)));
  });
});

describe('download budget at 10,000 articles of ~600 words', () => {
  it('keeps the first piece tiny and a three-word search under 300 kB gzip', { timeout: 120_000 }, async () => {
    const corpus = generateCorpus({ articles: 10_000 });
    const { manifest, chunks } = buildSearchData(corpus);
    const gzip = (x: unknown) => gzipSync(JSON.stringify(x), { level: 9 }).length;
    expect(gzip(manifest)).toBeLessThan(10 * 1024);
    const source = sourceFor(corpus);
    const search = createSearch(catalogOf(corpus.map((a) => a.meta)), source);
    const words = corpus[1234]!.body.blocks.at(-1)!.text.toLowerCase().split(/\W+/).filter((w) => w.length > 4).slice(0, 3);
    const query = words.join(' ');
    // As typed, one letter at a time.
    for (let i = 1; i <= query.length; i++) await search.prepare(query.slice(0, i));
    const downloaded = [...new Set(source.loaded)].reduce((sum, i) => sum + gzip(chunks[i]), gzip(manifest));
    expect(downloaded).toBeLessThanOrEqual(300 * 1024);
    expect(search.search(query).map((h) => h.id)).toContain(1234);
  });
});
