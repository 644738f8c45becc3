import { describe, expect, it } from 'vitest';
import { articlesMentioning } from '../../../src/content/pages/entity-articles';
import { makeArticle, person, place } from './make-article';

describe('articlesMentioning', () => {
  const articles = [
    makeArticle('newest-once', '2024-05-02', [person('ana-lopes', 'Ana Lopes', 1)]),
    makeArticle('unrelated', '2024-05-01', [person('bo-li', 'Bo Li', 4)]),
    makeArticle('old-thrice', '2020-01-01', [person('ana-lopes', 'Ana Lopes', 3)]),
    makeArticle('undated-once', null, [person('ana-lopes', 'Ana Lopes', 1)]),
    makeArticle('older-once', '2023-09-09', [person('ana-lopes', 'Ana Lopes', 1)]),
    makeArticle('place-of-same-slug', '2025-01-01', [place('ana-lopes', 'Ana Lopes', 9)]),
  ];

  it('orders by mentions, then newest first with undated last, and counts each article', () => {
    expect(articlesMentioning(articles, 'person', 'ana-lopes').map(({ article, mentions }) => [article.slug, mentions])).toEqual([
      ['old-thrice', 3],
      ['newest-once', 1],
      ['older-once', 1],
      ['undated-once', 1],
    ]);
  });

  it('matches type as well as slug', () => {
    expect(articlesMentioning(articles, 'place', 'ana-lopes').map(({ article }) => article.slug)).toEqual(['place-of-same-slug']);
  });

  it('returns nothing for an entity no article mentions', () => {
    expect(articlesMentioning(articles, 'person', 'nobody')).toEqual([]);
  });
});
