/* eslint-disable @typescript-eslint/consistent-type-imports -- ambient module declarations cannot use relative `import type`. */
declare module 'virtual:content' {
  /** Site-wide facts only: its size does not grow with the number of articles. */
  const index: import('./shared/page-data').SiteIndex;
  export default index;
}

declare module 'virtual:content/data' {
  /** How many shards the keys are spread over (src/shared/data-keys.ts). */
  export const shardCount: number;
  /** SHARD_TABLES loaders; table i maps each shard s with s % SHARD_TABLES === i to its loader; a shard maps keys to chunk loaders. */
  export const tableLoaders: (() => Promise<{
    default: Record<number, () => Promise<{ default: Record<string, () => Promise<{ default: unknown }>> }>>;
  }>)[];
}

declare module 'virtual:content/catalog' {
  /** The search page's data: decode with decodeSearchCatalog. */
  const catalog: unknown;
  export default catalog;
}

declare module 'virtual:content/paths' {
  /** Every page's path; imported by the prerender only. */
  const paths: import('./shared/page-data').PathSource;
  export default paths;
}

declare module 'virtual:content/search' {
  /** The body-text index's first piece; see src/content/search/build-search-index.ts. */
  export const manifest: import('./shared/search-options').SearchManifest;
  /** One loader per chunk of the index, in manifest.chunkStarts order. */
  export const chunkLoaders: (() => Promise<{ default: import('./shared/search-options').SearchChunk | null }>)[];
}

declare module 'virtual:content/titles' {
  /** One loader per block of TITLE_BLOCK_SIZE articles' titles; decode with decodeTitleBlock. */
  export const blockLoaders: (() => Promise<{ default: unknown }>)[];
}
