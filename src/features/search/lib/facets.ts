// Facet filtering over bitsets. Built once from the search catalog; each evaluation computes the
// matching set and, per facet value, how many articles would match if that value were added
// (Pagefind's model), without materializing any per-value article list.
import type { SearchCatalog } from '../../../shared/search-catalog';
import {
  andInPlace,
  andNotInPlace,
  countAnd,
  countBits,
  countIdsIn,
  createBitset,
  fullBitset,
  orInPlace,
  setBit,
  setIds,
  wordsFor,
} from './bitset';
import { FACET_KEYS } from './filter-state';
import type { FacetKey, FilterState } from './filter-state';

export interface FacetValueInfo {
  slug: string;
  name: string;
  /** Articles with this value in the whole corpus. */
  total: number;
}

export interface FacetGroup {
  key: FacetKey;
  /** Sorted by total desc, then name. */
  values: FacetValueInfo[];
  indexOf: ReadonlyMap<string, number>;
  /** Per value: article indices, ascending. */
  postings: Uint32Array[];
  /** Per value: a bitset when the value is frequent enough that word-wise AND beats walking ids. */
  dense: (Uint32Array | null)[];
}

export interface FilterIndex {
  size: number;
  groups: Record<FacetKey, FacetGroup>;
  /** Per article: yyyymmdd as a number, 0 when undated. */
  dateKeys: Int32Array;
  /** Article indices newest first / oldest first, undated last in both. */
  newestFirst: Uint32Array;
  oldestFirst: Uint32Array;
}

interface Accumulator {
  values: FacetValueInfo[];
  ids: number[][];
  indexOf: Map<string, number>;
}

function add(acc: Accumulator, slug: string, name: string, article: number): void {
  let v = acc.indexOf.get(slug);
  if (v === undefined) {
    v = acc.values.length;
    acc.indexOf.set(slug, v);
    acc.values.push({ slug, name, total: 0 });
    acc.ids.push([]);
  }
  const ids = acc.ids[v]!;
  // Articles are visited in order, so a repeat can only be the last one (an entity listed twice).
  if (ids[ids.length - 1] === article) return;
  ids.push(article);
  acc.values[v]!.total++;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function finishGroup(key: FacetKey, acc: Accumulator, size: number): FacetGroup {
  const order = acc.values.map((_, i) => i);
  order.sort((a, b) => {
    const va = acc.values[a]!;
    const vb = acc.values[b]!;
    return vb.total - va.total || collator.compare(va.name, vb.name) || (va.slug < vb.slug ? -1 : va.slug > vb.slug ? 1 : 0);
  });
  const words = wordsFor(size);
  const values = order.map((i) => acc.values[i]!);
  const postings = order.map((i) => Uint32Array.from(acc.ids[i]!));
  const dense = postings.map((ids) => {
    if (ids.length < words) return null;
    const bits = createBitset(size);
    setIds(bits, ids);
    return bits;
  });
  return { key, values, indexOf: new Map(values.map((v, i) => [v.slug, i])), postings, dense };
}

function dateKey(date: string | null): number {
  if (date === null) return 0;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]) : 0;
}

/** Builds the filter data from the catalog (article index = position in ContentIndex.articles order). */
export function buildFilterIndex(catalog: SearchCatalog): FilterIndex {
  const acc = {} as Record<FacetKey, Accumulator>;
  for (const key of FACET_KEYS) acc[key] = { values: [], ids: [], indexOf: new Map() };
  const size = catalog.size;
  const dateKeys = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    const section = catalog.sections[catalog.section[i]!];
    if (section) add(acc.section, section.slug, section.name, i);
    const author = catalog.authors[catalog.author[i]!];
    if (author) add(acc.author, author.slug, author.name, i);
    const key = dateKey(catalog.dates[i] ?? null);
    dateKeys[i] = key;
    if (key !== 0) {
      const year = String(Math.floor(key / 10000));
      add(acc.year, year, year, i);
    }
    for (const e of catalog.articleEntities[i]!) {
      const entity = catalog.entities[e];
      if (entity) add(acc[entity.type], entity.slug, entity.name, i);
    }
  }
  const groups = {} as Record<FacetKey, FacetGroup>;
  for (const key of FACET_KEYS) groups[key] = finishGroup(key, acc[key], size);

  const ids = Array.from({ length: size }, (_, i) => i);
  const undatedLast = (a: number, b: number, sign: number) => {
    const ka = dateKeys[a]!;
    const kb = dateKeys[b]!;
    if (ka === 0 || kb === 0) return (ka === 0 ? 1 : 0) - (kb === 0 ? 1 : 0) || a - b;
    return sign * (ka - kb) || a - b;
  };
  return {
    size,
    groups,
    dateKeys,
    newestFirst: Uint32Array.from([...ids].sort((a, b) => undatedLast(a, b, -1))),
    oldestFirst: Uint32Array.from([...ids].sort((a, b) => undatedLast(a, b, 1))),
  };
}

export interface FilterResult {
  /** Bitset of matching articles. */
  matches: Uint32Array;
  matchCount: number;
  /** Per facet key, aligned with FilterIndex.groups[key].values: matches if that value were added to the includes. */
  counts: Record<FacetKey, Uint32Array>;
}

function boundKey(bound: string, end: boolean): number {
  const [y, m, d] = bound.split('-').map(Number);
  // A month bound covers the whole month: day 00 sorts before its first day, 99 after its last.
  return (y ?? 0) * 10000 + (m ?? 0) * 100 + (d ?? (end ? 99 : 0));
}

