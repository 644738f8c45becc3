// Builds synthetic corpora of 1,000 and 10,000 articles and prints: build time, first-load JS+CSS of home
// and of an article (gzip), the filter and search data the search page and a query download (gzip), and per-keystroke / per-toggle latency
// of filter + search measured in headless Chromium. Run: npm run bench [-- --sizes 1000,10000 --skip-build]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/test-utils/browser';
import { serveStatic } from './serve-static';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const SIZES = (arg('sizes') ?? '1000,10000').split(',').map(Number);
const SKIP_BUILD = process.argv.includes('--skip-build');

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  if (result.status !== 0) console.log(`  ${command} ${args.slice(0, 2).join(' ')} failed:\n${result.stderr.toString().split('\n').filter((l) => /error|Error|exceed|MB/.test(l)).slice(0, 4).join('\n')}`);
  return result.status === 0;
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** JS and CSS files the page requested, as paths under dist. */
function watchAssets(page: Page, into: Set<string>): void {
  page.on('request', (request) => {
    const type = request.resourceType();
    if (type === 'script' || type === 'stylesheet') into.add(new URL(request.url()).pathname);
  });
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

/** Runs `act` in the page and resolves with the time from it to the next committed result list. */
async function timeToCommit(page: Page, act: string): Promise<number> {
  return page.evaluate(async (code) => {
    performance.clearMarks('search:commit');
    const t0 = performance.now();
    new Function(code)();
    for (let i = 0; i < 2000; i++) {
      const mark = performance.getEntriesByName('search:commit').find((m) => m.startTime >= t0);
      if (mark) return mark.startTime - t0;
      await new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
    }
    return NaN;
  }, act);
}

async function measure(dist: string, words: string[]): Promise<void> {
  const served = await serveStatic({ root: dist, spaFallback: true });
  const { server } = served;
  const url = served.url.replace(/\/$/, '');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const homeAssets = new Set<string>();
    const firstLoad = async (pathname: string, assets = new Set<string>()) => {
      const fresh = await browser.newPage();
      watchAssets(fresh, assets);
      await fresh.goto(url + pathname, { waitUntil: 'networkidle' });
      await fresh.close();
      return [...assets].reduce((sum, p) => sum + gzipSize(path.join(dist, p)), 0);
    };
    const home = await firstLoad('/', homeAssets);
    const articleHref = await (async () => {
      await page.goto(url + '/', { waitUntil: 'networkidle' });
      return page.locator('a[href*="/articles/"]').first().getAttribute('href');
    })();
    const article = await firstLoad(articleHref ?? '/');

    const before = new Set<string>();
    const during = new Set<string>();
    let searching = false;
    page.on('request', (request) => {
      const type = request.resourceType();
      if (type === 'script' || type === 'stylesheet') (searching ? during : before).add(new URL(request.url()).pathname);
    });
    await page.goto(url + '/search', { waitUntil: 'networkidle' });
    searching = true;
    const box = page.locator('#site-search');
    await box.focus();
    await page.waitForLoadState('networkidle');
    const keystrokes: number[] = [];
    const query = words.join(' ');
    for (let i = 1; i <= query.length; i++) {
      const value = query.slice(0, i);
      keystrokes.push(
        await timeToCommit(
          page,
          `const el = document.getElementById('site-search'); Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, ${JSON.stringify(value)}); el.dispatchEvent(new Event('input', { bubbles: true }));`,
        ),
      );
      // A typist's pace; chunks fetched for this letter arrive before the next.
      await page.waitForTimeout(90);
      await page.waitForLoadState('networkidle');
    }
    const hits = await page.getByRole('status', { name: 'Result count' }).textContent();
    // Everything the search page fetched beyond the home page's first load: its catalog (filter data and titles),
    // the search code, the index manifest and the chunks the typed words needed. Article chunks fetched for result
    // snippets (and the small shard tables that locate them) are counted apart.
    const fetched = [...before, ...during].filter((p) => !homeAssets.has(p));
    const isBody = (p: string) => p.includes('/assets/articles/') || p.includes('/assets/data/shard-');
    const searchFiles = fetched.filter((p) => !isBody(p));
    const searchData = searchFiles.reduce((sum, p) => sum + gzipSize(path.join(dist, p)), 0);
    const bodyData = fetched.filter(isBody).reduce((sum, p) => sum + gzipSize(path.join(dist, p)), 0);
    const chunksFetched = searchFiles.length;
    const bodiesFetched = fetched.length - searchFiles.length;

    // Facet toggles without and with the query: each value on, then off; then one exclusion.
    const toggles: number[] = [];
    for (const q of ['', query]) {
      await page.goto(url + '/search' + (q ? `?q=${encodeURIComponent(q)}` : ''), { waitUntil: 'networkidle' });
      await page.waitForFunction(() => !document.querySelector('[role=status]')?.textContent?.startsWith('Loading'));
      await page.waitForLoadState('networkidle');
      for (const group of ['People', 'Topics', 'Sections', 'Places']) {
        const click = `[...document.querySelectorAll('section[aria-labelledby]')].find((s) => s.querySelector('h3')?.textContent === ${JSON.stringify(group)})?.querySelector('input[type=checkbox]:not(:checked)')?.click();`;
        toggles.push(await timeToCommit(page, click));
        await page.waitForTimeout(50);
      }
      const exclude = `[...document.querySelectorAll('section[aria-labelledby]')].find((s) => s.querySelector('h3')?.textContent === 'Sections')?.querySelector('button[aria-pressed=false]')?.click();`;
      toggles.push(await timeToCommit(page, exclude));
    }
    const valid = toggles.filter((t) => Number.isFinite(t));
    console.log(
      [
        `  first-load JS+CSS (gzip): home ${kB(home)}, article ${kB(article)}`,
        `  filter/search data for the search page and typing "${query}" (catalog + code + manifest + index chunks, ${chunksFetched} files, gzip): ${kB(searchData)}; plus ${bodiesFetched} article chunks and shards for snippets: ${kB(bodyData)}`,
        `  keystrokes (${keystrokes.length}): median ${ms(percentile(keystrokes, 0.5))}, p95 ${ms(percentile(keystrokes, 0.95))}, max ${ms(Math.max(...keystrokes))}  → ${hits}`,
        `  facet toggles (${valid.length}): median ${ms(percentile(valid, 0.5))}, p95 ${ms(percentile(valid, 0.95))}, max ${ms(Math.max(...valid))}`,
      ].join('\n'),
    );
  } finally {
    await browser.close();
    server.close();
  }
}

