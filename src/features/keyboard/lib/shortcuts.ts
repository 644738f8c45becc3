export type ShortcutAction = 'next' | 'previous' | 'search' | 'theme' | 'help';

export interface Shortcut {
  key: string;
  action: ShortcutAction;
  description: string;
  /** What does the same without the keyboard shortcut (WCAG 2.1.4 asks for one). */
  alternative: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { key: 'j', action: 'next', description: 'Next article in a list, or the next article while reading', alternative: 'Tab, or the “Next article” link' },
  { key: 'k', action: 'previous', description: 'Previous article in a list, or the previous article while reading', alternative: 'Shift+Tab, or the “Previous article” link' },
  { key: '/', action: 'search', description: 'Search', alternative: 'The search box or the Search link' },
  { key: 't', action: 'theme', description: 'Next theme: light, dark, sepia, match system', alternative: 'Theme in Settings' },
  { key: '?', action: 'help', description: 'Show this list of shortcuts', alternative: '“Show keyboard shortcuts” in Settings' },
];

/** The parts of a KeyboardEvent that decide whether it is a shortcut. */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
  target: EventTarget | null;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** True while the reader is typing (or choosing in a form control), where letters must stay letters. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (TYPING_TAGS.has(element.tagName) || element.isContentEditable) return true;
  return element.closest('[contenteditable=""], [contenteditable="true"]') !== null;
}

/**
 * The action a key press asks for, or null. Shift is allowed because `?` (and `/` on some layouts) needs it;
 * Ctrl, Alt and Meta never trigger a shortcut, so browser and screen-reader keys pass through untouched.
 */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey || press.isComposing || press.defaultPrevented) return null;
  if (isTypingTarget(press.target)) return null;
  return SHORTCUTS.find((shortcut) => shortcut.key === press.key)?.action ?? null;
}

/** Where j/k go in a list of `count` items from `current` (-1: nothing chosen yet); stops at the ends. */
export function stepIndex(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + direction));
}
