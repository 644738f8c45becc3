/* eslint-disable @typescript-eslint/consistent-type-imports -- ambient module declarations cannot use relative `import type`. */
declare module 'virtual:content' {
  const index: import('./shared/content-types').ContentIndex;
  export default index;
}

declare module 'virtual:content/bodies' {
  export const bodyLoaders: Record<string, () => Promise<{ default: import('./shared/content-types').ArticleBody | null }>>;
}

declare module 'virtual:content/search' {
  /** MiniSearch's serialized index, built at build time with the options in src/shared/search-options.ts. */
  const searchIndex: string;
  export default searchIndex;
}
