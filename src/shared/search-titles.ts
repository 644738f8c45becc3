// Titles and slugs of the search page's results, in blocks of consecutive articles fetched only for the results
// on screen. At 10,000 articles every title is ~220 kB gzip, more than all the filter data together, while a
// screen of results needs a few dozen: a block of 32 is under 1 kB, so results scattered by relevance cost little
// and a list in date order (ids follow ContentIndex.articles, newest first) needs one or two blocks.
import { titleSlug } from './slugify';

export const TITLE_BLOCK_SIZE = 32;

/** One block as the build writes it: articles blockIndex * TITLE_BLOCK_SIZE onwards. */
export interface TitleBlockData {
  titles: string[];
  /** '' when the slug is the one the title gives (most are), so it is not written twice. */
  slugs: string[];
}

export interface ArticleTitle {
  title: string;
  slug: string;
}

export function titleBlockOf(id: number): number {
  return Math.floor(id / TITLE_BLOCK_SIZE);
}

export function encodeTitleBlocks(articles: readonly { title: string; slug: string }[]): TitleBlockData[] {
  const blocks: TitleBlockData[] = [];
  for (let start = 0; start < articles.length; start += TITLE_BLOCK_SIZE) {
    const slice = articles.slice(start, start + TITLE_BLOCK_SIZE);
    blocks.push({
      titles: slice.map((article) => article.title),
      slugs: slice.map((article) => (article.slug === titleSlug(article.title) ? '' : article.slug)),
    });
  }
  return blocks;
}

/** The titles of block `block` of a corpus of `count` articles; null for anything else (a stale or damaged file). */
export function decodeTitleBlock(data: unknown, block: number, count: number): ArticleTitle[] | null {
  if (typeof data !== 'object' || data === null) return null;
  const { titles, slugs } = data as Partial<TitleBlockData>;
  const expected = Math.min(TITLE_BLOCK_SIZE, count - block * TITLE_BLOCK_SIZE);
  if (!Array.isArray(titles) || !Array.isArray(slugs) || expected <= 0 || titles.length !== expected || slugs.length !== expected) return null;
  const out: ArticleTitle[] = [];
  for (let i = 0; i < expected; i++) {
    const title = titles[i];
    const slug = slugs[i];
    if (typeof title !== 'string' || typeof slug !== 'string') return null;
    out.push({ title, slug: slug === '' ? titleSlug(title) : slug });
  }
  return out;
}
