import { Feed } from 'feed';
import type { ArticleBody, ArticleMeta } from '../../shared/content-types';
import { articlePath } from '../../shared/paths';
import { articleHtml } from './article-html';

export interface FeedInput {
  siteName: string;
  /** Newest first, as in the content index. */
  articles: readonly ArticleMeta[];
  bodies: ReadonlyMap<string, ArticleBody>;
  /** The site's absolute URL with its base path (`https://example.org/news/`): feed formats need absolute links. */
  siteUrl: string;
  /** When the site has no dates at all, feeds still need an `updated` time; passed in so output is reproducible. */
  fallbackDate: Date;
}

export const FEED_FILES = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' } as const;

/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 of every article, full text included. */
export function buildFeeds(input: FeedInput): Record<(typeof FEED_FILES)[keyof typeof FEED_FILES], string> {
  const link = (appPath: string) => input.siteUrl + appPath.replace(/^\//, '');
  const dates = input.articles.map((article) => articleDate(article)).filter((date): date is Date => date !== null);
  const updated = dates.length > 0 ? new Date(Math.max(...dates.map((date) => date.getTime()))) : input.fallbackDate;
  const feed = new Feed({
    title: input.siteName,
    description: `Every article on ${input.siteName}, newest first.`,
    id: link('/'),
    link: link('/'),
    language: 'en',
    updated,
    generator: false,
    copyright: `The authors of ${input.siteName}`,
    feedLinks: { rss: link(`/${FEED_FILES.rss}`), atom: link(`/${FEED_FILES.atom}`), json: link(`/${FEED_FILES.json}`) },
  });
  for (const article of input.articles) {
    const url = link(articlePath(article.slug));
    const body = input.bodies.get(article.slug);
    const date = articleDate(article) ?? updated;
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      description: article.summary,
      content: body ? articleHtml(body) : undefined,
      date,
      published: date,
      author: article.author ? [{ name: article.author }] : undefined,
      category: [{ name: article.section }],
    });
  }
  return { [FEED_FILES.rss]: feed.rss2(), [FEED_FILES.atom]: feed.atom1(), [FEED_FILES.json]: toJsonFeed11(feed.json1()) } as Record<(typeof FEED_FILES)[keyof typeof FEED_FILES], string>;
}

function articleDate(article: ArticleMeta): Date | null {
  return article.date ? new Date(`${article.date}T00:00:00Z`) : null;
}

interface JsonFeedAuthor {
  name?: string;
  url?: string;
}

/** The feed package writes JSON Feed 1.0; 1.1 replaces `author` with an `authors` list and adds `language`. */
function toJsonFeed11(json: string): string {
  // No feed-level author is set (articles have their own), so only items need upgrading.
  const feed = JSON.parse(json) as { items: { author?: JsonFeedAuthor; authors?: JsonFeedAuthor[] }[] } & Record<string, unknown>;
  const { items, ...rest } = feed;
  const upgraded = {
    ...rest,
    version: 'https://jsonfeed.org/version/1.1',
    language: 'en',
    items: items.map(({ author, ...item }) => (author ? { ...item, authors: [author] } : item)),
  };
  return `${JSON.stringify(upgraded, null, 2)}\n`;
}
