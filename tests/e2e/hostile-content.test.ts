import path from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static';
import { openWatchedPage, useBrowser } from '../test-utils/browser';

// Built by scripts/run-e2e.ts from tests/e2e/fixtures/hostile-seeds.
const HOSTILE_DIST = path.resolve('.cache/e2e-hostile');

interface Probe {
  page: Page;
  dialogs: string[];
  errors: string[];
}

async function expectInert({ page, dialogs }: Probe) {
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
  const main = page.locator('main');
  expect(await main.locator('script, iframe, img, svg[onload], [onerror], [onload], [onmouseover]').count()).toBe(0);
  const hrefs = await main.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
}

describe('hostile content is shown as text and never runs', () => {
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    ({ server, url: baseUrl } = await serveStatic({ root: HOSTILE_DIST, spaFallback: true }));
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  // Registered after the server's hooks, so Chromium closes first and leaves no connection open.
  const browser = useBrowser();

  async function open(url: string): Promise<Probe> {
    const { page, errors } = await openWatchedPage(browser());
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url);
    await page.locator('main h1').first().waitFor();
    return { page, dialogs, errors };
  }

  it('renders every hostile article, byline and entity as text', async () => {
    const home = await open(baseUrl);
    await expectInert(home);
    const articleLinks = await home.page.locator('main article h2 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(articleLinks).toHaveLength(3);
    expect(await home.page.locator('main').textContent()).toContain("<script>window.__pwned = 'title'; alert('title')</script> Council Meets");

    for (const link of articleLinks) {
      const article = await open(link);
      await expectInert(article);
      const entityLinks = await article.page.locator('main a[href*="/people/"], main a[href*="/topics/"], main a[href*="/places/"], main a[href*="/organizations/"], main a[href*="/sections/"]').evaluateAll((links) =>
        links.map((entity) => (entity as HTMLAnchorElement).href),
      );
      for (const entityLink of [...new Set(entityLinks)].slice(0, 8)) await expectInert(await open(entityLink));
      expect(article.errors).toEqual([]);
      await article.page.context().close();
    }

    const scripted = await open(articleLinks.find((link) => link.includes('council-meets'))!);
    const text = await scripted.page.locator('main').textContent();
    expect(text).toContain("<script>window.__pwned = 'body'; alert('body')</script>");
    expect(text).toContain('<a href="javascript:alert(1)">click me</a>');
    expect(text).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; &#x3C;script&#x3E;');
    expect(home.errors).toEqual([]);
  });

  it('keeps a front-matter slug, title and author inert', async () => {
    const page = await open(`${baseUrl}articles/javascript-alert-1`);
    await expectInert(page);
    expect(await page.page.locator('main h1').textContent()).toBe(`<svg onload="window.__pwned='fm-title'">Front Matter Attack`);
    expect(await page.page.locator('main').textContent()).toContain(`<img src=x onerror="window.__pwned='fm-author'">`);
  });

  it('isolates bidirectional control characters so they cannot reorder the text around them', async () => {
    const page = await open(`${baseUrl}articles/bidi-trick-in-title`);
    await expectInert(page);
    const author = page.page.locator('.byline-author bdi');
    expect(await author.textContent()).toBe('Eve \u202eNamuh\u202c');
    expect(await page.page.locator('main h1').evaluate((h1) => getComputedStyle(h1).unicodeBidi)).toBe('isolate');
  });

  it('survives hostile URLs: query strings, hashes, bad percent-encoding and odd paths', async () => {
    const urls = [
      `${baseUrl}?q=${encodeURIComponent('<script>alert(1)</script>')}&person=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`,
      `${baseUrl}articles/council-meets#${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
      `${baseUrl}articles/%E0%A4%A`,
      `${baseUrl}sections/%`,
      `${baseUrl}a/b/../c/./d%2F..%2Fe`,
      `${baseUrl}?q=${'x'.repeat(6000)}`,
      `${baseUrl}javascript:alert(1)`,
    ];
    for (const url of urls) {
      const probe = await open(url);
      await expectInert(probe);
      expect(await probe.page.locator('main h1').count()).toBe(1);
      // React Router itself warns that it could not decode a malformed segment; anything else is a failure.
      expect(probe.errors.filter((error) => !/could not be decoded because it is a malformed URL segment/.test(error))).toEqual([]);
      await probe.page.context().close();
    }
  });
});
