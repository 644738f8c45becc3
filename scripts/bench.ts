// Builds synthetic corpora of 1,000 and 10,000 articles and prints: build time, first-load JS+CSS of home
// and of an article (gzip), the filter and search data the search page and a query download (gzip), and per-keystroke / per-toggle latency
// of filter + search measured in headless Chromium. Run: npm run bench [-- --sizes 1000,10000 --skip-build --files]
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

/** Sets the search box's value as typing does and times it to the next committed result list. */
function typeInto(page: Page, value: string): Promise<number> {
  return timeToCommit(
    page,
    `const el = document.getElementById('site-search'); Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, ${JSON.stringify(value)}); el.dispatchEvent(new Event('input', { bubbles: true }));`,
  );
}

/** Script that clicks a facet checkbox of `group`: the n-th unchecked one, or (n < 0) the first checked one. */
function clickFacet(group: string, n: number): string {
  const pick = n < 0 ? `.querySelector('input[type=checkbox]:checked')` : `.querySelectorAll('input[type=checkbox]:not(:checked)')[${n}]`;
  return `[...document.querySelectorAll('section[aria-labelledby]')].find((s) => s.querySelector('h3')?.textContent === ${JSON.stringify(group)})?${pick}?.click();`;
}

async function measure(dist: string, words: string[], moreQueries: string[]): Promise<void> {
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
    const type = async (value: string) => {
      keystrokes.push(await typeInto(page, value));
      // A typist's pace; chunks fetched for this letter arrive before the next.
      await page.waitForTimeout(90);
      await page.waitForLoadState('networkidle');
    };
    for (let i = 1; i <= query.length; i++) await type(query.slice(0, i));
    const hits = await page.getByRole('status', { name: 'Result count' }).textContent();
    const fetchedForQuery = new Set(during);
    // Everything the search page fetched beyond the home page's first load: its catalog (the filter data), the search
    // code, the index manifest and the chunks the typed words needed. What the results on screen fetched is counted
    // apart: their title blocks, and the article chunks for their snippets (with the small shard tables locating them).
    const fetched = [...before, ...fetchedForQuery].filter((p) => !homeAssets.has(p));
    const isTitles = (p: string) => p.includes('/assets/data/titles-');
    const isBody = (p: string) => p.includes('/assets/articles/') || p.includes('/assets/data/shard-');
    const sum = (files: string[]) => files.reduce((total, p) => total + gzipSize(path.join(dist, p)), 0);
    const searchFiles = fetched.filter((p) => !isBody(p) && !isTitles(p));
    const titleFiles = fetched.filter(isTitles);
    const searchData = sum(searchFiles);
    const bodyData = sum(fetched.filter(isBody));
    const chunksFetched = searchFiles.length;
    const bodiesFetched = fetched.filter(isBody).length;
    if (process.argv.includes('--files')) {
      for (const p of searchFiles.sort((x, y) => gzipSize(path.join(dist, y)) - gzipSize(path.join(dist, x)))) console.log(`    ${kB(gzipSize(path.join(dist, p)))}  ${p}`);
    }

    // More samples for the percentiles (the data above is the first query's alone): erase it letter by letter, then
    // type and erase other queries (words from other articles, so new index chunks are fetched and decoded too).
    for (let i = query.length - 1; i >= 0; i--) await type(query.slice(0, i));
    for (const other of moreQueries) {
      for (let i = 1; i <= other.length; i++) await type(other.slice(0, i));
      for (let i = other.length - 1; i >= 0; i--) await type(other.slice(0, i));
    }

    // Facet toggles without and with the query. Per round: one value of each group on (filters pile up across
    // groups), then each off again; a different value each round; then a section excluded and restored.
    const toggles: number[] = [];
    const toggle = async (script: string) => {
      toggles.push(await timeToCommit(page, script));
      await page.waitForTimeout(50);
    };
    const groups = ['People', 'Topics', 'Sections', 'Places'];
    for (const q of ['', query]) {
      await page.goto(url + '/search' + (q ? `?q=${encodeURIComponent(q)}` : ''), { waitUntil: 'networkidle' });
      await page.waitForFunction(() => !document.querySelector('[role=status]')?.textContent?.startsWith('Loading'));
      await page.waitForLoadState('networkidle');
      for (let round = 0; round < 3; round++) {
        for (const group of groups) await toggle(clickFacet(group, round));
        for (const group of groups) await toggle(clickFacet(group, -1));
      }
      const sections = `[...document.querySelectorAll('section[aria-labelledby]')].find((s) => s.querySelector('h3')?.textContent === 'Sections')`;
      await toggle(`${sections}?.querySelector('button[aria-pressed=false]')?.click();`);
      await toggle(`${sections}?.querySelector('button[aria-pressed=true]')?.click();`);
    }
    const valid = toggles.filter((t) => Number.isFinite(t));
    console.log(
      [
        `  first-load JS+CSS (gzip): home ${kB(home)}, article ${kB(article)}`,
        `  filter/search data for the search page and typing "${query}" (catalog + code + manifest + index chunks, ${chunksFetched} files, gzip): ${kB(searchData)}; for the results on screen, ${titleFiles.length} title blocks: ${kB(sum(titleFiles))}, and ${bodiesFetched} article chunks and shards for snippets: ${kB(bodyData)}`,
        `  keystrokes (${keystrokes.length}): median ${ms(percentile(keystrokes, 0.5))}, p95 ${ms(percentile(keystrokes, 0.95))}, max ${ms(Math.max(...keystrokes))}  → ${hits}`,
        `  facet toggles (${valid.length}): median ${ms(percentile(valid, 0.5))}, p95 ${ms(percentile(valid, 0.95))}, max ${ms(Math.max(...valid))}`,
      ].join('\n'),
    );
  } finally {
    await browser.close();
    server.close();
  }
}

/** Two body words from the middle of an article (at `at`, a fraction of the corpus): words only full-text search finds. */
function queryWords(corpusDir: string, at = 1 / 3): string[] {
  const files = readdirSync(corpusDir).sort();
  const paragraphs = (file: string) => readFileSync(path.join(corpusDir, file), 'utf8').split(/\n\n+/).slice(3);
  const words = (text: string) => text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 6);
  const a = paragraphs(files[Math.floor(files.length * at)]!);
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
  await measure(dist, queryWords(corpus), [queryWords(corpus, 1 / 2).join(' '), queryWords(corpus, 4 / 5).join(' ')]);
}
