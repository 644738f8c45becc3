import path from 'node:path';
import { DEFAULT_PAGE_SIZE } from '../shared/data-keys';
import { DEFAULT_SECTION_WORDS } from './section-words';

/** Everything the content pipeline needs to know about where seeds are and how to read them. */
export interface ContentConfig {
  /** Absolute path of the project root; file names in problems are relative to it. */
  root: string;
  /** Absolute path of the folder holding the article files. */
  seedsDir: string;
  siteName: string;
  sectionWords: readonly string[];
  /** Absolute path of a folder for caches that speed up rebuilds (entity extraction). */
  cacheDir: string;
  /** Treat warnings as errors (for CI). */
  strict: boolean;
  /** Articles per list page (home, sections, entity pages). */
  pageSize: number;
}

export interface ContentOptions {
  seedsDir?: string;
  siteName?: string;
  sectionWords?: readonly string[];
  strict?: boolean;
  pageSize?: number;
}

export const DEFAULT_SITE_NAME = 'Newsreader';

/** Options given in vite.config.ts, overridden by environment variables so one build command serves any corpus. */
export function resolveContentConfig(root: string, options: ContentOptions = {}, env: NodeJS.ProcessEnv = process.env): ContentConfig {
  const seeds = env.SEEDS_DIR || options.seedsDir || 'seeds';
  return {
    root,
    seedsDir: path.resolve(root, seeds),
    siteName: env.SITE_NAME?.trim() || options.siteName || DEFAULT_SITE_NAME,
    sectionWords: options.sectionWords ?? DEFAULT_SECTION_WORDS,
    cacheDir: path.resolve(root, 'node_modules/.cache/newsreader'),
    strict: isTruthy(env.STRICT) || options.strict === true,
    pageSize: options.pageSize !== undefined && Number.isInteger(options.pageSize) && options.pageSize > 0 ? options.pageSize : DEFAULT_PAGE_SIZE,
  };
}

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && /^(1|true|yes)$/i.test(value.trim());
}
