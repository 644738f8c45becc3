import path from 'node:path';
import type { Server } from 'node:http';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static';
import { SECURITY_HEADERS } from '../../scripts/security-headers';
import { hydrated, openWatchedPage, useBrowser } from '../test-utils/browser';
import { SEED_SLUG as SLUG, SEED_TITLE as TITLE } from '../test-utils/seed-article';
import { SUBPATH_SITE } from './subpath-site';

const xml = new XMLParser({ ignoreAttributes: false });

/** Records CSP violations and whether React replaced the prerendered markup instead of hydrating it. */
const WATCH_HYDRATION = () => {
  const state = { violations: [] as string[], replaced: false };
  (window as unknown as { __deploy: typeof state }).__deploy = state;
  document.addEventListener('securitypolicyviolation', (event) => state.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  new MutationObserver((records) => {
    if (records.some((record) => record.target instanceof Element && record.target.id === 'root' && record.removedNodes.length > 0)) state.replaced = true;
  }).observe(document, { childList: true, subtree: true });
};

/** Waits until React owns the page's h1 (hydrated or rendered), then reports what the watcher saw. */
async function afterHydration(page: Page): Promise<{ violations: string[]; replaced: boolean }> {
  await hydrated(page);
  return page.evaluate(() => (window as unknown as { __deploy: { violations: string[]; replaced: boolean } }).__deploy);
}

describe('the built site deployed under a sub-path, on a plain static host with a strict CSP', () => {
  const siteUrl = SUBPATH_SITE.siteUrl;
  let server: Server;
  let routes: string[];

  beforeAll(async () => {
    ({ server } = await serveStatic({ root: path.resolve(SUBPATH_SITE.outDir), base: SUBPATH_SITE.base, port: SUBPATH_SITE.port, spaFallback: false, headers: SECURITY_HEADERS }));
    const sitemap = xml.parse(await (await fetch(`${siteUrl}sitemap.xml`)).text()) as { urlset: { url: { loc: string }[] } };
    routes = sitemap.urlset.url.map((entry) => entry.loc);
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  // Registered after the server's hooks, so Chromium closes first and leaves no connection open.
  const browser = useBrowser();

  it('lists every kind of page in the sitemap, all under the sub-path', () => {
    expect(routes.every((url) => url.startsWith(siteUrl))).toBe(true);
    const kinds = new Set(routes.map((url) => url.slice(siteUrl.length).split('/')[0]));
    expect([...kinds]).toEqual(expect.arrayContaining(['', 'articles', 'organizations', 'people', 'places', 'sections', 'topics']));
    expect(routes).toContain(`${siteUrl}articles/${SLUG}`);
    expect(routes).toContain(`${siteUrl}people`);
  });

  it('loads every route directly with status 200, hydrates the prerendered HTML, and logs nothing', async () => {
    const { page, context, errors } = await openWatchedPage(browser());
    await page.addInitScript(WATCH_HYDRATION);
    for (const url of routes) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      expect(response?.headers()['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
      const seen = await afterHydration(page);
      expect(seen, url).toEqual({ violations: [], replaced: false });
      expect(await page.locator('link[rel="canonical"]').evaluateAll((links) => links.map((link) => link.getAttribute('href'))), url).toEqual([url]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no inline script: only the hashed module and JSON-LD data', async () => {
    for (const url of [siteUrl, `${siteUrl}articles/${SLUG}`, `${siteUrl}no-such-page`]) {
      const html = await (await fetch(url)).text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? '');
      expect(scripts.filter((attributes) => !/\bsrc=/.test(attributes) && !/type="application\/ld\+json"/.test(attributes)), url).toEqual([]);
    }
  });

  it('navigates as a SPA under the sub-path, keeps one head per page, and reloads deep links', async () => {
    const { page, context, errors } = await openWatchedPage(browser());
    await page.goto(siteUrl);
    await page.getByRole('heading', { level: 1, name: 'Latest articles', exact: true }).waitFor();
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`${siteUrl}articles/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    expect(await page.title()).toBe(`${TITLE} · Newsreader`);
    expect(await page.locator('link[rel="canonical"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([`${siteUrl}articles/${SLUG}`]);
    expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article');

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /^Feature/ }).click();
    await page.waitForURL(`${siteUrl}sections/feature`);
    await page.getByRole('heading', { level: 1, name: 'Feature', exact: true }).waitFor();
    expect(await page.locator('link[rel="canonical"]').count()).toBe(1);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(0);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Feature', exact: true }).waitFor();
    await page.goto(`${siteUrl}articles/${SLUG}`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    expect(await page.title()).toBe(`${TITLE} · Newsreader`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('describes articles for search engines and link previews', async () => {
    const html = await (await fetch(`${siteUrl}articles/${SLUG}`)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(`<title>${TITLE} · Newsreader</title>`);
    expect(head).toMatch(/<meta name="description" content="After week-long far-fetched speculations[^"]*"\/>/);
    expect(head).toContain(`<meta property="og:url" content="${siteUrl}articles/${SLUG}"/>`);
    expect(head).toContain('<meta name="twitter:card" content="summary"/>');
    expect(head).toContain('<script type="application/ld+json">');
    expect(html.slice(html.indexOf('<main'))).not.toContain('<script');
    const { page, context } = await openWatchedPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${siteUrl}articles/${SLUG}`);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as Record<string, unknown>;
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: TITLE,
      author: { '@type': 'Person', name: 'Fuad Muxtarlı' },
      datePublished: '2021-01-11',
      articleSection: 'Feature',
      url: `${siteUrl}articles/${SLUG}`,
    });
    await context.close();
  });

  it('reads home, articles, sections and entity pages with JavaScript disabled', async () => {
    const { page, context, errors } = await openWatchedPage(browser(), { javaScriptEnabled: false });
    await page.goto(siteUrl);
    await page.getByRole('heading', { level: 1, name: 'Latest articles', exact: true }).waitFor();
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`${siteUrl}articles/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Three points of the November 10 statement' }).isVisible()).toBe(true);
    expect(await page.getByText('Russian President Vladimir Putin held a Security Council meeting', { exact: false }).first().isVisible()).toBe(true);

    await page.goto(`${siteUrl}sections/feature`);
    expect(await page.getByRole('link', { name: TITLE }).count()).toBe(1);
    await page.goto(`${siteUrl}people/vladimir-putin`);
    await page.getByRole('heading', { level: 1, name: 'Vladimir Putin', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: TITLE }).count()).toBeGreaterThan(0);
    await page.goto(`${siteUrl}people`);
    expect(await page.getByRole('link', { name: /Vladimir Putin/ }).count()).toBeGreaterThan(0);
    // With JavaScript off, Chromium refuses the module preloads in <head> and reports them as blocked by "csp".
    expect(errors.filter((error) => !/^request failed: \S+\.js csp$/.test(error))).toEqual([]);
    await context.close();
  });

  it('answers unknown paths with a 404 status and the not-found page, which hydrates without errors', async () => {
    const { page, context, errors } = await openWatchedPage(browser());
    await page.addInitScript(WATCH_HYDRATION);
    for (const unknown of ['no/such/page', 'articles/no-such-article']) {
      const response = await page.goto(`${siteUrl}${unknown}`);
      expect(response?.status()).toBe(404);
      await page.getByRole('heading', { level: 1, name: 'Page not found', exact: true }).waitFor();
      expect(await afterHydration(page)).toEqual({ violations: [], replaced: false });
      expect(await page.title()).toBe('Page not found · Newsreader');
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    }
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.waitForURL(siteUrl);
    await page.getByRole('heading', { level: 1, name: 'Latest articles', exact: true }).waitFor();
    // The expected 404s of the documents themselves (Chromium logs each once more without its URL); any other 404 still fails.
    const expected = (error: string) => /^HTTP 404: .*\/(no\/such\/page|articles\/no-such-article)$/.test(error) || error === 'console.error: Failed to load resource: the server responded with a status of 404 (Not Found)';
    expect(errors.filter((error) => error.startsWith('HTTP 404')).length).toBe(2);
    expect(errors.filter((error) => !expected(error))).toEqual([]);
    await context.close();
  });

  it('publishes RSS, Atom and JSON feeds of every article in full, linked from the pages, plus robots.txt', async () => {
    const home = await (await fetch(siteUrl)).text();
    const links = [...home.matchAll(/<link rel="alternate" type="([^"]+)"[^>]*href="([^"]+)"/g)].map((match) => ({ type: match[1], href: match[2] }));
    expect(links).toEqual([
      { type: 'application/rss+xml', href: `${siteUrl}feed.xml` },
      { type: 'application/atom+xml', href: `${siteUrl}atom.xml` },
      { type: 'application/feed+json', href: `${siteUrl}feed.json` },
    ]);
    const [rss, atom, json] = await Promise.all(links.map(async ({ href }) => {
      const response = await fetch(href ?? '');
      expect(response.status, href).toBe(200);
      return response.text();
    }));
    const channel = (xml.parse(rss ?? '') as { rss: { '@_version': string; channel: { item: { link: string; 'content:encoded': string } } } }).rss;
    expect(channel['@_version']).toBe('2.0');
    expect(channel.channel.item.link).toBe(`${siteUrl}articles/${SLUG}`);
    expect(channel.channel.item['content:encoded']).toContain('<h2>Three points of the November 10 statement</h2>');
    const entry = (xml.parse(atom ?? '') as { feed: { entry: { title: { '#text': string }; link: { '@_href': string }; content: { '#text': string } } } }).feed.entry;
    expect(entry.title['#text']).toBe(TITLE);
    expect(entry.link['@_href']).toBe(`${siteUrl}articles/${SLUG}`);
    expect(entry.content['#text']).toContain('<h2>Three points of the November 10 statement</h2>');
    const feed = JSON.parse(json ?? '') as { version: string; items: { url: string }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((item) => item.url)).toEqual([`${siteUrl}articles/${SLUG}`]);
    // Crawlers only read robots.txt at the host's root; under a sub-path it documents the sitemap for the owner to copy.
    expect(await (await fetch(`${siteUrl}robots.txt`)).text()).toContain(`Sitemap: ${siteUrl}sitemap.xml`);
  });
});
