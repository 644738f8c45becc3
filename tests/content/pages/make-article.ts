import type { ArticleEntity, ArticleMeta } from '../../../src/shared/content-types';

/** A minimal ArticleMeta for list logic: only slug, title, date and entities matter to it. */
export function makeArticle(slug: string, date: string | null, entities: ArticleEntity[]): ArticleMeta {
  return { slug, title: slug.toUpperCase(), author: null, section: 'News', sectionSlug: 'news', date, summary: '', wordCount: 100, source: `${slug}.txt`, entities };
}

export const person = (slug: string, name: string, count = 1): ArticleEntity => ({ type: 'person', slug, name, count });
export const topic = (slug: string, name: string, count = 1): ArticleEntity => ({ type: 'topic', slug, name, count });
export const place = (slug: string, name: string, count = 1): ArticleEntity => ({ type: 'place', slug, name, count });
