import { useMemo } from 'react';
import type { ArticleMeta } from '../../shared/content-types';
import { buildFilterIndex } from './lib/facets';
import type { FilterIndex } from './lib/facets';

// Built once per content index, not once per visit to the page.
const cache = new WeakMap<readonly ArticleMeta[], FilterIndex>();

export function useFilterIndex(articles: readonly ArticleMeta[]): FilterIndex {
  return useMemo(() => {
    let index = cache.get(articles);
    if (!index) {
      index = buildFilterIndex(articles);
      cache.set(articles, index);
    }
    return index;
  }, [articles]);
}
