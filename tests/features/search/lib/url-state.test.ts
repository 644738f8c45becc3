import fc from 'fast-check';
import { EMPTY_FILTER_STATE, emptySelection, FACET_KEYS, normalizeFilterState } from '../../../../src/features/search/lib/filter-state';
import type { FacetKey, FacetSelection, FilterState } from '../../../../src/features/search/lib/filter-state';
import { parseFilterParams, serializeFilterState } from '../../../../src/features/search/lib/url-state';

function state(partial: Partial<Omit<FilterState, 'include' | 'exclude'>> & { include?: Partial<FacetSelection>; exclude?: Partial<FacetSelection> }): FilterState {
  return {
    ...EMPTY_FILTER_STATE,
    ...partial,
    include: { ...emptySelection(), ...partial.include },
    exclude: { ...emptySelection(), ...partial.exclude },
  };
}

describe('serializeFilterState', () => {
  it('writes nothing for the empty state', () => {
    expect(serializeFilterState(EMPTY_FILTER_STATE)).toBe('');
  });

  it('writes keys in a fixed order, values sorted, exclusions with a leading minus', () => {
    const s = state({
      q: 'karabakh talks',
      include: { section: ['politics'], person: ['vladimir-putin', 'ilham-aliyev'], organization: ['kremlin'], year: ['2021'] },
      exclude: { person: ['sergei-lavrov'], topic: ['sport'] },
      from: '2020-11',
      to: '2021-01-31',
      sort: 'oldest',
    });
    expect(serializeFilterState(s)).toBe(
      'q=karabakh+talks&person=ilham-aliyev&person=vladimir-putin&person=-sergei-lavrov&topic=-sport&org=kremlin&section=politics&year=2021&from=2020-11&to=2021-01-31&sort=oldest',
    );
  });

  it('omits the default sort: relevance with a query, newest without', () => {
    expect(serializeFilterState(state({ q: 'x', sort: 'relevance' }))).toBe('q=x');
    expect(serializeFilterState(state({ q: 'x', sort: 'newest' }))).toBe('q=x&sort=newest');
    expect(serializeFilterState(state({ sort: 'newest' }))).toBe('');
    expect(serializeFilterState(state({ sort: 'relevance' }))).toBe('sort=relevance');
  });

  it('percent-encodes the query', () => {
    expect(serializeFilterState(state({ q: 'a&b=c #1 Muxtarlı', sort: 'relevance' }))).toBe('q=a%26b%3Dc+%231+Muxtarl%C4%B1');
  });
});

describe('parseFilterParams', () => {
  it('reads repeated keys, exclusions and bounds, with or without "?"', () => {
    const parsed = parseFilterParams('?q=war&person=b&person=a&person=-c&org=un&from=2021-02&to=2021-03-04&sort=oldest');
    expect(parsed).toEqual(
      state({ q: 'war', include: { person: ['a', 'b'], organization: ['un'] }, exclude: { person: ['c'] }, from: '2021-02', to: '2021-03-04', sort: 'oldest' }),
    );
    expect(parseFilterParams(new URLSearchParams('person=a'))).toEqual(state({ include: { person: ['a'] } }));
  });

  it('defaults the sort from the query', () => {
    expect(parseFilterParams('q=x').sort).toBe('relevance');
    expect(parseFilterParams('').sort).toBe('newest');
    expect(parseFilterParams('sort=bogus&q=x').sort).toBe('relevance');
  });

  it('ignores unknown parameters and malformed values', () => {
    const parsed = parseFilterParams(
      'utm_source=x&person=Not%20A%20Slug&person=-&person=--x&person=a--b&topic=ok-1&year=21&year=2021&from=2021-13&to=2021-02-30&sort=best',
    );
    expect(parsed).toEqual(state({ include: { topic: ['ok-1'], year: ['2021'] } }));
  });

  it('survives bad percent-encoding', () => {
    expect(() => parseFilterParams('q=%E0%A4%A&person=%ZZ&%')).not.toThrow();
    expect(parseFilterParams('q=100%&person=%zz').q).toBe('100%');
    expect(parseFilterParams('q=%E0%A4%A').q).toBe('\uFFFD%A');
  });

  it('keeps the first of single-valued parameters', () => {
    expect(parseFilterParams('q=one&q=two&from=2020-01&from=2021-01').q).toBe('one');
    expect(parseFilterParams('q=one&q=two&from=2020-01&from=2021-01').from).toBe('2020-01');
  });

  it('prefers exclusion when a value is both included and excluded', () => {
    expect(parseFilterParams('person=a&person=-a')).toEqual(state({ exclude: { person: ['a'] } }));
  });

  it('collapses whitespace in the query', () => {
    expect(parseFilterParams('q=++a+%09+b++').q).toBe('a b');
  });

  it('parses any string without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        parseFilterParams(s);
      }),
      { numRuns: 500 },
    );
    const urlish = fc
      .array(fc.tuple(fc.constantFrom('q', 'person', 'org', 'year', 'from', 'to', 'sort', 'x', '%', ''), fc.string({ unit: 'binary' })))
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    fc.assert(
      fc.property(urlish, (s) => {
        const parsed = parseFilterParams(s);
        // Whatever came in, what comes out is canonical.
        expect(parseFilterParams(serializeFilterState(parsed))).toEqual(parsed);
      }),
      { numRuns: 500 },
    );
  });
});

const slugArb = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9ıéа-я]{1,4}){0,2}$/);
const anyValue = fc.oneof(slugArb, fc.string(), fc.stringMatching(/^\d{4}$/));
const selectionArb: fc.Arbitrary<FacetSelection> = fc.record(
  Object.fromEntries(FACET_KEYS.map((k) => [k, fc.array(anyValue, { maxLength: 4 })])) as Record<FacetKey, fc.Arbitrary<string[]>>,
);
const boundArb = fc.option(
  fc.oneof(
    fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.string(),
  ),
);
const stateArb: fc.Arbitrary<FilterState> = fc.record({
  q: fc.oneof(fc.string({ unit: 'binary' }), fc.constant('')),
  include: selectionArb,
  exclude: selectionArb,
  from: boundArb,
  to: boundArb,
  sort: fc.constantFrom('relevance' as const, 'newest' as const, 'oldest' as const),
});

describe('URL round trip', () => {
  it('parse(serialize(s)) equals the normalized state', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        expect(parseFilterParams(serializeFilterState(s))).toEqual(normalizeFilterState(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('serialize(parse(serialize(s))) === serialize(s)', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const once = serializeFilterState(s);
        expect(serializeFilterState(parseFilterParams(once))).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps valid states intact', () => {
    const valid = state({
      q: 'Muxtarlı – “Karabakh”',
      include: { person: ['fuad-muxtarli'], year: ['2020', '2021'] },
      exclude: { section: ['sport'] },
      from: '2020-02-29',
      to: '2021-12',
      sort: 'newest',
    });
    expect(parseFilterParams(serializeFilterState(valid))).toEqual(valid);
  });
});
