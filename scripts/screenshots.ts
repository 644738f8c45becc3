// Screenshots of built pages at desktop and phone widths, in the light, dark and sepia themes, for looking at UI changes.
// Usage: npm run build && tsx scripts/screenshots.ts [outDir] [path ...]   (THEMES=light,sepia to pick themes; DIST_DIR=other/dist to shoot another build)
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from './find-chromium';
import { serveStatic } from './serve-static';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const [outDir = '.cache/screenshots', ...paths] = process.argv.slice(2);
const routes = paths.length > 0 ? paths : ['', 'articles/azeri-armenian-leaders-in-moscow-for-crucial-post-karabakh-meeting', 'sections/feature', 'no-such-page'];
const themes = (process.env.THEMES ?? 'light,dark,sepia').split(',').filter((theme) => ['light', 'dark', 'sepia'].includes(theme));
const viewports = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

const { server, url } = await serveStatic({ root: path.resolve(process.env.DIST_DIR ?? 'dist'), spaFallback: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  for (const viewport of viewports) {
    for (const theme of themes) {
      // Light and dark follow the system setting, as for a first-time reader; sepia is only ever a choice.
      const colorScheme = theme === 'dark' ? 'dark' : 'light';
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
      if (theme === 'sepia') await context.addInitScript(() => window.localStorage.setItem('newsreader:settings', JSON.stringify({ theme: 'sepia' })));
      const page = await context.newPage();
      for (const route of routes) {
        await page.goto(url + route, { waitUntil: 'networkidle' });
        const name = (route || 'home').replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
        const file = path.join(outDir, `${name}-${viewport.name}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === '1' });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
