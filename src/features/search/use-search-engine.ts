import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchCatalog } from '../../shared/search-catalog';
import type { Search, SearchSource } from './lib/search';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface SearchEngine {
  search: Search | null;
  status: EngineStatus;
  /** Starts loading (e.g. when the search box gets focus), so the first keystroke finds it ready. */
  warmUp(): void;
  /** Whether the body-index chunks for `q` have arrived. */
  ready: boolean;
  /** Changes whenever more of the index has arrived: a dependency for memoized results. */
  version: number;
}

/**
 * Loads the text index on first use only, never in a page's first load: the search code and the
 * index manifest arrive together in one dynamic import, then body chunks per query as typed.
 */
export function useSearchEngine(catalog: SearchCatalog, loadSource: () => Promise<SearchSource>, q: string): SearchEngine {
  const [search, setSearch] = useState<Search | null>(null);
  const [status, setStatus] = useState<EngineStatus>('idle');
  const started = useRef(false);
  const [version, setLoadedVersion] = useState(0);

  const warmUp = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setStatus('loading');
    Promise.all([import('./lib/search'), loadSource()])
      .then(([{ createSearch }, source]) => {
        setSearch(createSearch(catalog, source));
        setStatus('ready');
      })
      .catch(() => {
        started.current = false;
        setStatus('failed');
      });
  }, [catalog, loadSource]);

  const hasQuery = q.trim() !== '';
  useEffect(() => {
    if (hasQuery) warmUp();
  }, [hasQuery, warmUp]);

  const ready = search !== null && search.isReady(q);
  useEffect(() => {
    if (!search || ready || !hasQuery) return;
    let live = true;
    search
      .prepare(q)
      .catch(() => undefined)
      .finally(() => {
        if (live) setLoadedVersion((v) => v + 1);
      });
    return () => {
      live = false;
    };
  }, [search, q, ready, hasQuery]);

  return { search, status, warmUp, ready, version };
}
