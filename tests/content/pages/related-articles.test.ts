import { describe, expect, it } from 'vitest';
import type { ArticleEntity, ArticleMeta } from '../../../src/shared/content-types';
import { createRelatedRanker, relatedArticles } from '../../../src/content/pages/related-articles';

const entity = (type: ArticleEntity['type'], name: string, count = 1): ArticleEntity => ({ type, slug: name.toLowerCase().replace(/\s+/g, '-'), name, count });
const article = (slug: string, entities: ArticleEntity[], date = '2024-01-01'): ArticleMeta => ({
  slug,
  title: slug,
  author: null,
  section: 'News',
  sectionSlug: 'news',
  date,
  summary: '',
  wordCount: 100,
  source: `${slug}.txt`,
  entities,
});

describe('related articles', () => {
  const current = article('current', [entity('person', 'Ilham Aliyev', 4), entity('topic', 'Ceasefire', 2), entity('place', 'Moscow', 3)]);
  const samePerson = article('same-person', [entity('person', 'Ilham Aliyev', 3)]);
  const personAndTopic = article('person-and-topic', [entity('person', 'Ilham Aliyev', 1), entity('topic', 'Ceasefire', 1)]);
  const placeOnly = article('place-only', [entity('place', 'Moscow', 5)]);
  const unrelated = article('unrelated', [entity('person', 'Someone Else')]);
  const all = [current, samePerson, personAndTopic, placeOnly, unrelated];

  it('ranks by shared people and topics, and leaves out articles sharing only a place or nothing', () => {
    const related = relatedArticles(current, all);
    expect(related.map((entry) => entry.article.slug)).toEqual(['person-and-topic', 'same-person']);
    expect(related[0]?.shared).toEqual(expect.arrayContaining(['Ilham Aliyev', 'Ceasefire']));
  });

  it('never lists the article itself and respects the limit', () => {
    expect(relatedArticles(current, all, 1)).toHaveLength(1);
    expect(relatedArticles(current, all).some((entry) => entry.article.slug === 'current')).toBe(false);
  });

  it('breaks ties by date, newest first', () => {
    const older = article('older', [entity('person', 'Ilham Aliyev', 3)], '2020-01-01');
    const newer = article('newer', [entity('person', 'Ilham Aliyev', 3)], '2023-01-01');
    expect(relatedArticles(current, [current, older, newer]).map((entry) => entry.article.slug)).toEqual(['newer', 'older']);
  });
});

/** The ranking as first written: every other article scored against this one. The ranker must agree with it. */
function rankByScanning(current: ArticleMeta, articles: readonly ArticleMeta[], limit = 4) {
  const weights = { person: 3, topic: 3, organization: 1, place: 0.5 };
  const df = new Map<string, number>();
  for (const other of articles) for (const e of other.entities) df.set(`${e.type}:${e.slug}`, (df.get(`${e.type}:${e.slug}`) ?? 0) + 1);
  const own = new Map(current.entities.map((e) => [`${e.type}:${e.slug}`, e]));
  const scored = [];
  for (const other of articles) {
    if (other.slug === current.slug) continue;
    let score = 0;
    const shared: { name: string; weight: number }[] = [];
    for (const e of other.entities) {
      const mine = own.get(`${e.type}:${e.slug}`);
      if (!mine) continue;
      const weight = weights[e.type] * Math.log(1 + articles.length / df.get(`${e.type}:${e.slug}`)!) * Math.log2(1 + Math.min(mine.count, e.count));
      score += weight;
      if (e.type === 'person' || e.type === 'topic') shared.push({ name: mine.name, weight });
    }
    if (shared.length > 0) scored.push({ slug: other.slug, date: other.date, title: other.title, score, shared: shared.sort((a, b) => b.weight - a.weight).map((x) => x.name) });
  }
  return scored
    .sort((a, b) => b.score - a.score || (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title))
    .slice(0, limit)
    .map(({ slug, shared }) => ({ slug, shared }));
}

describe('the corpus-wide ranker', () => {
  it('ranks every article as scanning the whole corpus would', () => {
    // A deterministic pseudo-random corpus: 300 articles over a few dozen people, topics, places and organisations.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const types = ['person', 'topic', 'place', 'organization'] as const;
    const corpus = Array.from({ length: 300 }, (_, i) => {
      const chosen = new Map<string, ArticleEntity>();
      for (let k = 0; k < 1 + next(6); k++) {
        const type = types[next(4)]!;
        const e = entity(type, `${type} ${next(30)}`, 1 + next(5));
        chosen.set(`${e.type}:${e.slug}`, e);
      }
      return article(`a${i}`, [...chosen.values()], `2024-0${1 + next(9)}-1${next(10)}`);
    });
    const rank = createRelatedRanker(corpus);
    for (const current of corpus) {
      expect(rank(current).map(({ article: a, shared }) => ({ slug: a.slug, shared })), current.slug).toEqual(rankByScanning(current, corpus));
    }
  });
});
