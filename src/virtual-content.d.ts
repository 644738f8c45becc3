/* eslint-disable @typescript-eslint/consistent-type-imports -- ambient module declarations cannot use relative `import type`. */
declare module 'virtual:content' {
  const index: import('./shared/content-types').ContentIndex;
  export default index;
}

declare module 'virtual:content/bodies' {
  export const bodyLoaders: Record<string, () => Promise<{ default: import('./shared/content-types').ArticleBody | null }>>;
}

declare module 'virtual:content/search' {
  /** The body-text index's first piece; see src/content/search/build-search-index.ts. */
  export const manifest: import('./shared/search-options').SearchManifest;
  /** One loader per chunk of the index, in manifest.chunkStarts order. */
  export const chunkLoaders: (() => Promise<{ default: import('./shared/search-options').SearchChunk | null }>)[];
}
