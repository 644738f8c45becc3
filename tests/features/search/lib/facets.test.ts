import fc from 'fast-check';
import { bitsToIds } from '../../../../src/features/search/lib/bitset';
import { buildFilterIndex, evaluateFilters, facetOptions, matchesInDateOrder } from '../../../../src/features/search/lib/facets';
import { EMPTY_FILTER_STATE, emptySelection, FACET_KEYS } from '../../../../src/features/search/lib/filter-state';
import type { FacetKey, FacetSelection, FilterState } from '../../../../src/features/search/lib/filter-state';
import type { ArticleMeta } from '../../../../src/shared/content-types';
import { catalogOf, makeArticle } from './make-article';

function state(partial: Partial<Omit<FilterState, 'include' | 'exclude'>> & { include?: Partial<FacetSelection>; exclude?: Partial<FacetSelection> }): FilterState {
  return {
    ...EMPTY_FILTER_STATE,
    ...partial,
    include: { ...emptySelection(), ...partial.include },
    exclude: { ...emptySelection(), ...partial.exclude },
  };
}

const metas: ArticleMeta[] = [
  makeArticle({ title: 'A0', date: '2021-01-11', section: 'Politics', author: 'Fuad Muxtarlı', people: ['Vladimir Putin', 'Ilham Aliyev'], places: ['Moscow'] }),
  makeArticle({ title: 'A1', date: '2021-01-05', section: 'Politics', people: ['Vladimir Putin'], topics: ['Karabakh'] }),
  makeArticle({ title: 'A2', date: '2020-12-31', section: 'Economy', author: 'Fuad Muxtarlı', people: ['Ilham Aliyev'], organizations: ['Kremlin'] }),
  makeArticle({ title: 'A3', date: '2020-11-10', section: 'Feature', people: ['Nikol Pashinyan'], topics: ['Karabakh'], places: ['Moscow'] }),
  makeArticle({ title: 'A4', date: null, section: 'Politics', people: ['Vladimir Putin', 'Nikol Pashinyan'] }),
].map((a) => a.meta);

const index = buildFilterIndex(catalogOf(metas));

function ids(s: FilterState): number[] {
  return bitsToIds(evaluateFilters(index, s).matches);
}

function countOf(s: FilterState, key: FacetKey, slug: string): number {
  const result = evaluateFilters(index, s);
  const v = index.groups[key].indexOf.get(slug);
  if (v === undefined) throw new Error(`no ${key} ${slug}`);
  return result.counts[key][v]!;
}

describe('buildFilterIndex', () => {
  it('collects values with names and totals, by total desc then name', () => {
    expect(index.groups.person.values).toEqual([
      { slug: 'vladimir-putin', name: 'Vladimir Putin', total: 3 },
      { slug: 'ilham-aliyev', name: 'Ilham Aliyev', total: 2 },
      { slug: 'nikol-pashinyan', name: 'Nikol Pashinyan', total: 2 },
    ]);
    expect(index.groups.author.values).toEqual([{ slug: 'fuad-muxtarli', name: 'Fuad Muxtarlı', total: 2 }]);
    expect(index.groups.year.values.map((v) => [v.slug, v.total])).toEqual([
      ['2020', 2],
      ['2021', 2],
    ]);
    expect(index.groups.section.values.map((v) => v.slug)).toEqual(['politics', 'economy', 'feature']);
  });
});

