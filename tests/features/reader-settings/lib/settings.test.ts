import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, nextTheme, parseSettings, settingsAttributes } from '../../../../src/features/reader-settings/lib/settings';

describe('reader settings', () => {
  it('reads stored settings and replaces anything invalid with the default', () => {
    expect(parseSettings(JSON.stringify({ theme: 'sepia', fontSize: 'large', lineWidth: 'wide', face: 'dyslexic', shortcuts: false }))).toEqual({
      theme: 'sepia',
      fontSize: 'large',
      lineWidth: 'wide',
      face: 'dyslexic',
      shortcuts: false,
    });
    expect(parseSettings(JSON.stringify({ theme: 'neon', fontSize: 3, shortcuts: 'yes' }))).toEqual(DEFAULT_SETTINGS);
    for (const raw of [null, '', 'not json', '[1,2]', 'null', '42']) expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('leaves data-theme off for "match system", so the stylesheet follows prefers-color-scheme', () => {
    expect(settingsAttributes(DEFAULT_SETTINGS)).toEqual({ 'data-theme': null, 'data-font-size': 'medium', 'data-line-width': 'medium', 'data-face': 'serif' });
    expect(settingsAttributes({ ...DEFAULT_SETTINGS, theme: 'dark' })['data-theme']).toBe('dark');
  });

  it('cycles light → dark → sepia → match system → light', () => {
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('sepia');
    expect(nextTheme('sepia')).toBe('system');
    expect(nextTheme('system')).toBe('light');
  });
});
