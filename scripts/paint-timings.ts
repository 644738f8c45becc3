// First and largest contentful paint of the built site in Chromium under applied throttling (slow 4G:
// 150 ms latency, 1.6 Mbps down; CPU slowed 4×), with the element that was largest. Lighthouse's default
// run simulates throttling from an unthrottled trace instead; this shows what a slow phone really gets.
// Usage: npm run build && npm run bench:paint [-- path ...]
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/test-utils/browser';
import { ensureChromium } from './find-chromium';
import { SECURITY_HEADERS } from './security-headers';
import { serveStatic } from './serve-static';

interface PaintEntry {
  name: string;
  time: number;
  element?: string;
}

const routes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['', 'articles/azeri-armenian-leaders-in-moscow-for-crucial-post-karabakh-meeting'];
const { server, url } = await serveStatic({ root: path.resolve(process.env.OUT_DIR ?? 'dist'), headers: SECURITY_HEADERS, compress: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  for (const route of routes) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const entries: PaintEntry[] = [];
      (window as unknown as { __paints: PaintEntry[] }).__paints = entries;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) entries.push({ name: entry.name, time: entry.startTime });
      }).observe({ type: 'paint', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
          entries.push({ name: 'largest-contentful-paint', time: entry.startTime, element: entry.element ? `<${entry.element.tagName.toLowerCase()}> ${(entry.element.textContent ?? '').slice(0, 40)}…` : '' });
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(url + route, { waitUntil: 'networkidle' });
    const paints = await page.evaluate(() => (window as unknown as { __paints: PaintEntry[] }).__paints);
    const fcp = paints.find((entry) => entry.name === 'first-contentful-paint');
    const lcp = paints.filter((entry) => entry.name === 'largest-contentful-paint').at(-1);
    console.log(`${url}${route}\n  FCP ${Math.round(fcp?.time ?? NaN)} ms · LCP ${Math.round(lcp?.time ?? NaN)} ms ${lcp?.element ?? ''}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
