import type { ArticleMeta, EntityType } from '../../shared/content-types';

export interface EntityArticle {
  article: ArticleMeta;
  /** How many times the entity is mentioned in this article. */
  mentions: number;
}

/**
 * The articles that mention an entity: most mentions first, then newest (undated last), then by
 * title so the order is stable between builds.
 */
export function articlesMentioning(articles: readonly ArticleMeta[], type: EntityType, slug: string): EntityArticle[] {
  const found: EntityArticle[] = [];
  for (const article of articles) {
    const entity = article.entities.find((candidate) => candidate.type === type && candidate.slug === slug);
    if (entity) found.push({ article, mentions: entity.count });
  }
  return found.sort(
    (a, b) => b.mentions - a.mentions || compareNewestFirst(a.article.date, b.article.date) || a.article.title.localeCompare(b.article.title, 'en'),
  );
}

function compareNewestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  // ISO dates compare correctly as strings.
  return a < b ? 1 : -1;
}
