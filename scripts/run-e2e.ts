// Builds the production site and runs the browser tests against it in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './find-chromium';

const chromium = ensureChromium();
const env = { ...process.env, CHROMIUM_PATH: chromium };

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npm', ['run', 'build']);
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
