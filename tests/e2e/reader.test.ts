import { describe, expect, inject, it } from 'vitest';
import { hydrated, openWatchedPage, useBrowser } from '../test-utils/browser';
import { SEED_SLUG as SLUG, SEED_TITLE as TITLE } from '../test-utils/seed-article';

describe('the reader in Chromium, against the production build', () => {
  const baseUrl = inject('baseUrl');
  const browser = useBrowser();

  it('opens home, reads the article, uses the outline, reloads it directly and opens its section', async () => {
    const { page, context, errors } = await openWatchedPage(browser());

    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1, name: 'Latest articles', exact: true }).waitFor();
    expect(await page.title()).toBe('Newsreader');

    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`**/articles/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.title()).toBe(`${TITLE} · Newsreader`);
    expect(await page.locator('time').first().getAttribute('datetime')).toBe('2021-01-11');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(
      expect.arrayContaining([
        'Three points of the November 10 statement',
        'Azerbaijani military police in the Lachin corridor?',
        'Communications, withdrawal of Armenian militants from the region',
        'Putin, Macron discuss trilateral Karabakh talks',
      ]),
    );

    const outline = page.getByRole('navigation', { name: 'On this page' });
    await outline.getByRole('link', { name: 'Communications, withdrawal of Armenian militants from the region' }).click();
    await page.waitForURL(/#communications-withdrawal-of-armenian-militants-from-the-region$/);
    const target = page.getByRole('heading', { level: 2, name: 'Communications, withdrawal of Armenian militants from the region' });
    await page.waitForFunction(() => {
      const heading = document.getElementById('communications-withdrawal-of-armenian-militants-from-the-region');
      const top = heading?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY;
      return top >= 0 && top < 200;
    });
    expect(await target.isVisible()).toBe(true);
    await page.waitForFunction(
      () => document.querySelector('nav[aria-labelledby="on-this-page-title"] a[aria-current]')?.textContent === 'Communications, withdrawal of Armenian militants from the region',
    );

    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();
    await page.goto(`${baseUrl}articles/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Feature 1' }).click();
    await page.waitForURL('**/sections/feature');
    await page.getByRole('heading', { level: 1, name: 'Feature', exact: true }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Feature 1' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('link', { name: TITLE }).count()).toBe(1);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads every route directly, and shows a real not-found page for unknown ones', async () => {
    const { page, context, errors } = await openWatchedPage(browser());
    await page.goto(`${baseUrl}sections/feature`);
    await page.getByRole('heading', { level: 1, name: 'Feature', exact: true }).waitFor();

    for (const unknown of ['articles/no-such-article', 'no/such/page', 'sections/no-such-section']) {
      await page.goto(`${baseUrl}${unknown}`);
      await page.getByRole('heading', { level: 1, name: 'Page not found', exact: true }).waitFor();
      expect(await page.title()).toBe('Page not found · Newsreader');
    }
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Latest articles', exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the sections drawer from a labelled button on a 390 px phone', async () => {
    const { page, context, errors } = await openWatchedPage(browser(), { width: 390, height: 844 });
    await page.goto(baseUrl);
    const button = page.getByRole('button', { name: 'Sections' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('aside.sidebar').isVisible()).toBe(false);
    // The prerendered button works once React has hydrated the page; a click before that is lost.
    await hydrated(page);
    await button.click();
    const drawer = page.getByRole('dialog', { name: 'Sections menu' });
    await drawer.waitFor({ state: 'visible' });
    await expect(drawer.isVisible()).resolves.toBe(true);
    await drawer.getByRole('link', { name: 'Feature 1' }).click();
    await page.waitForURL('**/sections/feature');
    await drawer.waitFor({ state: 'hidden' });
    await expect(drawer.isVisible()).resolves.toBe(false);
    await page.getByRole('heading', { level: 1, name: 'Feature', exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