describe('evaluateFilters', () => {
  it('matches everything without filters', () => {
    expect(ids(EMPTY_FILTER_STATE)).toEqual([0, 1, 2, 3, 4]);
  });

  it('ORs within a key and ANDs across keys', () => {
    expect(ids(state({ include: { person: ['ilham-aliyev', 'nikol-pashinyan'] } }))).toEqual([0, 2, 3, 4]);
    expect(ids(state({ include: { person: ['ilham-aliyev', 'nikol-pashinyan'], section: ['politics'] } }))).toEqual([0, 4]);
    expect(ids(state({ include: { person: ['vladimir-putin'], topic: ['karabakh'] } }))).toEqual([1]);
  });

  it('removes excluded values', () => {
    expect(ids(state({ exclude: { person: ['vladimir-putin'] } }))).toEqual([2, 3]);
    expect(ids(state({ include: { section: ['politics'] }, exclude: { place: ['moscow'] } }))).toEqual([1, 4]);
  });

  it('matches nothing for an included value the corpus lacks', () => {
    expect(ids(state({ include: { person: ['nobody'] } }))).toEqual([]);
  });

  it('filters by year and by inclusive month/day bounds, undated articles failing any bound', () => {
    expect(ids(state({ include: { year: ['2020'] } }))).toEqual([2, 3]);
    expect(ids(state({ exclude: { year: ['2020'] } }))).toEqual([0, 1, 4]);
    expect(ids(state({ from: '2020-12', to: '2021-01' }))).toEqual([0, 1, 2]);
    expect(ids(state({ from: '2021-01-05' }))).toEqual([0, 1]);
    expect(ids(state({ to: '2020-12-31' }))).toEqual([2, 3]);
    expect(ids(state({ from: '2020-12-31', to: '2020-12-31' }))).toEqual([2]);
    expect(ids(state({ from: '2021-02', to: '2021-01' }))).toEqual([]);
  });

  it('restricts to candidates (the text hits)', () => {
    const candidates = new Uint32Array(1);
    candidates[0] = 0b10110;
    expect(bitsToIds(evaluateFilters(index, state({ include: { section: ['politics'] } }), candidates).matches)).toEqual([1, 4]);
  });

  it('counts, for a key without includes, the current matches having the value', () => {
    const s = state({ include: { section: ['politics'] } });
    expect(countOf(s, 'person', 'vladimir-putin')).toBe(3);
    expect(countOf(s, 'person', 'ilham-aliyev')).toBe(1);
    expect(countOf(s, 'topic', 'karabakh')).toBe(1);
    expect(countOf(s, 'year', '2020')).toBe(0);
  });

  it('counts, for a key with includes, what adding the value (OR) would match', () => {
    const s = state({ include: { section: ['politics'], person: ['ilham-aliyev'] } });
    // Current: politics ∩ aliyev = {0}. Adding putin: politics ∩ (aliyev ∪ putin) = {0, 1, 4}.
    expect(evaluateFilters(index, s).matchCount).toBe(1);
    expect(countOf(s, 'person', 'vladimir-putin')).toBe(3);
    expect(countOf(s, 'person', 'nikol-pashinyan')).toBe(2);
    expect(countOf(s, 'person', 'ilham-aliyev')).toBe(1);
    // Sections: aliyev ∩ (politics ∪ economy) = {0, 2}.
    expect(countOf(s, 'section', 'economy')).toBe(2);
    expect(countOf(s, 'section', 'feature')).toBe(1);
  });

  it('counts an excluded value as adding nothing', () => {
    const s = state({ include: { person: ['ilham-aliyev'] }, exclude: { person: ['vladimir-putin'] } });
    expect(ids(s)).toEqual([2]);
    expect(countOf(s, 'person', 'vladimir-putin')).toBe(1);
    expect(countOf(state({ exclude: { person: ['vladimir-putin'] } }), 'person', 'vladimir-putin')).toBe(0);
  });

  const slugs: Record<FacetKey, string[]> = {
    section: ['politics', 'economy', 'feature', 'nope'],
    person: ['vladimir-putin', 'ilham-aliyev', 'nikol-pashinyan'],
    topic: ['karabakh'],
    place: ['moscow'],
    organization: ['kremlin'],
    author: ['fuad-muxtarli'],
    year: ['2020', '2021'],
  };
  const selection = fc.record(
    Object.fromEntries(FACET_KEYS.map((k) => [k, fc.subarray(slugs[k], { maxLength: Math.min(2, slugs[k].length) })])) as Record<FacetKey, fc.Arbitrary<string[]>>,
  );
  const bound = fc.option(fc.constantFrom('2020-11', '2020-12-31', '2021-01', '2021-01-06'));

  it('counts equal brute force |matches(state + value)| for random states', () => {
    fc.assert(
      fc.property(selection, selection, bound, bound, (include, exclude, from, to) => {
        const s = state({ include, exclude, from, to });
        const result = evaluateFilters(index, s);
        for (const key of FACET_KEYS) {
          index.groups[key].values.forEach((value, v) => {
            const added = { ...s, include: { ...s.include, [key]: [...new Set([...s.include[key], value.slug])] } };
            expect(result.counts[key][v]).toBe(ids(added).length);
          });
        }
        expect(result.matchCount).toBe(ids(s).length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('facetOptions', () => {
  it('lists values by live count, keeping selected ones even at zero', () => {
    const s = state({ include: { topic: ['karabakh'] }, exclude: { person: ['ilham-aliyev'] } });
    const result = evaluateFilters(index, s);
    expect(facetOptions(index, result, s, 'person').map((o) => [o.slug, o.count, o.included, o.excluded])).toEqual([
      // A tie on live count keeps the static order: Putin has the larger corpus total.
      ['vladimir-putin', 1, false, false],
      ['nikol-pashinyan', 1, false, false],
      ['ilham-aliyev', 0, false, true],
    ]);
    expect(facetOptions(index, result, s, 'person', 1).map((o) => o.slug)).toEqual(['vladimir-putin', 'ilham-aliyev']);
  });
});

describe('matchesInDateOrder', () => {
  it('orders newest or oldest first with undated last', () => {
    const all = evaluateFilters(index, EMPTY_FILTER_STATE).matches;
    expect(matchesInDateOrder(index, all, 'newest')).toEqual([0, 1, 2, 3, 4]);
    expect(matchesInDateOrder(index, all, 'oldest')).toEqual([3, 2, 1, 0, 4]);
  });
});

describe('bitsets past 32 articles', () => {
  it('counts across word boundaries', () => {
    const many = Array.from({ length: 100 }, (_, i) =>
      makeArticle({ title: `T${i}`, date: `20${10 + (i % 10)}-01-01`, people: i % 3 === 0 ? ['Common Person'] : ['Rare Person'] }).meta,
    );
    const big = buildFilterIndex(catalogOf(many));
    const s = state({ include: { year: ['2010', '2011'] } });
    const result = evaluateFilters(big, s);
    expect(result.matchCount).toBe(20);
    const common = big.groups.person.indexOf.get('common-person')!;
    expect(result.counts.person[common]).toBe(many.filter((_, i) => i % 10 < 2 && i % 3 === 0).length);
    expect(big.groups.person.dense[common]).not.toBeNull();
  });
});
