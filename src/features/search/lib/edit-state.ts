// Pure edits of a FilterState, as the sidebar and chips make them.
import { EMPTY_FILTER_STATE, emptySelection, FACET_KEYS } from './filter-state';
import type { FacetKey, FilterState } from './filter-state';

function without(list: readonly string[], value: string): string[] {
  return list.filter((v) => v !== value);
}

/** Turns a value's inclusion on or off; including a value stops excluding it. */
export function setIncluded(state: FilterState, key: FacetKey, slug: string, on: boolean): FilterState {
  return {
    ...state,
    include: { ...state.include, [key]: on ? [...without(state.include[key], slug), slug] : without(state.include[key], slug) },
    exclude: on ? { ...state.exclude, [key]: without(state.exclude[key], slug) } : state.exclude,
  };
}

/** Turns a value's exclusion on or off; excluding a value stops including it. */
export function setExcluded(state: FilterState, key: FacetKey, slug: string, on: boolean): FilterState {
  return {
    ...state,
    exclude: { ...state.exclude, [key]: on ? [...without(state.exclude[key], slug), slug] : without(state.exclude[key], slug) },
    include: on ? { ...state.include, [key]: without(state.include[key], slug) } : state.include,
  };
}

/** Every facet and date filter removed; the query and sort stay. */
export function clearFilters(state: FilterState): FilterState {
  return { ...EMPTY_FILTER_STATE, include: emptySelection(), exclude: emptySelection(), q: state.q, sort: state.sort };
}

export function activeFilterCount(state: FilterState): number {
  let n = (state.from === null ? 0 : 1) + (state.to === null ? 0 : 1);
  for (const key of FACET_KEYS) n += state.include[key].length + state.exclude[key].length;
  return n;
}
