import { useMemo } from 'react';
import type { SearchCatalog } from '../../shared/search-catalog';
import { buildFilterIndex } from './lib/facets';
import type { FilterIndex } from './lib/facets';

// Built once per catalog, not once per visit to the page.
const cache = new WeakMap<SearchCatalog, FilterIndex>();

export function useFilterIndex(catalog: SearchCatalog): FilterIndex {
  return useMemo(() => {
    let index = cache.get(catalog);
    if (!index) {
      index = buildFilterIndex(catalog);
      cache.set(catalog, index);
    }
    return index;
  }, [catalog]);
}
