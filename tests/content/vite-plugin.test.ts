import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentPlugin } from '../../src/content/vite-plugin';

const temps: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-'));
  temps.push(root);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

const ENTRY = `import index from 'virtual:content';
import { shardCount, tableLoaders } from 'virtual:content/data';
console.log(index.articleCount, shardCount, tableLoaders.length);
`;

async function buildProject(root: string, env: Record<string, string> = {}) {
  const logs: string[] = [];
  vi.spyOn(console, 'info').mockImplementation((...args: unknown[]) => void logs.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logs.push(args.join(' ')));
  Object.assign(process.env, env);
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [contentPlugin()],
      build: { outDir: path.join(root, 'dist'), lib: false, rollupOptions: { input: path.join(root, 'main.js') } },
    });
    return { ok: true, logs };
  } catch (error) {
    return { ok: false, logs, error: error as Error };
  } finally {
    for (const key of Object.keys(env)) delete process.env[key];
  }
}

const GOOD = 'Harbour Reopens\n\nLena Okafor News 3 March 2023\nHarbour Reopens\n\nThe harbour reopened on Friday after six weeks of repairs.\n\nEngineers raised the harbour wall by half a metre.\n';

describe('content plugin in a production build', () => {
  it('writes every good article, lists every problem, prints a summary and then fails', async () => {
    const root = project({ 'main.js': ENTRY, 'seeds/good.txt': GOOD, 'seeds/empty.txt': '', 'seeds/blank.txt': '   \n\n ' });
    const result = await buildProject(root);
    expect(result.ok).toBe(false);
    expect(result.error?.message).toContain('2 content errors');
    const output = result.logs.join('\n');
    expect(output).toContain('seeds/empty.txt');
    expect(output).toContain('seeds/blank.txt');
    expect(output).toContain('content: 1 article in 1 section, 0 warnings, 2 errors');
    const chunks = fs.readdirSync(path.join(root, 'dist', 'assets'));
    const bundled = chunks.map((chunk) => fs.readFileSync(path.join(root, 'dist', 'assets', chunk), 'utf8')).join('\n');
    expect(bundled).toContain('The harbour reopened on Friday');
  });

  it('puts each article body in its own chunk, out of the entry', async () => {
    const root = project({ 'main.js': ENTRY, 'seeds/a.txt': GOOD, 'seeds/b.txt': GOOD.replace(/Harbour Reopens/g, 'Bridge Closes').replace('harbour wall', 'bridge deck') });
    const result = await buildProject(root);
    expect(result.ok).toBe(true);
    const assets = path.join(root, 'dist', 'assets');
    const files = fs.readdirSync(assets).filter((file) => file.endsWith('.js'));
    // The opening sentence is the summary, shipped in list pages; the rest of the body must be in its own chunk.
    const withBody = files.filter((file) => /raised the (harbour wall|bridge deck)/.test(fs.readFileSync(path.join(assets, file), 'utf8')));
    expect(withBody).toHaveLength(2);
    expect(withBody.some((file) => file.startsWith('main'))).toBe(false);
  });

  it('turns warnings into errors in strict mode', async () => {
    const root = project({ 'main.js': ENTRY, 'seeds/a.txt': GOOD, 'seeds/copy.txt': GOOD });
    expect((await buildProject(root)).ok).toBe(true);
    const strict = await buildProject(root, { STRICT: '1' });
    expect(strict.ok).toBe(false);
    expect(strict.logs.join('\n')).toContain('0 warnings, 1 error');
  });

  it('keeps the first-load index the same size whatever the number of articles, with no title or summary in it', { timeout: 60_000 }, async () => {
    const article = (i: number) =>
      `Dispatch Number ${i} From The Coast\n\nLena Okafor News 3 March 2023\n\nBoats number ${i} returned to the quay on a calm morning.\n\nThe harbour office counted the catch for the ${i}th time.\n`;
    const entryOf = async (count: number) => {
      const files: Record<string, string> = { 'main.js': ENTRY };
      for (let i = 0; i < count; i++) files[`seeds/a${i}.txt`] = article(i);
      const root = project(files);
      const result = await buildProject(root);
      expect(result.ok).toBe(true);
      const assets = path.join(root, 'dist', 'assets');
      const main = fs.readdirSync(assets).find((file) => file.startsWith('main') && file.endsWith('.js'));
      expect(main).toBeDefined();
      const text = fs.readFileSync(path.join(assets, main!), 'utf8');
      const chunks = fs.readdirSync(assets, { recursive: true }).map(String).filter((file) => file.endsWith('.js'));
      return { text, chunks: chunks.map((file) => fs.readFileSync(path.join(assets, file), 'utf8')).join('\n') };
    };
    const few = await entryOf(2);
    const many = await entryOf(40);
    for (const { text, chunks } of [few, many]) {
      expect(text).not.toContain('Dispatch Number');
      expect(text).not.toContain('returned to the quay');
      expect(text).not.toContain('a0.txt');
      // Yet every article is in the build, in chunks of its own.
      expect(chunks).toContain('Dispatch Number 1 From The Coast');
      expect(chunks).toContain('counted the catch for the 1th time');
    }
    // Only numbers (the article count, entity counts) may differ: a digit or so, never an article's worth.
    expect(Math.abs(many.text.length - few.text.length)).toBeLessThan(16);
  });

  it('keeps the table of data loaders in the first load the same size, however many shards the keys need', { timeout: 60_000 }, async () => {
    const dataModuleFor = async (count: number) => {
      const files: Record<string, string> = {};
      for (let i = 0; i < count; i++) files[`seeds/a${i}.txt`] = `Dispatch ${i}\n\nBoats number ${i} returned.\n`;
      const plugin = contentPlugin();
      const hooks = plugin as unknown as { configResolved: (config: { root: string; command: string }) => void; load: (id: string) => string };
      hooks.configResolved({ root: project(files), command: 'build' });
      return hooks.load('\0virtual:content/data');
    };
    const few = await dataModuleFor(2);
    // 600 articles make well over one shard's worth of keys (articles, list pages, entity pages).
    const many = await dataModuleFor(600);
    const shardCountOf = (module: string) => Number(/shardCount = (\d+)/.exec(module)?.[1]);
    expect(shardCountOf(few)).toBe(1);
    expect(shardCountOf(many)).toBeGreaterThan(1);
    expect(many.replace(/shardCount = \d+/, '')).toBe(few.replace(/shardCount = \d+/, ''));
  });
});
