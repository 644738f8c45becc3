import index from 'virtual:content';
import { shardCount, tableLoaders } from 'virtual:content/data';
import type { ArticleBody, EntityType, SectionInfo } from '../shared/content-types';
import { dataKeys, shardOf } from '../shared/data-keys';
import type { ArticlePageData, EntityIndexData, EntityPageData, ListPageData } from '../shared/page-data';

/**
 * The first-load index: site name, article count, sections, entity counts (and the dev server's problems).
 * Everything else arrives per page through the loaders below: the only way the app reaches article data.
 */
export const content = index;

const sectionsBySlug = new Map(index.sections.map((section) => [section.slug, section]));

export function findSection(slug: string | undefined): SectionInfo | undefined {
  return slug === undefined ? undefined : sectionsBySlug.get(slug);
}

/** A page's data chunk by key: its shard table and shard (small tables of loaders, cached after first use), then the chunk. */
async function loadData<T>(key: string): Promise<T | null> {
  const shardIndex = shardOf(key, shardCount);
  const table = await tableLoaders[shardIndex % tableLoaders.length]?.();
  const shard = await table?.default[shardIndex]?.();
  const load = shard?.default[key];
  if (!load) return null;
  return (await load()).default as T | null;
}

export const loadListPage = (section: string | null, page: number) => loadData<ListPageData>(dataKeys.list(section, page));
export const loadArticlePage = (slug: string) => loadData<ArticlePageData>(dataKeys.article(slug));
export const loadEntityPage = (type: EntityType, slug: string, page: number) => loadData<EntityPageData>(dataKeys.entity(type, slug, page));
export const loadEntityIndex = (type: EntityType) => loadData<EntityIndexData>(dataKeys.entityIndex(type));

/** An article's text, e.g. for a search result's snippet: the article's own chunk. */
export async function loadArticleBody(slug: string): Promise<ArticleBody | null> {
  return (await loadArticlePage(slug))?.body ?? null;
}

/** The search page's compact data about every article (no summaries or text): loaded on that page only. */
export async function loadSearchCatalog(): Promise<unknown> {
  return (await import('virtual:content/catalog')).default;
}

/** Block `block` of the search results' titles and slugs (see src/shared/search-titles.ts): loaded as results show. */
export async function loadTitleBlock(block: number): Promise<unknown> {
  const { blockLoaders } = await import('virtual:content/titles');
  const load = blockLoaders[block];
  return load ? (await load()).default : null;
}

/**
 * The text-search index: its manifest on first use of search, then one chunk per query word as typed.
 * Never part of a page's first load.
 */
export async function loadSearchSource(): Promise<{ manifest: unknown; loadChunk: (index: number) => Promise<unknown> }> {
  const { manifest, chunkLoaders } = await import('virtual:content/search');
  return {
    manifest,
    loadChunk: async (index) => {
      const load = chunkLoaders[index];
      return load ? (await load()).default : null;
    },
  };
}
