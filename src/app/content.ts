import index from 'virtual:content';
import { bodyLoaders } from 'virtual:content/bodies';
import type { ArticleBody, ArticleMeta, SectionInfo } from '../shared/content-types';

/** The build-time content index: the only way the app reaches article data. */
export const content = index;

const bySlug = new Map(index.articles.map((article) => [article.slug, article]));
const sectionsBySlug = new Map(index.sections.map((section) => [section.slug, section]));

export function findArticle(slug: string | undefined): ArticleMeta | undefined {
  return slug === undefined ? undefined : bySlug.get(slug);
}

export function findSection(slug: string | undefined): SectionInfo | undefined {
  return slug === undefined ? undefined : sectionsBySlug.get(slug);
}

/** Each body is its own chunk, fetched only when its article is opened. */
export async function loadArticleBody(slug: string): Promise<ArticleBody | null> {
  const load = bodyLoaders[slug];
  if (!load) return null;
  const module = await load();
  return module.default;
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
