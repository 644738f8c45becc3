/**
 * The reader's preferences, as stored in localStorage and mirrored as data-* attributes on <html>.
 * public/theme-init.js applies the same attributes before first paint; keep the two in step
 * (tests/features/reader-settings/theme-init.test.ts checks they agree).
 */
export const SETTINGS_KEY = 'newsreader:settings';

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export const FONT_SIZES = ['small', 'medium', 'large', 'x-large', 'xx-large'] as const;
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const FACES = ['serif', 'sans', 'dyslexic'] as const;

export type Theme = (typeof THEMES)[number];
export type FontSize = (typeof FONT_SIZES)[number];
export type LineWidth = (typeof LINE_WIDTHS)[number];
export type Face = (typeof FACES)[number];

export interface ReaderSettings {
  theme: Theme;
  fontSize: FontSize;
  lineWidth: LineWidth;
  face: Face;
  /** Single-key shortcuts can be switched off (WCAG 2.1.4): speech users trigger them by accident. */
  shortcuts: boolean;
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  theme: 'system',
  fontSize: 'medium',
  lineWidth: 'medium',
  face: 'serif',
  shortcuts: true,
};

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Whatever is stored (hand-edited, from an older version, or garbage) becomes valid settings. */
export function parseSettings(raw: string | null): ReaderSettings {
  let stored: Record<string, unknown> = {};
  try {
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (value && typeof value === 'object' && !Array.isArray(value)) stored = value as Record<string, unknown>;
  } catch {
    // unreadable: fall back to the defaults
  }
  return {
    theme: oneOf(THEMES, stored.theme, DEFAULT_SETTINGS.theme),
    fontSize: oneOf(FONT_SIZES, stored.fontSize, DEFAULT_SETTINGS.fontSize),
    lineWidth: oneOf(LINE_WIDTHS, stored.lineWidth, DEFAULT_SETTINGS.lineWidth),
    face: oneOf(FACES, stored.face, DEFAULT_SETTINGS.face),
    shortcuts: typeof stored.shortcuts === 'boolean' ? stored.shortcuts : DEFAULT_SETTINGS.shortcuts,
  };
}

/** The attributes on <html> that the stylesheet keys on. "system" leaves data-theme off so CSS follows the OS. */
export function settingsAttributes(settings: ReaderSettings): Record<string, string | null> {
  return {
    'data-theme': settings.theme === 'system' ? null : settings.theme,
    'data-font-size': settings.fontSize,
    'data-line-width': settings.lineWidth,
    'data-face': settings.face,
  };
}

/** The order `t` steps through: the explicit themes, then back to following the system. */
export function nextTheme(theme: Theme): Theme {
  const index = THEMES.indexOf(theme);
  return THEMES[(index + 1) % THEMES.length] ?? 'system';
}

export const THEME_LABELS: Record<Theme, string> = { system: 'Match system', light: 'Light', dark: 'Dark', sepia: 'Sepia' };
export const FONT_SIZE_LABELS: Record<FontSize, string> = { small: 'Small', medium: 'Medium', large: 'Large', 'x-large': 'Larger', 'xx-large': 'Largest' };
export const LINE_WIDTH_LABELS: Record<LineWidth, string> = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' };
export const FACE_LABELS: Record<Face, string> = { serif: 'Serif (Literata)', sans: 'Sans serif (Inter)', dyslexic: 'OpenDyslexic' };
