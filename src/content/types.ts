import type { Block } from '../shared/content-types';

export type Severity = 'error' | 'warning';

/**
 * A problem found in a seed file, reported the way Astro reports content errors:
 * where (file, line), what happened, and what to do about it.
 */
export interface ContentProblem {
  severity: Severity;
  /** Stable machine-readable code, e.g. "empty-file", "unparseable-date". */
  code: string;
  /** Path relative to the project root (e.g. "seeds/politics/x.txt"). */
  file: string;
  /** 1-based line in the file, where it applies. */
  line?: number;
  /** What is wrong, in one sentence. */
  message: string;
  /** What the editor should do about it. */
  hint: string;
}

/** What the parser found in one seed file, before corpus-level decisions (slugs, fallbacks, duplicates). */
export interface ParsedArticle {
  title: string;
  author: string | null;
  /** Section named in the byline or front matter; null when none was found (the pipeline falls back). */
  section: string | null;
  /** ISO date YYYY-MM-DD, or null. */
  date: string | null;
  /** Front-matter summary, or null (the pipeline derives one from the opening sentences). */
  summary: string | null;
  /** Front-matter slug, or null (the pipeline derives one from the title). */
  slug: string | null;
  blocks: Block[];
  /** The raw front matter, for later features (people:, topics:). Empty object when absent. */
  frontMatter: Record<string, unknown>;
  /** 1-based line of each block's first line in the source file (same order as blocks). */
  blockLines: number[];
}

export interface ParseOptions {
  /** Words (case-insensitive) that count as a section in a byline, e.g. "Feature", "Politics". */
  sectionWords: readonly string[];
}

export interface ParseResult {
  /** Null when the file cannot be read as an article (an error problem says why). */
  article: ParsedArticle | null;
  problems: ContentProblem[];
}
