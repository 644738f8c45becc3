// Types shared by the build-time content pipeline (src/content) and the client.
// The client receives data of these shapes from virtual modules; it never parses seeds itself.

export interface HeadingBlock {
  kind: 'heading';
  /** Anchor id, unique within the article (used by the "On this page" outline). */
  id: string;
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
}

export type Block = HeadingBlock | ParagraphBlock;

export type EntityType = 'person' | 'place' | 'organization' | 'topic';

/** A stable key for an entity across the whole corpus: `${type}:${slug}`. */
export type EntityKey = `${EntityType}:${string}`;

/** One occurrence of an entity inside an article body. */
export interface Mention {
  entity: EntityKey;
  /** Index into ArticleBody.blocks. */
  block: number;
  /** UTF-16 offsets into that block's text, end exclusive. */
  start: number;
  end: number;
}

/** An entity as it appears in one article. */
export interface ArticleEntity {
  type: EntityType;
  slug: string;
  name: string;
  /** Number of mentions in this article. */
  count: number;
}

/** What lists, the sidebar and filters need about an article: small, shipped in the first load. */
export interface ArticleMeta {
  slug: string;
  title: string;
  author: string | null;
  section: string;
  sectionSlug: string;
  /** ISO calendar date (YYYY-MM-DD), or null when the article has none. */
  date: string | null;
  /** The opening sentences, or the front-matter summary. */
  summary: string;
  wordCount: number;
  /** Source file relative to the seeds folder, for error messages and editors. */
  source: string;
  entities: ArticleEntity[];
}

/** The full text of one article: loaded lazily, one chunk per article. */
export interface ArticleBody {
  slug: string;
  blocks: Block[];
  mentions: Mention[];
}

export interface SectionInfo {
  slug: string;
  name: string;
  count: number;
}

export interface EntityInfo {
  type: EntityType;
  slug: string;
  name: string;
  articleCount: number;
}

export interface ContentProblemView {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  message: string;
  hint: string;
}

export interface ContentIndex {
  siteName: string;
  /** Newest first; undated articles last, then by title. */
  articles: ArticleMeta[];
  /** A to Z by name. */
  sections: SectionInfo[];
  entities: EntityInfo[];
  /** Filled only by the dev server, so editors see problems in the page; empty in production builds. */
  problems: ContentProblemView[];
}
