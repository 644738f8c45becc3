import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings, settingsAttributes, type ReaderSettings } from './lib/settings';

// One store for every component that reads the settings; localStorage is touched only in the browser,
// never during prerendering, where the defaults stand in (the server snapshot).
const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: ReaderSettings = DEFAULT_SETTINGS;
let memoryRaw: string | null = null;

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(SETTINGS_KEY);
  } catch {
    // storage blocked (private mode, sandboxed frame): settings last for this page only
    return memoryRaw;
  }
}

function getSnapshot(): ReaderSettings {
  const raw = readStorage();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parseSettings(raw);
  }
  return cached;
}

function getServerSnapshot(): ReaderSettings {
  return DEFAULT_SETTINGS;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    // Another tab changed the settings: follow it here too.
    if (event.key === SETTINGS_KEY) {
      applyToDocument(getSnapshot());
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function applyToDocument(settings: ReaderSettings): void {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(settingsAttributes(settings))) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
}

export function saveSettings(settings: ReaderSettings): void {
  const raw = JSON.stringify(settings);
  memoryRaw = raw;
  try {
    window.localStorage.setItem(SETTINGS_KEY, raw);
  } catch {
    // quota or blocked storage: keep the in-memory copy
  }
  applyToDocument(settings);
  for (const listener of listeners) listener();
}

/** The current settings and a function to change some of them; changes apply at once and persist. */
export function useReaderSettings(): [ReaderSettings, (change: Partial<ReaderSettings>) => void] {
  const settings = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const update = useCallback((change: Partial<ReaderSettings>) => saveSettings({ ...getSnapshot(), ...change }), []);
  return [settings, update];
}
