import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static';
import { openWatchedPage, useBrowser } from '../test-utils/browser';

// Built by scripts/run-e2e.ts from tests/e2e/fixtures/search-seeds.
const SITE = path.resolve('.cache/e2e-search');

const resultTitles = (page: Page) => page.getByRole('list', { name: 'Results' }).getByRole('heading', { level: 3 }).allTextContents();
const count = (page: Page) => page.getByRole('status', { name: 'Result count' });
const group = (page: Page, name: string) => page.getByRole('region', { name });

describe('search and filters in Chromium', () => {
  const browser = useBrowser();
  let baseUrl: string;
  let close: () => void;

  beforeAll(async () => {
    const { server, url } = await serveStatic({ root: SITE, spaFallback: true });
    baseUrl = url.replace(/\/$/, '');
    close = () => server.close();
  });

  afterAll(async () => {
    close?.();
  });

  it('filters by a person, adds a topic, excludes a section, searches a word, shares the URL and goes Back', async () => {
    const { page, context, errors } = await openWatchedPage(browser());
    await page.goto(`${baseUrl}/`);
    // Reachable from every page: the header's search box.
    await page.getByRole('search').getByRole('searchbox', { name: 'Search articles' }).fill('');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await page.waitForURL('**/search?q=');
    await page.getByRole('heading', { level: 1, name: 'Search and browse' }).waitFor();
    await expect.poll(() => count(page).textContent()).toBe('6 articles');

    await group(page, 'People').getByRole('checkbox', { name: /^Anna Berg/ }).check();
    await expect.poll(() => count(page).textContent()).toBe('4 articles');
    expect(page.url()).toContain('person=anna-berg');
    await group(page, 'Topics').getByRole('checkbox', { name: 'Ceasefire 3 articles' }).check();
    await expect.poll(() => count(page).textContent()).toBe('3 articles');
    await group(page, 'Sections').getByRole('button', { name: 'Exclude section Opinion' }).click();
    await expect.poll(() => count(page).textContent()).toBe('2 articles');
    // Titles arrive in blocks just after the count.
    await expect.poll(() => resultTitles(page)).toEqual(['Ceasefire Talks Resume In Geneva', 'Villages Near The Front Count The Cost Of Winter']);

    // A word only in a late paragraph of one article: full text, from the chunked index.
    await page.locator('#site-search').pressSequentially('pomegranate', { delay: 20 });
    await expect.poll(() => count(page).textContent()).toBe('1 article matching “pomegranate”');
    await expect.poll(() => resultTitles(page)).toEqual(['Villages Near The Front Count The Cost Of Winter']);
    expect(await page.getByRole('list', { name: 'Results' }).locator('mark').first().textContent()).toBe('pomegranate');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('pomegranate');
    const shared = page.url();
    expect(shared).toContain('section=-opinion');

    const fresh = await openWatchedPage(browser());
    await fresh.page.goto(shared);
    await expect.poll(() => count(fresh.page).textContent()).toBe('1 article matching “pomegranate”');
    await expect.poll(() => resultTitles(fresh.page)).toEqual(['Villages Near The Front Count The Cost Of Winter']);
    expect(await fresh.page.locator('#site-search').inputValue()).toBe('pomegranate');
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();

    // The typed query replaced the last entry: Back returns to person + topic, before the exclusion.
    await page.goBack();
    await expect.poll(() => count(page).textContent()).toBe('3 articles');
    expect(await page.locator('#site-search').inputValue()).toBe('');
    expect(await group(page, 'Topics').getByRole('checkbox', { name: /^Ceasefire/ }).isChecked()).toBe(true);

    // Opening a result marks the words in the article and scrolls to the first.
    await page.goForward();
    await expect.poll(() => count(page).textContent()).toBe('1 article matching “pomegranate”');
    await page.getByRole('link', { name: 'Villages Near The Front Count The Cost Of Winter' }).click();
    await page.waitForURL('**/articles/**highlight=pomegranate');
    const mark = page.locator('.article-text mark').first();
    await mark.waitFor();
    expect(await mark.textContent()).toBe('pomegranate');
    await expect.poll(() => mark.evaluate((m) => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })).toBe(true);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves through results with the arrow keys, and Escape clears the box', async () => {
    const { page, context, errors } = await openWatchedPage(browser());
    await page.goto(`${baseUrl}/search?q=ceasefire`);
    await expect.poll(() => count(page).textContent()).toMatch(/^\d+ articles matching “ceasefire”$/);
    const box = page.locator('#site-search');
    const links = page.getByRole('list', { name: 'Results' }).getByRole('link');
    await links.nth(1).waitFor();
    await box.focus();
    await page.keyboard.press('ArrowDown');
    expect(await links.nth(0).evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await links.nth(1).evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await box.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
    await expect.poll(() => count(page).textContent()).toBe('6 articles');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says filtering needs JavaScript when it is off', async () => {
    const { page, context } = await openWatchedPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/search`);
    const note = page.locator('.search-page noscript + p, .noscript-note').first();
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('Filtering and search need JavaScript');
    await context.close();
  });
});
