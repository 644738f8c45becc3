// Builds the production site and runs the browser tests against it in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './find-chromium';
import { SUBPATH_SITE } from '../tests/e2e/subpath-site';

const chromium = ensureChromium();
const env = { ...process.env, CHROMIUM_PATH: chromium };

const run = (command: string, args: string[], extraEnv: Record<string, string> = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npm', ['run', 'build']);
// Seeds full of markup and script payloads, to prove content is only ever shown as text.
run('npx', ['vite', 'build', '--configLoader', 'runner', '--outDir', '.cache/e2e-hostile', '--emptyOutDir', '--logLevel', 'warn'], { SEEDS_DIR: 'tests/e2e/fixtures/hostile-seeds' });
// Deployed under a sub-path with a site URL, as on GitHub Pages: served without SPA fallback by tests/e2e/deploy.test.ts.
run('npx', ['vite', 'build', '--configLoader', 'runner', '--outDir', SUBPATH_SITE.outDir, '--emptyOutDir', '--logLevel', 'warn'], { BASE_PATH: SUBPATH_SITE.base, SITE_URL: SUBPATH_SITE.siteUrl });
// Articles with people, topics and sections to filter by: served by tests/e2e/search.test.ts.
run('npx', ['vite', 'build', '--configLoader', 'runner', '--outDir', '.cache/e2e-search', '--emptyOutDir', '--logLevel', 'warn'], { SEEDS_DIR: 'tests/e2e/fixtures/search-seeds' });
run('npx', ['vitest', 'run', '--configLoader', 'runner', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
