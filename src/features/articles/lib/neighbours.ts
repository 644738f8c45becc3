import type { ArticleMeta } from '../../../shared/content-types';

/** Previous and next in list order (newest first), so "next" reads on into older news. */
export function neighbours(articles: readonly ArticleMeta[], slug: string): { previous: ArticleMeta | null; next: ArticleMeta | null } {
  const index = articles.findIndex((article) => article.slug === slug);
  if (index === -1) return { previous: null, next: null };
  return { previous: articles[index - 1] ?? null, next: articles[index + 1] ?? null };
}
