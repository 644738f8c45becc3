// Lighthouse (performance, accessibility, best practices, SEO) on home and an article of the built site,
// served from its base path with the README's security headers, in Debian's Chromium.
// Usage: npm run build && npm run audit [-- path ...]   (BASE_PATH as used for the build)
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { normalizeBase } from '../src/content/prerender/site-options';
import { ensureChromium } from './find-chromium';
import { SECURITY_HEADERS } from './security-headers';
import { serveStatic } from './serve-static';

const base = normalizeBase(process.env.BASE_PATH ?? '/');
const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['', 'articles/azeri-armenian-leaders-in-moscow-for-crucial-post-karabakh-meeting'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { server, url } = await serveStatic({ root: outDir, base, headers: SECURITY_HEADERS, compress: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? ensureChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});
let failed = false;
try {
  for (const route of paths) {
    const target = url + route.replace(/^\//, '');
    const result = await lighthouse(target, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, { extends: 'lighthouse:default', settings: { formFactor: 'mobile' } });
    if (!result) throw new Error(`Lighthouse returned nothing for ${target}`);
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map((id) => `${id} ${Math.round((categories[id]?.score ?? 0) * 100)}`);
    console.log(`${target}\n  ${scores.join(' · ')}`);
    for (const id of CATEGORIES) {
      for (const ref of categories[id]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        failed = true;
        console.log(`  ${id}: ${audit.id} (${Math.round(audit.score * 100)}) ${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
}
if (failed) process.exitCode = 1;
