import { buildSearchData } from '../../../src/content/search/build-search-index';
import type { IndexableArticle, BuildSearchIndexOptions } from '../../../src/content/search/build-search-index';
import type { SearchSource } from '../../../src/features/search/lib/search';

/** The build's search data served the way the app serves it: a manifest plus chunks loaded on demand. */
export function sourceFor(articles: readonly IndexableArticle[], options?: BuildSearchIndexOptions): SearchSource & { loaded: number[] } {
  const { manifest, chunks } = buildSearchData(articles, options);
  const loaded: number[] = [];
  return {
    manifest: JSON.parse(JSON.stringify(manifest)) as unknown,
    loaded,
    loadChunk: (i) => {
      loaded.push(i);
      return Promise.resolve(JSON.parse(JSON.stringify(chunks[i])) as unknown);
    },
  };
}
