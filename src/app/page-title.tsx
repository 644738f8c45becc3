import { useLocation } from 'react-router-dom';
import type { ArticleMeta } from '../shared/content-types';
import { content } from './content';
import { absoluteUrl } from './site-url';

export interface PageTitleProps {
  title?: string;
  /** The page's summary for search results and link previews; a generic one is used when absent. */
  description?: string;
  /** Marks the page as an article: Open Graph type, publication facts and JSON-LD NewsArticle. */
  article?: ArticleMeta;
  /** Pages that are not content (not found, errors): no canonical link, and asked not to be indexed. */
  noindex?: boolean;
}

/**
 * The page's <head>: title, description, canonical link, Open Graph, Twitter card, feed links and, on articles,
 * JSON-LD. React 19 hoists <title>, <meta> and <link> into <head>, on the client and in prerendered HTML alike.
 */
export function PageTitle({ title, description, article, noindex = false }: PageTitleProps) {
  const { pathname } = useLocation();
  const fullTitle = title ? `${title} · ${content.siteName}` : content.siteName;
  const summary = description ?? defaultDescription(title);
  const canonical = noindex ? null : absoluteUrl(pathname);
  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={summary} />
      {noindex ? <meta name="robots" content="noindex" /> : null}
      {canonical ? <link rel="canonical" href={canonical} /> : null}
      <meta property="og:site_name" content={content.siteName} />
      <meta property="og:title" content={title ?? content.siteName} />
      <meta property="og:description" content={summary} />
      <meta property="og:type" content={article ? 'article' : 'website'} />
      {canonical ? <meta property="og:url" content={canonical} /> : null}
      {article?.date ? <meta property="article:published_time" content={article.date} /> : null}
      {article ? <meta property="article:section" content={article.section} /> : null}
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={title ?? content.siteName} />
      <meta name="twitter:description" content={summary} />
      <FeedLinks />
      {article ? <ArticleJsonLd article={article} url={canonical} /> : null}
    </>
  );
}

const FEEDS = [
  { file: 'feed.xml', type: 'application/rss+xml', format: 'RSS' },
  { file: 'atom.xml', type: 'application/atom+xml', format: 'Atom' },
  { file: 'feed.json', type: 'application/feed+json', format: 'JSON Feed' },
];

/** Feeds are built only when the site URL is known (their links must be absolute), so they are linked only then. */
function FeedLinks() {
  return FEEDS.map(({ file, type, format }) => {
    const href = absoluteUrl(`/${file}`);
    return href ? <link key={file} rel="alternate" type={type} title={`${content.siteName} (${format})`} href={href} /> : null;
  });
}

function defaultDescription(title: string | undefined): string {
  const count = `${content.articleCount} ${content.articleCount === 1 ? 'article' : 'articles'}`;
  return title ? `${title} on ${content.siteName}.` : `${content.siteName}: ${count}, newest first, by section, person, place and topic.`;
}

/**
 * Structured data for search engines. It is data, never executed, so a strict script-src CSP does not apply to it.
 * Rendered only into prerendered pages, where the prerender moves it into <head> (React does not hoist scripts);
 * the client drops it once it navigates away (src/app/hydration.ts).
 */
function ArticleJsonLd({ article, url }: { article: ArticleMeta; url: string | null }) {
  if (!import.meta.env.SSR) return null;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    articleSection: article.section,
    ...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
    ...(article.date ? { datePublished: article.date } : {}),
    ...(url ? { url, mainEntityOfPage: url } : {}),
    publisher: { '@type': 'Organization', name: content.siteName },
  };
  // `<` escaped so no text in an article can close the element early.
  return <script type="application/ld+json">{JSON.stringify(data).replace(/</g, '\\u003c')}</script>;
}