function dateMask(index: FilterIndex, from: string | null, to: string | null): Uint32Array | null {
  if (from === null && to === null) return null;
  const lo = from === null ? 1 : boundKey(from, false);
  const hi = to === null ? Number.MAX_SAFE_INTEGER : boundKey(to, true);
  const bits = createBitset(index.size);
  const keys = index.dateKeys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k !== 0 && k >= lo && k <= hi) setBit(bits, i);
  }
  return bits;
}

/** OR of the given values' articles; unknown values match nothing. */
function unionOf(index: FilterIndex, key: FacetKey, slugs: readonly string[]): Uint32Array {
  const group = index.groups[key];
  const bits = createBitset(index.size);
  for (const slug of slugs) {
    const v = group.indexOf.get(slug);
    if (v === undefined) continue;
    const dense = group.dense[v];
    if (dense) orInPlace(bits, dense);
    else setIds(bits, group.postings[v]!);
  }
  return bits;
}

function countIntersection(group: FacetGroup, v: number, bits: Uint32Array): number {
  const dense = group.dense[v];
  return dense ? countAnd(dense, bits) : countIdsIn(group.postings[v]!, bits);
}

/**
 * Evaluates the facet and date parts of `state` (the text query is applied by the caller through
 * `candidates`, e.g. the bitset of text hits). OR within a key, AND across keys, excluded values
 * removed, date bounds inclusive (undated articles fail any bound).
 */
export function evaluateFilters(index: FilterIndex, state: FilterState, candidates: Uint32Array | null = null): FilterResult {
  const { size } = index;
  // Everything except the per-key include unions: candidates ∩ dates \ excluded.
  const base = candidates ? candidates.slice() : fullBitset(size);
  const dates = dateMask(index, state.from, state.to);
  if (dates) andInPlace(base, dates);
  for (const key of FACET_KEYS) {
    if (state.exclude[key].length > 0) andNotInPlace(base, unionOf(index, key, state.exclude[key]));
  }
  const unions = new Map<FacetKey, Uint32Array>();
  for (const key of FACET_KEYS) {
    if (state.include[key].length > 0) unions.set(key, unionOf(index, key, state.include[key]));
  }
  const matches = base.slice();
  for (const u of unions.values()) andInPlace(matches, u);
  const matchCount = countBits(matches);

  const counts = {} as Record<FacetKey, Uint32Array>;
  for (const key of FACET_KEYS) {
    const group = index.groups[key];
    const out = new Uint32Array(group.values.length);
    counts[key] = out;
    const own = unions.get(key);
    if (own === undefined) {
      for (let v = 0; v < out.length; v++) out[v] = countIntersection(group, v, matches);
      continue;
    }
    // With includes in this key, adding v gives: others ∩ (own ∪ v) = current + |others ∩ v \ own|.
    const extra = base.slice();
    for (const [other, u] of unions) if (other !== key) andInPlace(extra, u);
    andNotInPlace(extra, own);
    for (let v = 0; v < out.length; v++) out[v] = matchCount + countIntersection(group, v, extra);
  }
  return { matches, matchCount, counts };
}

export interface FacetOption extends FacetValueInfo {
  /** Articles that would match with this value added to the current filters. */
  count: number;
  included: boolean;
  excluded: boolean;
}

/**
 * A key's values for display, by live count desc then the static order (total desc, name).
 * Selected values are always listed, even at count 0, so they can be removed. With a limit, only
 * the top values are found (one pass, no sort of the whole group: People can have thousands).
 */
export function facetOptions(index: FilterIndex, result: FilterResult, state: FilterState, key: FacetKey, limit = Infinity): FacetOption[] {
  const group = index.groups[key];
  const counts = result.counts[key];
  const included = new Set(state.include[key]);
  const excluded = new Set(state.exclude[key]);
  const before = (a: number, b: number) => counts[a]! > counts[b]! || (counts[a] === counts[b] && a < b);
  const top: number[] = [];
  const selected: number[] = [];
  for (let v = 0; v < group.values.length; v++) {
    const slug = group.values[v]!.slug;
    if (included.has(slug) || excluded.has(slug)) {
      selected.push(v);
      continue;
    }
    if (counts[v] === 0) continue;
    if (top.length >= limit && !before(v, top[top.length - 1]!)) continue;
    let at = top.length;
    while (at > 0 && before(v, top[at - 1]!)) at--;
    top.splice(at, 0, v);
    if (top.length > limit) top.pop();
  }
  const order = [...top, ...selected].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  return order.map((v) => {
    const info = group.values[v]!;
    return { ...info, count: counts[v]!, included: included.has(info.slug), excluded: excluded.has(info.slug) };
  });
}

/** How many values facetOptions would list without a limit. */
export function facetOptionCount(index: FilterIndex, result: FilterResult, state: FilterState, key: FacetKey): number {
  const group = index.groups[key];
  const counts = result.counts[key];
  const selected = new Set([...state.include[key], ...state.exclude[key]]);
  let n = 0;
  for (let v = 0; v < counts.length; v++) if (counts[v]! > 0 || selected.has(group.values[v]!.slug)) n++;
  return n;
}

/** Matching article indices in date order (undated last), without sorting. */
export function matchesInDateOrder(index: FilterIndex, matches: Uint32Array, order: 'newest' | 'oldest'): number[] {
  const ids = order === 'newest' ? index.newestFirst : index.oldestFirst;
  const out: number[] = [];
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k]!;
    if ((matches[i >>> 5]! >>> (i & 31)) & 1) out.push(i);
  }
  return out;
}
