// Names of the per-page data chunks, shared by the content plugin (which writes them) and the app (which loads them).
// The client cannot hold a table of every chunk in its first load (10,000 articles would make it megabytes), so
// the keys are spread over small shard modules by a hash both sides compute: a page loads the shard its key falls
// in (a couple of kB, cached after), then its own chunk. The shards' loaders are themselves spread over a fixed
// number of tables, so the first load holds SHARD_TABLES loaders and the shard count, whatever the corpus size.
import type { EntityType } from './content-types';

/** Keys per shard, so a shard stays small (~2 kB gzip) however large the corpus. */
export const KEYS_PER_SHARD = 200;

/** Tables of shard loaders: a fixed number, so the first load's part of this scheme never grows. */
export const SHARD_TABLES = 16;

export function shardCount(keys: number): number {
  return Math.max(1, Math.ceil(keys / KEYS_PER_SHARD));
}

/** Newest articles per list page (home, sections) and per entity page. */
export const DEFAULT_PAGE_SIZE = 20;

export const dataKeys = {
  /** `section` null is the home page's list of every article. */
  list: (section: string | null, page: number) => (section === null ? `list/all/${page}` : `list/section/${section}/${page}`),
  article: (slug: string) => `article/${slug}`,
  entity: (type: EntityType, slug: string, page: number) => `entity/${type}/${slug}/${page}`,
  entityIndex: (type: EntityType) => `entities/${type}`,
};

/** FNV-1a over UTF-16 code units: fast, stable, and the same in Node and every browser. */
export function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % Math.max(1, shards);
}

/**
 * A page number from a URL segment: only the canonical form of 2 or more (page 1 is the list's own address, so
 * `/page/1`, `/page/02` and `/page/x` are not pages).
 */
export function parsePageParam(value: string | undefined): number | null {
  if (value === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(value)) return null;
  const page = Number(value);
  return page >= 2 ? page : null;
}
