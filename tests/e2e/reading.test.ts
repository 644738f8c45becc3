import { describe, expect, inject, it } from 'vitest';
import { hydrated, openWatchedPage, useBrowser } from '../test-utils/browser';
import { SEED_SLUG as SLUG, SEED_TITLE as TITLE } from '../test-utils/seed-article';

const SEPIA = () => window.localStorage.setItem('newsreader:settings', JSON.stringify({ theme: 'sepia', fontSize: 'large' }));

describe('reading comfort in Chromium, against the production build', () => {
  const baseUrl = inject('baseUrl');
  const browser = useBrowser();

  it('applies the saved theme and text size before any app script runs (no flash of the wrong theme)', async () => {
    const context = await browser().newContext({ colorScheme: 'dark' });
    await context.addInitScript(SEPIA);
    const page = await context.newPage();
    // With the app's module blocked, only the prerendered HTML and the external theme-init.js can be at work.
    await page.route('**/assets/index-*.js', (route) => route.abort());
    await page.goto(`${baseUrl}articles/${SLUG}`);
    expect(await page.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.dataset.fontSize])).toEqual(['sepia', 'large']);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(244, 236, 216)');
    expect(await page.getByRole('heading', { level: 1, name: TITLE }).isVisible()).toBe(true);
    await context.close();
  });

  it('moves focus to the new page’s h1 and announces it on client-side navigation', async () => {
    const { page, context, errors } = await openWatchedPage(browser());
    await page.goto(baseUrl);
    await hydrated(page);
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`**/articles/${SLUG}`);
    await page.waitForFunction((title) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === title, TITLE);
    await page.waitForFunction((title) => [...document.querySelectorAll('[role="status"]')].some((node) => node.textContent === title), TITLE);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('traps focus in the phone drawer, closes it with Escape and returns focus to the Sections button', async () => {
    const { page, context, errors } = await openWatchedPage(browser(), { width: 390, height: 844 });
    await page.goto(baseUrl);
    await hydrated(page);
    const button = page.getByRole('button', { name: 'Sections' });
    await button.click();
    const drawer = page.getByRole('dialog', { name: 'Sections menu' });
    await drawer.waitFor();
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog')?.id ?? document.activeElement?.tagName)).toBe('section-drawer');
    }
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows reading progress and offers to continue where the reader left off', async () => {
    const { page, context, errors } = await openWatchedPage(browser(), { width: 1280, height: 700 });
    await page.goto(`${baseUrl}articles/${SLUG}`);
    await hydrated(page);
    const paragraphs = page.locator('.article-text > *');
    const target = Math.floor((await paragraphs.count()) / 2);
    await paragraphs.nth(target).evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await page.waitForFunction(() => {
      const bar = document.querySelector<HTMLElement>('.reading-progress-bar');
      return bar !== null && bar.style.transform !== 'scaleX(0)';
    });
    await page.waitForFunction(() => window.localStorage.getItem('newsreader:positions')?.includes('"block"'));

    await page.reload();
    await hydrated(page);
    const resume = page.getByRole('button', { name: 'Continue where you left off' });
    await resume.waitFor();
    expect(await page.getByRole('region', { name: 'Continue reading' }).textContent()).toMatch(/You read \d+% of this article last time/);
    await resume.click();
    // The scroll may be smooth: wait until it has settled with the paragraph just below the header.
    await page.waitForFunction(() => {
      const top = (document.activeElement as HTMLElement).getBoundingClientRect().top;
      return top >= 56 && top < 200;
    });
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const blocks = [...(document.querySelector('.article-text')?.children ?? [])];
      return { index: blocks.indexOf(element), top: element.getBoundingClientRect().top };
    });
    expect(Math.abs(focused.index - target)).toBeLessThanOrEqual(1);
    expect(focused.top).toBeGreaterThanOrEqual(0);
    expect(focused.top).toBeLessThan(200);
    expect(await page.getByRole('region', { name: 'Continue reading' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints the article alone, with its title, byline and address', async () => {
    const { page, context, errors } = await openWatchedPage(browser());
    await page.goto(`${baseUrl}articles/${SLUG}`);
    await hydrated(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'On this page' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1, name: TITLE }).isVisible()).toBe(true);
    expect(await page.getByText('Fuad Muxtarlı').isVisible()).toBe(true);
    expect(await page.locator('.print-source').textContent()).toBe(`Read online at ${baseUrl}articles/${SLUG}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks entity mentions with an underline, not by colour alone', async () => {
    const { page, context } = await openWatchedPage(browser());
    await page.goto(`${baseUrl}articles/${SLUG}`);
    const style = await page.locator('.mention').first().evaluate((element) => {
      const own = getComputedStyle(element);
      const paragraph = getComputedStyle(element.parentElement as Element);
      return { line: own.textDecorationLine, style: own.textDecorationStyle, color: own.color, textColor: paragraph.color };
    });
    expect(style).toEqual({ line: 'underline', style: 'dotted', color: style.textColor, textColor: style.textColor });
    await context.close();
  });

  it('works offline: the app shell and articles already read open without a network', async () => {
    const { page, context } = await openWatchedPage(browser());
    await page.goto(baseUrl);
    await hydrated(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first load is not yet controlled by the new worker; reload so reading goes through it.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await hydrated(page);
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.waitForFunction(async () => (await caches.keys()).includes('article-bodies') && (await (await caches.open('article-bodies')).keys()).length > 0);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.goto(`${baseUrl}sections/feature`);
    await page.getByRole('heading', { level: 1, name: 'Feature' }).waitFor();
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.locator('.article-text p').count()).toBeGreaterThan(5);
    await context.setOffline(false);
    await context.close();
  });
});
