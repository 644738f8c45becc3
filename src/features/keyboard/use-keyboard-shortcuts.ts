import { useEffect, useRef } from 'react';
import { shortcutFor, type ShortcutAction } from './lib/shortcuts';

export type ShortcutHandlers = Record<ShortcutAction, () => void>;

/** Listens for the single-key shortcuts on the whole page while `enabled`; the latest handlers are always used. */
export function useKeyboardShortcuts(enabled: boolean, handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      // Inside an open dialog the dialog's own keys (Escape, arrows in radio groups) come first.
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
