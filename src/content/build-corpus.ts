import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleBody, ArticleMeta, ContentIndex, EntityInfo, SectionInfo } from '../shared/content-types';
import { countWords } from '../shared/reading-time';
import { capSlug, slugify } from '../shared/slugify';
import type { ContentConfig } from './config';
import { buildEntityCorpus } from './entities/build-entity-corpus';
import { loadCuration } from './entities/curation';
import { listSeedFiles } from './list-seed-files';
import { parseArticle } from './parse/parse-article';
import { seedProblem } from './problems';
import { summarize } from './summarize';
import type { ContentProblem, ParsedArticle } from './types';

/** The typed result of reading the seeds folder: what the client gets, plus every problem found on the way. */
export interface Corpus {
  index: ContentIndex;
  bodies: Map<string, ArticleBody>;
  problems: ContentProblem[];
  /** Seed files looked at, published or not. */
  fileCount: number;
}

interface Accepted {
  file: string;
  parsed: ParsedArticle;
  slug: string;
  section: string;
}

export const CURATION_FILE = 'entities.yml';
/** Far beyond any news article (a long feature is ~50 kB): usually several articles pasted together. */
const LARGE_ARTICLE_BYTES = 1024 * 1024;

export function buildCorpus(config: ContentConfig): Corpus {
  const problems: ContentProblem[] = [];
  // Paths inside the project read best relative to it; a seeds folder elsewhere is named in full.
  const display = (absolute: string) => {
    const relative = path.relative(config.root, absolute);
    return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
  };

  if (!fs.existsSync(config.seedsDir)) {
    problems.push(
      seedProblem('error', 'no-seeds-folder', display(config.seedsDir), `The seeds folder ${display(config.seedsDir)} does not exist.`, 'Create it and put article .txt files in it, or point SEEDS_DIR at the folder that holds them.'),
    );
    return { index: emptyIndex(config.siteName), bodies: new Map(), problems, fileCount: 0 };
  }

  const { files, brokenLinks } = listSeedFiles(config.seedsDir);
  for (const link of brokenLinks) {
    const file = display(path.join(config.seedsDir, link));
    problems.push(seedProblem('warning', 'broken-link', file, `${file} is a link to a file that does not exist (or cannot be read), so it was skipped.`, 'Point the link at an existing article, or delete it.'));
  }

  const byHash = new Map<string, string>();
  const bySlug = new Map<string, string>();
  const accepted: Accepted[] = [];
  for (const seed of files) {
    const file = display(seed.absolute);
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(seed.absolute);
    } catch (error) {
      problems.push(seedProblem('error', 'unreadable-file', file, `${file} could not be read (${(error as Error).message}).`, 'Check the file permissions, or remove the file.'));
      continue;
    }
    const hash = createHash('sha1').update(bytes).digest('hex');
    const twin = byHash.get(hash);
    if (twin !== undefined && bytes.length > 0) {
      problems.push(seedProblem('warning', 'duplicate-file', file, `${file} is an exact copy of ${twin}; only ${twin} is published.`, `Delete one of ${twin} and ${file}.`));
      continue;
    }
    byHash.set(hash, file);

    const result = parseArticle({ file, bytes }, { sectionWords: config.sectionWords });
    problems.push(...result.problems);
    if (!result.article) continue;
    if (bytes.length > LARGE_ARTICLE_BYTES) {
      const size = `${(bytes.length / 1024 / 1024).toFixed(1)} MB`;
      problems.push(seedProblem('warning', 'large-article', file, `${file} is ${size}; readers download all of it when they open the article.`, 'Check that it is one article and not several pasted together; split it if it is.'));
    }

    const parsed = result.article;
    let slug = slugify(parsed.slug ?? '') || capSlug(slugify(parsed.title)) || capSlug(slugify(path.basename(seed.relative, path.extname(seed.relative)))) || 'article';
    const owner = bySlug.get(slug);
    if (owner !== undefined) {
      const unique = uniqueSlug(slug, bySlug);
      problems.push(
        seedProblem('warning', 'duplicate-slug', file, `${file} and ${owner} both have the slug "${slug}"; ${file} is published at /articles/${unique}.`, `Give one of them a different title, or set "slug:" in its front matter.`),
      );
      slug = unique;
    }
    bySlug.set(slug, file);
    accepted.push({ file, parsed, slug, section: parsed.section ?? sectionFromFolder(seed.relative) ?? 'General' });
  }

  const curationPath = path.join(config.seedsDir, CURATION_FILE);
  const { curation, problems: curationProblems } = loadCuration(curationPath, display(curationPath));
  problems.push(...curationProblems);
  const entityCorpus = buildEntityCorpus(
    accepted.map(({ file, parsed, slug }) => ({ slug, title: parsed.title, blocks: parsed.blocks, frontMatter: parsed.frontMatter, file })),
    curation,
    { cacheDir: config.cacheDir },
  );
  problems.push(...entityCorpus.problems);

  const bodies = new Map<string, ArticleBody>();
  const articles: ArticleMeta[] = accepted.map(({ file, parsed, slug, section }) => {
    const found = entityCorpus.perArticle.get(slug) ?? { entities: [], mentions: [] };
    bodies.set(slug, { slug, blocks: parsed.blocks, mentions: found.mentions });
    return {
      slug,
      title: parsed.title,
      author: parsed.author,
      section,
      sectionSlug: slugify(section) || 'general',
      date: parsed.date,
      summary: parsed.summary ?? summarize(parsed.blocks),
      wordCount: parsed.blocks.reduce((sum, block) => sum + countWords(block.text), 0),
      source: path.relative(config.seedsDir, path.resolve(config.root, file)).split(path.sep).join('/'),
      entities: found.entities,
    };
  });
  articles.sort(compareNewestFirst);

  return {
    index: { siteName: config.siteName, articles, sections: collectSections(articles), entities: sortEntities(entityCorpus.entities), problems: [] },
    bodies,
    problems,
    fileCount: files.length + brokenLinks.length,
  };
}

function emptyIndex(siteName: string): ContentIndex {
  return { siteName, articles: [], sections: [], entities: [], problems: [] };
}

function uniqueSlug(slug: string, taken: Map<string, string>): string {
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n += 1;
  return `${slug}-${n}`;
}

/** "seeds/world-news/x.txt" → "World News": editors who sort files into folders get sections for free. */
function sectionFromFolder(relative: string): string | null {
  const parts = relative.split('/');
  if (parts.length < 2 || !parts[0]) return null;
  const words = parts[0].split(/[-_\s]+/).filter(Boolean);
  if (words.length === 0) return null;
  return words.map((word) => word.charAt(0).toLocaleUpperCase() + word.slice(1)).join(' ');
}

export function compareNewestFirst(a: ArticleMeta, b: ArticleMeta): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.title.localeCompare(b.title, 'en');
}

function collectSections(articles: readonly ArticleMeta[]): SectionInfo[] {
  const sections = new Map<string, SectionInfo>();
  for (const article of articles) {
    const known = sections.get(article.sectionSlug);
    if (known) known.count += 1;
    else sections.set(article.sectionSlug, { slug: article.sectionSlug, name: article.section, count: 1 });
  }
  return [...sections.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

function sortEntities(entities: readonly EntityInfo[]): EntityInfo[] {
  return [...entities].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
