import { sourceFor } from '../../../content/search/search-source';
import { buildFilterIndex } from '../../../../src/features/search/lib/facets';
import { EMPTY_FILTER_STATE, emptySelection } from '../../../../src/features/search/lib/filter-state';
import type { FilterState } from '../../../../src/features/search/lib/filter-state';
import { applyQuery, createSearch } from '../../../../src/features/search/lib/search';
import { catalogOf, makeArticle } from './make-article';

const articles = [
  makeArticle({
    title: 'Azeri, Armenian Leaders In Moscow For Crucial Post-Karabakh Meeting',
    date: '2021-01-11',
    section: 'Feature',
    author: 'Fuad Muxtarlı',
    summary: 'After week-long speculations about a meeting in Moscow.',
    people: ['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan'],
    places: ['Moscow'],
    topics: ['Karabakh'],
    paragraphs: ['Russian President Vladimir Putin held a Security Council meeting on the settlement.'],
  }),
  makeArticle({
    title: 'Harvest report',
    date: '2020-06-01',
    section: 'Economy',
    summary: 'Farmers expect a good harvest.',
    paragraphs: ['A farmer mentioned Putin once in passing, and the word pomegranate appears here many times: pomegranate pomegranate.'],
  }),
  makeArticle({
    title: 'Putin visits the pomegranate festival',
    date: '2019-10-01',
    section: 'Culture',
    summary: 'A festival.',
    people: ['Vladimir Putin'],
  }),
  makeArticle({
    title: 'Undated essay on pomegranates',
    date: null,
    section: 'Culture',
    summary: 'Fruit.',
    headings: ['The pomegranate trade'],
  }),
  makeArticle({
    title: 'Column',
    date: '2022-03-03',
    section: 'Opinion',
    author: 'Fuad Muxtarlı',
    summary: 'Notes from the week.',
  }),
];

const metas = articles.map((a) => a.meta);
const catalog = catalogOf(metas);
const search = createSearch(catalog, sourceFor(articles));
/** Hits once the body chunks the query needs are loaded, as the app does before showing results. */
const find = async (q: string) => {
  await search.prepare(q);
  expect(search.isReady(q)).toBe(true);
  return search.search(q);
};
const ids = async (q: string) => (await find(q)).map((h) => h.id);

function state(partial: Partial<FilterState>): FilterState {
  return { ...EMPTY_FILTER_STATE, include: emptySelection(), exclude: emptySelection(), ...partial };
}