function queryWords(corpusDir: string): string[] {
  // Two body words from the middle of one article and one from another's last paragraph: words only full-text search finds.
  const files = readdirSync(corpusDir).sort();
  const paragraphs = (file: string) => readFileSync(path.join(corpusDir, file), 'utf8').split(/\n\n+/).slice(3);
  const words = (text: string) => text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 6);
  const a = paragraphs(files[Math.floor(files.length / 3)]!);
  return [...words(a[Math.floor(a.length / 2)] ?? '').slice(0, 2)];
}

for (const size of SIZES) {
  const corpus = path.resolve(`.cache/corpus-${size}`);
  const dist = path.resolve(`.cache/bench-${size}`);
  if (!existsSync(corpus)) run('npx', ['tsx', 'scripts/gen-corpus.ts', '--count', String(size), '--out', corpus]);
  console.log(`${size.toLocaleString('en')} articles`);
  if (!SKIP_BUILD || !existsSync(dist)) {
    const t = performance.now();
    const ok = run('npx', ['vite', 'build', '--configLoader', 'runner', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], { SEEDS_DIR: corpus });
    console.log(`  build: ${((performance.now() - t) / 1000).toFixed(1)} s${ok ? '' : ' (failed; measuring what it wrote)'}`);
    if (!existsSync(path.join(dist, 'index.html'))) continue;
  }
  await measure(dist, queryWords(corpus));
}
