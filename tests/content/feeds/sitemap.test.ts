import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildRobots, buildSitemap } from '../../../src/content/feeds/sitemap';

describe('sitemap.xml and robots.txt', () => {
  it('lists every page as an absolute URL under the site URL, with article dates', async () => {
    const xml = await buildSitemap('https://example.org/news/', [{ path: '/' }, { path: '/articles/a', lastmod: '2021-01-11' }, { path: '/people/ana-g%C3%B3mez' }]);
    const { urlset } = new XMLParser().parse(xml) as { urlset: { url: { loc: string; lastmod?: string }[] } };
    expect(urlset.url.map((url) => url.loc)).toEqual(['https://example.org/news/', 'https://example.org/news/articles/a', 'https://example.org/news/people/ana-g%C3%B3mez']);
    expect(urlset.url[1]?.lastmod).toMatch(/^2021-01-11/);
    expect(urlset.url[0]?.lastmod).toBeUndefined();
  });

  it('names the sitemap in robots.txt only when the site URL is known', () => {
    expect(buildRobots('https://example.org/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
    expect(buildRobots(null)).toBe('User-agent: *\nAllow: /\n');
  });
});
