import { describe, expect, it } from 'vitest';
import type { ArticleEntity, ArticleMeta } from '../../../../src/shared/content-types';
import { relatedArticles } from '../../../../src/features/related-articles/lib/related';

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
