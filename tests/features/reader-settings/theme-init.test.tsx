import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SETTINGS_KEY, parseSettings, settingsAttributes } from '../../../src/features/reader-settings/lib/settings';

// public/theme-init.js runs before the app, so it cannot import the settings module: this keeps the two in step.
const script = readFileSync(path.resolve('public/theme-init.js'), 'utf8');
const ATTRIBUTES = ['data-theme', 'data-font-size', 'data-line-width', 'data-face'];

function runScript(stored: string | null): Record<string, string | null> {
  for (const name of ATTRIBUTES) document.documentElement.removeAttribute(name);
  if (stored === null) window.localStorage.removeItem(SETTINGS_KEY);
  else window.localStorage.setItem(SETTINGS_KEY, stored);
  new Function(script)();
  return Object.fromEntries(ATTRIBUTES.map((name) => [name, document.documentElement.getAttribute(name)]));
}

afterEach(() => window.localStorage.clear());

describe('public/theme-init.js', () => {
  it.each([
    null,
    'garbage{',
    JSON.stringify({ theme: 'sepia', fontSize: 'xx-large', lineWidth: 'narrow', face: 'sans' }),
    JSON.stringify({ theme: 'dark' }),
    JSON.stringify({ theme: 'system', face: 'dyslexic' }),
    JSON.stringify({ theme: 'purple', fontSize: 'huge', lineWidth: 7 }),
  ])('sets the same <html> attributes as the app for %s', (stored) => {
    expect(runScript(stored)).toEqual(settingsAttributes(parseSettings(stored)));
  });
});
