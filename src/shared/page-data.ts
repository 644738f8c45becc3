// The shapes of the data chunks the content plugin serves: one per page (a list page, an article, an entity page,
// an entity index) plus the small site index in every first load. Each page downloads only its own chunk, so no
// page's first load grows with the corpus.
import type { ArticleBody, ArticleMeta, ContentProblemView, EntityInfo, EntityType, SectionInfo } from './content-types';

/** What a card in a list shows: an ArticleMeta without its entities or source file. */
export type ArticleSummary = Omit<ArticleMeta, 'entities' | 'source'>;

export interface ArticleLink {
  slug: string;
  title: string;
}

/** A related article and the people and topics it shares with the one being read, most telling first. */
export interface RelatedLink extends ArticleLink {
  shared: string[];
}

/** The first-load index: site-wide facts whose size does not depend on the number of articles (sections aside). */
export interface SiteIndex {
  siteName: string;
  articleCount: number;
  /** A to Z by name. */
  sections: SectionInfo[];
  /** How many people, places, organisations and topics the corpus has. */
  entityCounts: Record<EntityType, number>;
  /** Filled only by the dev server, so editors see problems in the page; empty in production builds. */
  problems: ContentProblemView[];
}

export interface PageInfo {
  /** 1-based. */
  page: number;
  pageCount: number;
  /** Items per page (the last page may have fewer). */
  pageSize: number;
  /** Items over all pages. */
  total: number;
}

/** One page of the home page or of a section: newest first. */
export interface ListPageData extends PageInfo {
  articles: ArticleSummary[];
}

export interface ArticlePageData {
  article: ArticleMeta;
  body: ArticleBody;
  /** Neighbours in list order (newest first), so "next" reads on into older news. */
  previous: ArticleLink | null;
  next: ArticleLink | null;
  related: RelatedLink[];
}

export interface EntityArticle {
  article: ArticleSummary;
  /** How many times the entity is mentioned in this article. */
  mentions: number;
}

export interface CoOccurrence {
  type: EntityType;
  slug: string;
  name: string;
  /** Number of articles that mention both entities. */
  articles: number;
}

/** One page of an entity's articles (most mentions first), with who and what is mentioned alongside it. */
export interface EntityPageData extends PageInfo {
  entity: EntityInfo;
  /** Mentions over all its articles. */
  mentionTotal: number;
  articles: EntityArticle[];
  /** Grouped by type, in a fixed order of types. */
  related: [EntityType, CoOccurrence[]][];
}

/** Every entity of one type, for its A–Z index. */
export interface EntityIndexData {
  type: EntityType;
  entities: EntityInfo[];
}

/** What the prerender needs to list every page; never part of the client build. */
export interface PathSource {
  articleSlugs: string[];
  /** Pages of the home list. */
  homePages: number;
  sections: { slug: string; pages: number }[];
  entities: { type: EntityType; slug: string; pages: number }[];
}
