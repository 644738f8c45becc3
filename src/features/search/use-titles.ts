import { useEffect, useState } from 'react';
import type { TitleStore } from './lib/title-store';

/** While typing, results change with every letter: past the first screenful, titles wait for a pause. */
const REST_DELAY_MS = 300;

/**
 * Loads the titles of `ids` (a stable array) into `store`: the first `urgent` at once, the rest once the ids have
 * stayed the same for a moment. Does nothing when the caller already shows them all (`complete`). The returned
 * number changes as titles arrive, so the caller renders again and reads them from the store.
 */
export function useTitles(store: TitleStore, ids: readonly number[], urgent: number, complete: boolean): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    // Blocks that arrived after this render (another list asked for them) resolve at once and still re-render.
    if (complete) return;
    let live = true;
    const loaded = () => {
      if (live) setVersion((v) => v + 1);
    };
    store.load(ids.slice(0, urgent)).then(loaded, () => undefined);
    const timer = ids.length > urgent ? setTimeout(() => void store.load(ids).then(loaded, () => undefined), REST_DELAY_MS) : undefined;
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [store, ids, urgent, complete]);
  return version;
}
