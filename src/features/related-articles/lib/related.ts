import type { ArticleMeta, EntityType } from '../../../shared/content-types';

/**
 * People and topics say most about what an article is about; places and organisations recur across
 * unrelated news (every article from one capital shares it), so they only break ties.
 */
const WEIGHTS: Record<EntityType, number> = { person: 3, topic: 3, organization: 1, place: 0.5 };

export interface RelatedArticle {
  article: ArticleMeta;
  score: number;
  /** Names of the people and topics both articles share, most telling first. */
  shared: string[];
}

/**
 * Articles sharing people and topics with `article`, best first. An entity mentioned often in both counts
 * more than a passing mention; rare entities count more than ones found everywhere (inverse document frequency).
 * Ties go to the newer article, then by title, so the order is stable.
 */
export function relatedArticles(article: ArticleMeta, articles: readonly ArticleMeta[], limit = 4): RelatedArticle[] {
  const documentFrequency = new Map<string, number>();
  for (const other of articles) {
    for (const entity of other.entities) {
      const key = `${entity.type}:${entity.slug}`;
      documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
    }
  }
  const total = Math.max(1, articles.length);
  const own = new Map(article.entities.map((entity) => [`${entity.type}:${entity.slug}`, entity]));

  const scored: RelatedArticle[] = [];
  for (const other of articles) {
    if (other.slug === article.slug) continue;
    let score = 0;
    let telling = 0;
    const shared: { name: string; weight: number }[] = [];
    for (const entity of other.entities) {
      const key = `${entity.type}:${entity.slug}`;
      const mine = own.get(key);
      if (!mine) continue;
      const rarity = Math.log(1 + total / (documentFrequency.get(key) ?? 1));
      const weight = WEIGHTS[entity.type] * rarity * Math.log2(1 + Math.min(mine.count, entity.count));
      score += weight;
      if (entity.type === 'person' || entity.type === 'topic') {
        telling += 1;
        shared.push({ name: mine.name, weight });
      }
    }
    // Sharing only a place or an organisation is not enough to call two articles related.
    if (telling === 0) continue;
    scored.push({ article: other, score, shared: shared.sort((a, b) => b.weight - a.weight).map((entry) => entry.name) });
  }

  return scored
    .sort((a, b) => b.score - a.score || (b.article.date ?? '').localeCompare(a.article.date ?? '') || a.article.title.localeCompare(b.article.title))
    .slice(0, limit);
}
