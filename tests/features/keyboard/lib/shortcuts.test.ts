import { describe, expect, it } from 'vitest';
import { SHORTCUTS, isTypingTarget, shortcutFor, stepIndex, type KeyPress } from '../../../../src/features/keyboard/lib/shortcuts';

const element = (tagName: string, extra: Partial<{ isContentEditable: boolean; editableAncestor: boolean }> = {}) =>
  ({ tagName, isContentEditable: extra.isContentEditable ?? false, closest: () => (extra.editableAncestor ? {} : null) }) as unknown as EventTarget;

const press = (key: string, overrides: Partial<KeyPress> = {}): KeyPress => ({ key, altKey: false, ctrlKey: false, metaKey: false, target: element('BODY'), ...overrides });

describe('keyboard shortcuts', () => {
  it('maps j, k, /, t and ? to their actions', () => {
    expect(['j', 'k', '/', 't', '?'].map((key) => shortcutFor(press(key)))).toEqual(['next', 'previous', 'search', 'theme', 'help']);
    expect(shortcutFor(press('x'))).toBeNull();
    expect(shortcutFor(press('J'))).toBeNull();
  });

  it('never fires with Ctrl, Alt or Meta, while composing, or when already handled', () => {
    expect(shortcutFor(press('t', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('t', { altKey: true }))).toBeNull();
    expect(shortcutFor(press('t', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('t', { isComposing: true }))).toBeNull();
    expect(shortcutFor(press('t', { defaultPrevented: true }))).toBeNull();
  });

  it('never fires while typing in an input, textarea, select or editable region', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT']) expect(shortcutFor(press('j', { target: element(tag) }))).toBeNull();
    expect(shortcutFor(press('j', { target: element('DIV', { isContentEditable: true }) }))).toBeNull();
    expect(isTypingTarget(element('SPAN', { editableAncestor: true }))).toBe(true);
    expect(isTypingTarget(element('A'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('lists a way to do each without the shortcut', () => {
    for (const shortcut of SHORTCUTS) expect(shortcut.alternative.length).toBeGreaterThan(0);
  });

  it('steps through a list and stops at its ends', () => {
    expect(stepIndex(-1, 3, 1)).toBe(0);
    expect(stepIndex(-1, 3, -1)).toBe(2);
    expect(stepIndex(0, 3, 1)).toBe(1);
    expect(stepIndex(2, 3, 1)).toBe(2);
    expect(stepIndex(0, 3, -1)).toBe(0);
    expect(stepIndex(-1, 0, 1)).toBe(-1);
  });
});
