import { Readable } from 'node:stream';
import { SitemapStream, streamToPromise } from 'sitemap';

export interface SitemapEntry {
  /** In-app path: `/articles/x`. */
  path: string;
  /** ISO date of the last change, when known. */
  lastmod?: string;
}

/** sitemap.xml for every prerendered page. The protocol needs absolute URLs, so it takes the site URL. */
export async function buildSitemap(siteUrl: string, entries: readonly SitemapEntry[]): Promise<string> {
  const stream = new SitemapStream({ hostname: siteUrl });
  const items = entries.map(({ path, lastmod }) => ({ url: siteUrl + path.replace(/^\//, ''), ...(lastmod ? { lastmod } : {}) }));
  const xml = await streamToPromise(Readable.from(items).pipe(stream));
  return xml.toString('utf8');
}

/** robots.txt: everything may be crawled; the sitemap is named when the site URL is known. */
export function buildRobots(siteUrl: string | null): string {
  return ['User-agent: *', 'Allow: /', ...(siteUrl ? ['', `Sitemap: ${siteUrl}sitemap.xml`] : []), ''].join('\n');
}
