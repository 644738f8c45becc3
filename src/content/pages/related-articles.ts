import type { ArticleMeta, EntityType } from '../../shared/content-types';

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

interface Posting {
  article: number;
  count: number;
  /** The entity's position in that article's list: ties in weight keep that order. */
  position: number;
}

interface Candidate {
  score: number;
  telling: number;
  shared: { name: string; weight: number; position: number }[];
}

export type RelatedRanker = (article: ArticleMeta, limit?: number) => RelatedArticle[];

/**
 * Ranks related articles for any article of `articles`, built once for the whole corpus (the build ranks every
 * article): each entity's articles are listed up front, so one article's ranking visits only the articles that
 * share an entity with it instead of the whole corpus.
 *
 * Articles sharing people and topics with `article`, best first. An entity mentioned often in both counts
 * more than a passing mention; rare entities count more than ones found everywhere (inverse document frequency).
 * Ties go to the newer article, then by title, so the order is stable.
 */
export function createRelatedRanker(articles: readonly ArticleMeta[]): RelatedRanker {
  const postings = new Map<string, Posting[]>();
  articles.forEach((other, index) => {
    other.entities.forEach((entity, position) => {
      const key = `${entity.type}:${entity.slug}`;
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push({ article: index, count: entity.count, position });
    });
  });
  const total = Math.max(1, articles.length);

  return (article, limit = 4) => {
    const candidates = new Map<number, Candidate>();
    const seen = new Set<string>();
    for (const mine of article.entities) {
      const key = `${mine.type}:${mine.slug}`;
      // An entity listed twice in one article counts once, as when each other article's list is walked.
      if (seen.has(key)) continue;
      seen.add(key);
      const list = postings.get(key) ?? [];
      const rarity = Math.log(1 + total / Math.max(1, list.length));
      for (const posting of list) {
        const other = articles[posting.article]!;
        if (other.slug === article.slug) continue;
        let candidate = candidates.get(posting.article);
        if (!candidate) candidates.set(posting.article, (candidate = { score: 0, telling: 0, shared: [] }));
        const weight = WEIGHTS[mine.type] * rarity * Math.log2(1 + Math.min(mine.count, posting.count));
        candidate.score += weight;
        if (mine.type === 'person' || mine.type === 'topic') {
          candidate.telling += 1;
          candidate.shared.push({ name: mine.name, weight, position: posting.position });
        }
      }
    }
    const scored: RelatedArticle[] = [];
    for (const [index, candidate] of candidates) {
      // Sharing only a place or an organisation is not enough to call two articles related.
      if (candidate.telling === 0) continue;
      const shared = candidate.shared.sort((a, b) => b.weight - a.weight || a.position - b.position).map((entry) => entry.name);
      scored.push({ article: articles[index]!, score: candidate.score, shared });
    }
    return scored
      .sort((a, b) => b.score - a.score || (b.article.date ?? '').localeCompare(a.article.date ?? '') || a.article.title.localeCompare(b.article.title))
      .slice(0, limit);
  };
}

/** The ranking for one article; to rank many, make one ranker with createRelatedRanker. */
export function relatedArticles(article: ArticleMeta, articles: readonly ArticleMeta[], limit = 4): RelatedArticle[] {
  return createRelatedRanker(articles)(article, limit);
}
