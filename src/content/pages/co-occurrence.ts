import type { ArticleMeta, EntityType } from '../../shared/content-types';
import type { CoOccurrence } from '../../shared/page-data';

export interface CoOccurrenceOptions {
  /** Which kinds of entity to report. */
  types: readonly EntityType[];
  /** At most this many per type. */
  limit: number;
}

/**
 * The entities most often mentioned alongside one entity, counted in articles (an article that
 * names both ten times is one shared article, so one long piece cannot dominate), most shared
 * articles first, then A to Z. Grouped by type in the order of `types`.
 */
export function coOccurring(articles: readonly ArticleMeta[], type: EntityType, slug: string, options: CoOccurrenceOptions): Map<EntityType, CoOccurrence[]> {
  const wanted = new Set(options.types);
  const counts = new Map<string, CoOccurrence>();
  for (const article of articles) {
    if (!article.entities.some((entity) => entity.type === type && entity.slug === slug)) continue;
    for (const other of article.entities) {
      if (!wanted.has(other.type) || (other.type === type && other.slug === slug)) continue;
      const key = `${other.type}:${other.slug}`;
      const seen = counts.get(key);
      if (seen) seen.articles += 1;
      else counts.set(key, { type: other.type, slug: other.slug, name: other.name, articles: 1 });
    }
  }
  const byType = new Map<EntityType, CoOccurrence[]>();
  for (const wantedType of options.types) {
    const ranked = [...counts.values()]
      .filter((entry) => entry.type === wantedType)
      .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name, 'en'))
      .slice(0, options.limit);
    byType.set(wantedType, ranked);
  }
  return byType;
}
