import type { ArticleMeta, EntityInfo, EntityType } from '../../shared/content-types';
import { dataKeys } from '../../shared/data-keys';
import type { ArticlePageData, ArticleSummary, EntityIndexData, EntityPageData, ListPageData, PathSource, SiteIndex } from '../../shared/page-data';
import { encodeSearchCatalog, type SearchCatalogData } from '../../shared/search-catalog';
import { encodeTitleBlocks, type TitleBlockData } from '../../shared/search-titles';
import type { Corpus } from '../build-corpus';
import { coOccurring } from './co-occurrence';
import { articlesMentioning } from './entity-articles';
import { createRelatedRanker } from './related-articles';

const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'topic'];
/** People and topics shown beside an entity's articles, per type. */
const RELATED_ENTITY_LIMIT = 8;
const RELATED_ARTICLE_LIMIT = 4;

export interface SiteData {
  /** The first-load index, without the dev server's problems. */
  index: Omit<SiteIndex, 'problems'>;
  /** Every page's data chunk by key (see src/shared/data-keys.ts), computed when first asked for. */
  items: Map<string, () => unknown>;
  paths: PathSource;
  /** The search page's filter data. */
  catalog: () => SearchCatalogData;
  /** The search results' titles and slugs, in blocks of consecutive articles. */
  titleBlocks: () => TitleBlockData[];
}

export function toSummary({ entities: _entities, source: _source, ...summary }: ArticleMeta): ArticleSummary {
  return summary;
}

function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/**
 * Cuts the corpus into per-page data: list pages for home and every section, one chunk per article (its body,
 * neighbours and related articles, ranked here at build time), one per page of an entity's articles, one per
 * entity type's index, and the search page's catalog.
 */
export function buildSiteData(corpus: Corpus, pageSize: number): SiteData {
  const { articles, sections, entities } = corpus.index;
  const items = new Map<string, () => unknown>();

  const addList = (section: string | null, list: readonly ArticleMeta[]): number => {
    const pages = pageCount(list.length, pageSize);
    for (let page = 1; page <= pages; page++) {
      items.set(
        dataKeys.list(section, page),
        once((): ListPageData => ({ page, pageCount: pages, pageSize, total: list.length, articles: list.slice((page - 1) * pageSize, page * pageSize).map(toSummary) })),
      );
    }
    return pages;
  };
  const homePages = addList(null, articles);
  const sectionPages = sections.map((section) => ({ slug: section.slug, pages: addList(section.slug, articles.filter((article) => article.sectionSlug === section.slug)) }));

  const rank = once(() => createRelatedRanker(articles));
  articles.forEach((article, i) => {
    const link = (other: ArticleMeta | undefined) => (other ? { slug: other.slug, title: other.title } : null);
    items.set(
      dataKeys.article(article.slug),
      once((): ArticlePageData => ({
        article,
        body: corpus.bodies.get(article.slug) ?? { slug: article.slug, blocks: [], mentions: [] },
        previous: link(articles[i - 1]),
        next: link(articles[i + 1]),
        related: rank()(article, RELATED_ARTICLE_LIMIT).map(({ article: other, shared }) => ({ slug: other.slug, title: other.title, shared })),
      })),
    );
  });

  const mentioning = new Map<string, ArticleMeta[]>();
  for (const article of articles) {
    for (const entity of article.entities) {
      const key = `${entity.type}:${entity.slug}`;
      const list = mentioning.get(key);
      if (!list) mentioning.set(key, [article]);
      else if (list.at(-1) !== article) list.push(article);
    }
  }
  const entityPages = entities.map((entity) => ({ type: entity.type, slug: entity.slug, pages: addEntity(entity) }));
  function addEntity(entity: EntityInfo): number {
    const own = mentioning.get(`${entity.type}:${entity.slug}`) ?? [];
    const pages = pageCount(own.length, pageSize);
    const ranked = once(() => articlesMentioning(own, entity.type, entity.slug));
    const related = once(() => [...coOccurring(own, entity.type, entity.slug, { types: ['person', 'topic'], limit: RELATED_ENTITY_LIMIT })]);
    for (let page = 1; page <= pages; page++) {
      items.set(
        dataKeys.entity(entity.type, entity.slug, page),
        once((): EntityPageData => ({
          entity,
          page,
          pageCount: pages,
          pageSize,
          total: own.length,
          mentionTotal: ranked().reduce((sum, entry) => sum + entry.mentions, 0),
          articles: ranked()
            .slice((page - 1) * pageSize, page * pageSize)
            .map(({ article, mentions }) => ({ article: toSummary(article), mentions })),
          related: related(),
        })),
      );
    }
    return pages;
  }

  const entityCounts: Record<EntityType, number> = { person: 0, place: 0, organization: 0, topic: 0 };
  for (const entity of entities) entityCounts[entity.type] += 1;
  for (const type of ENTITY_TYPES) {
    items.set(dataKeys.entityIndex(type), once((): EntityIndexData => ({ type, entities: entities.filter((entity) => entity.type === type) })));
  }

  return {
    index: { siteName: corpus.index.siteName, articleCount: articles.length, sections, entityCounts },
    items,
    paths: { articleSlugs: articles.map((article) => article.slug), homePages, sections: sectionPages, entities: entityPages },
    catalog: once(() => encodeSearchCatalog(articles)),
    titleBlocks: once(() => encodeTitleBlocks(articles)),
  };
}
