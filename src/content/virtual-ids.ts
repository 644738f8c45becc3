/** Ids of the virtual modules the content plugin serves; src/virtual-content.d.ts types them for the client. */
export const INDEX_ID = 'virtual:content';
/** The shard count and the loaders of the fixed number of shard tables (see src/shared/data-keys.ts). */
export const DATA_ID = 'virtual:content/data';
export const SHARD_TABLE_PREFIX = 'virtual:content/shard-table/';
export const SHARD_PREFIX = 'virtual:content/shard/';
export const ITEM_PREFIX = 'virtual:content/item/';
export const CATALOG_ID = 'virtual:content/catalog';
/** Every page's path, for the prerender only. */
export const PATHS_ID = 'virtual:content/paths';
export const SEARCH_ID = 'virtual:content/search';
export const SEARCH_CHUNK_PREFIX = 'virtual:content/search/chunk/';
/** The loaders of the search results' title blocks (src/shared/search-titles.ts), one module per block. */
export const TITLES_ID = 'virtual:content/titles';
export const TITLE_BLOCK_PREFIX = 'virtual:content/titles/block/';

export function itemModuleId(key: string): string {
  return ITEM_PREFIX + encodeURIComponent(key);
}

const ALL = [INDEX_ID, DATA_ID, CATALOG_ID, PATHS_ID, SEARCH_ID, TITLES_ID];
const PREFIXES = [SHARD_TABLE_PREFIX, SHARD_PREFIX, ITEM_PREFIX, SEARCH_CHUNK_PREFIX, TITLE_BLOCK_PREFIX];

export function isContentModule(id: string): boolean {
  return ALL.includes(id) || PREFIXES.some((prefix) => id.startsWith(prefix));
}