describe('createSearch', () => {
  it('finds "Muxtarlı" when typed without the dotless i, and with it', async () => {
    expect(await ids('Muxtarli')).toEqual([0, 4]);
    expect(await ids('muxtarlı')).toEqual([0, 4]);
  });

  it('matches prefixes and tolerates a typo in longer words', async () => {
    expect(await ids('pashin')).toEqual([0]);
    expect(await ids('Pashinian')).toEqual([0]);
    expect(await ids('Pomegranite')).toEqual(expect.arrayContaining([1, 2, 3]));
  });

  it('does not fuzzy-match short words', async () => {
    // "pitin" (5 letters) is one edit from "putin"; "wor" (3) must not reach "war"/"word" by edit.
    expect(await ids('pitin')).toEqual(expect.arrayContaining([0, 2]));
    // "wor" prefixes "word" in article 1's body: the query word itself is what gets highlighted there.
    expect(await ids('wor')).toEqual([1]);
    expect((await find('wor')).flatMap((h) => h.terms)).not.toContain('war');
  });

  it('ranks title and people matches above body mentions', async () => {
    const hits = (await find('putin'));
    expect(hits.map((h) => h.id).slice(0, 2).sort()).toEqual([0, 2]);
    expect(hits[hits.length - 1]?.id).toBe(1);
  });

  it('ranks a title match above heading and body matches', async () => {
    const order = await ids('pomegranate');
    expect(order[0]).toBe(2);
    expect(order.indexOf(3)).toBeLessThan(order.indexOf(1));
  });

  it('requires every word, falling back to any word when no article has them all', async () => {
    expect(await ids('putin festival')).toEqual([2]);
    expect(await ids('putin harvest')).toEqual([1]);
    // No article has all three: articles with two of the words rank above the one with one.
    const fallback = await ids('festival harvest pomegranate');
    expect(fallback.slice(0, 2).sort()).toEqual([1, 2]);
    expect(fallback[fallback.length - 1]).toBe(3);
  });

  it('matches a hyphenated query as a compound or as its parts', async () => {
    expect(await ids('post-karabakh')).toEqual([0]);
    expect(await ids('security-council')).toEqual([0]);
  });

  it('ignores stop words and empty queries', async () => {
    expect((await find(''))).toEqual([]);
    expect((await find('the of and'))).toEqual([]);
    expect(await ids('the festival')).toEqual([2]);
  });

  it('reports the indexed terms that matched, for highlighting', async () => {
    const [hit] = (await find('Muxtarli'));
    expect(hit?.terms).toEqual(['muxtarli']);
  });

  it('finds words deep in the body, not only in titles and entities', async () => {
    // "settlement" is in article 0's last paragraph only; "trade" only in article 3's heading.
    expect(await ids('settlement')).toEqual([0]);
    expect(await ids('trade')).toEqual([3]);
    expect(await ids('settlment')).toEqual([0]);
  });

  it('finds title words through the text index, highlighting the title term', async () => {
    // "Column" and "festival" appear in titles only, never in the text.
    expect(await ids('column')).toEqual([4]);
    expect(await ids('festiv')).toEqual([2]);
    expect((await find('festival'))[0]?.terms).toEqual(['festival']);
    expect((await find('colum'))[0]?.terms).toEqual(['colum']);
  });

  it('finds a word in every article’s title and text, however small the corpus', async () => {
    const only = [makeArticle({ title: 'Leaders in Moscow', places: ['Moscow'], paragraphs: ['They met in Moscow.'] })];
    const one = createSearch(catalogOf(only.map((a) => a.meta)), sourceFor(only));
    await one.prepare('moscow');
    expect(one.search('moscow').map((h) => h.id)).toEqual([0]);
    expect(one.search('leaders').map((h) => h.id)).toEqual([0]);
  });

  it('searches the catalog’s names alone when the text index does not match the articles', async () => {
    const stale = createSearch(catalog, sourceFor(articles.slice(0, 2)));
    await stale.prepare('trade');
    expect(stale.search('Muxtarli').map((h) => h.id)).toEqual([0, 4]);
    expect(stale.search('trade')).toEqual([]);
    const broken = createSearch(catalog, { manifest: 'not json', loadChunk: () => Promise.reject(new Error('offline')) });
    await broken.prepare('pashinyan');
    expect(broken.search('pashinyan').map((h) => h.id)).toEqual([0]);
    // Titles are in the text index only: without it they are not searched.
    expect(broken.search('column')).toEqual([]);
  });
});

describe('applyQuery', () => {
  const filterIndex = buildFilterIndex(catalog);

  it('lists by relevance with a query, restricted by facets', async () => {
    const s = state({ q: 'pomegranate', sort: 'relevance', include: { ...emptySelection(), section: ['culture'] } });
    const result = applyQuery(filterIndex, s, (await find(s.q)));
    expect(result.ids).toEqual([2, 3]);
    expect(result.filter.matchCount).toBe(2);
    expect(result.hits.get(2)?.terms).toEqual(['pomegranate']);
  });

  it('sorts text hits newest or oldest first, undated last', async () => {
    const hits = (await find('pomegranate'));
    expect(applyQuery(filterIndex, state({ q: 'pomegranate', sort: 'newest' }), hits).ids).toEqual([1, 2, 3]);
    expect(applyQuery(filterIndex, state({ q: 'pomegranate', sort: 'oldest' }), hits).ids).toEqual([2, 1, 3]);
  });

  it('counts facet values within the text hits', async () => {
    const result = applyQuery(filterIndex, state({ q: 'pomegranate', sort: 'relevance' }), (await find('pomegranate')));
    const culture = filterIndex.groups.section.indexOf.get('culture')!;
    const feature = filterIndex.groups.section.indexOf.get('feature')!;
    expect(result.filter.counts.section[culture]).toBe(2);
    expect(result.filter.counts.section[feature]).toBe(0);
  });

  it('without a query lists every filtered article by date; relevance falls back to newest', async () => {
    expect(applyQuery(filterIndex, state({}), null).ids).toEqual([4, 0, 1, 2, 3]);
    expect(applyQuery(filterIndex, state({ sort: 'relevance' }), null).ids).toEqual([4, 0, 1, 2, 3]);
    expect(applyQuery(filterIndex, state({ sort: 'oldest' }), null).ids).toEqual([2, 1, 0, 4, 3]);
  });
});
