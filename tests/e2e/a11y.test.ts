import { readdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hydrated, useBrowser } from '../test-utils/browser';
import { SEED_SLUG as SLUG } from '../test-utils/seed-article';

const THEMES = ['light', 'dark', 'sepia'] as const;
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** One route of each type; entity and search pages are included when the build has them. */
function routeTypes(): { name: string; path: string }[] {
  const routes = [
    { name: 'home', path: '' },
    { name: 'article', path: `articles/${SLUG}` },
    { name: 'section', path: 'sections/feature' },
    { name: 'not found', path: 'no/such/page' },
  ];
  const dist = path.resolve('dist');
  const firstIn = (folder: string) => {
    try {
      return readdirSync(path.join(dist, folder), { withFileTypes: true }).find((entry) => entry.isDirectory())?.name;
    } catch {
      return undefined;
    }
  };
  const person = firstIn('people');
  if (person) routes.push({ name: 'person', path: `people/${person}` });
  if (readdirSync(dist).includes('search')) routes.push({ name: 'search', path: 'search?q=putin' });
  return routes;
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('accessibility: axe on every route type, each theme, desktop and phone', () => {
  const baseUrl = inject('baseUrl');
  const routes = routeTypes();
  const browser = useBrowser();

  for (const viewport of VIEWPORTS) {
    for (const theme of THEMES) {
      it(`${viewport.name}, ${theme}: 0 violations on ${routes.map((route) => route.name).join(', ')}`, async () => {
        // Light and dark as a first-time reader gets them (following the system); sepia as a stored choice.
        const context = await browser().newContext({ viewport, colorScheme: theme === 'dark' ? 'dark' : 'light' });
        if (theme === 'sepia') await context.addInitScript(() => window.localStorage.setItem('newsreader:settings', JSON.stringify({ theme: 'sepia' })));
        const page = await context.newPage();
        const found: Record<string, string[]> = {};
        for (const route of routes) {
          await page.goto(baseUrl + route.path);
          // Check the page React owns (hydrated or rendered), with the reader's settings applied.
          await hydrated(page);
          expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe(theme === 'sepia' ? 'sepia' : null);
          const list = await violations(page);
          if (list.length > 0) found[route.name] = list;
        }
        expect(found).toEqual({});
        await context.close();
      }, 60_000);
    }
  }
});
