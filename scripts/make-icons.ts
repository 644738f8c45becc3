// Renders the PWA icons in public/ from public/favicon.svg with headless Chromium (no image library needed).
// Usage: tsx scripts/make-icons.ts   (run again after changing favicon.svg)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from './find-chromium';

const svg = readFileSync(path.resolve('public/favicon.svg'), 'utf8');
const BACKGROUND = '#1f3a5f';

// Maskable icons may be cropped to a circle: the glyph stays inside the central 80 % safe zone.
const icons = [
  { file: 'icon-192.png', size: 192, inset: 0, fill: 'transparent' },
  { file: 'icon-512.png', size: 512, inset: 0, fill: 'transparent' },
  { file: 'apple-touch-icon.png', size: 180, inset: 0.1, fill: BACKGROUND },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.14, fill: BACKGROUND },
];

const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    const pad = Math.round(icon.size * icon.inset);
    await page.setContent(
      `<html><body style="margin:0;background:${icon.fill}"><div style="width:${icon.size}px;height:${icon.size}px;box-sizing:border-box;padding:${pad}px">${svg.replace('<svg ', `<svg width="${icon.size - 2 * pad}" height="${icon.size - 2 * pad}" `)}</div></body></html>`,
    );
    await page.screenshot({ path: path.resolve('public', icon.file), omitBackground: icon.fill === 'transparent' });
    console.log(`public/${icon.file}`);
    await page.close();
  }
} finally {
  await browser.close();
}
