import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { defaultSort } from './lib/filter-state';
import type { FilterState } from './lib/filter-state';
import { parseFilterParams, serializeFilterState } from './lib/url-state';

/** How long typing pauses before the query is written to the URL (one history entry, replaced). */
const QUERY_URL_DELAY_MS = 400;

export interface SearchStateApi {
  /** The state shown: the URL's, or the one just chosen while the URL catches up. */
  state: FilterState;
  /** The query as typed, before normalization. */
  draft: string;
  setDraft(q: string): void;
  /** A filter or sort change: a new history entry, so Back steps through it. */
  update(next: FilterState): void;
  /** Writes the typed query to the URL now (on submit). */
  commitQuery(): void;
}

function hasExplicitSort(search: string): boolean {
  return new URLSearchParams(search).has('sort');
}

/**
 * URL ↔ FilterState. The URL is the truth (shareable, Back/Forward step through filter changes), but
 * a change is rendered from local state at once, in the event that made it, and the URL follows:
 * the router's navigation would otherwise sit between a click and its result. The query reaches the
 * URL after a pause in typing, replacing the entry instead of adding one per letter.
 */
export function useSearchState(): SearchStateApi {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const urlState = useMemo(() => parseFilterParams(search), [search]);
  const [local, setLocal] = useState<{ state: FilterState; draft: string; sortChosen: boolean }>(() => ({
    state: urlState,
    draft: urlState.q,
    sortChosen: hasExplicitSort(search),
  }));
  // Back/Forward or a link changed the URL: it wins over local state, unless it is the URL catching up.
  const [seen, setSeen] = useState(search);
  if (seen !== search) {
    setSeen(search);
    if (serializeFilterState(urlState) !== serializeFilterState({ ...local.state, q: local.draft })) {
      setLocal({ state: urlState, draft: urlState.q, sortChosen: hasExplicitSort(search) });
    }
  }

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(local);
  const urlSearch = useRef(search);
  useEffect(() => {
    latest.current = local;
    urlSearch.current = search;
  }, [local, search]);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  const write = useCallback(
    (next: FilterState, replace: boolean) => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      const query = serializeFilterState(next);
      if (query === urlSearch.current) return;
      urlSearch.current = query;
      setParams(new URLSearchParams(query), { replace, preventScrollReset: true });
    },
    [setParams],
  );

  const state = useMemo<FilterState>(() => {
    const q = local.draft;
    return { ...local.state, q, sort: local.sortChosen ? local.state.sort : defaultSort(q.trim()) };
  }, [local]);

  const setDraft = useCallback(
    (q: string) => {
      const next = { ...latest.current, draft: q };
      latest.current = next;
      setLocal(next);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const current = latest.current;
        write({ ...current.state, q: current.draft, sort: current.sortChosen ? current.state.sort : defaultSort(current.draft.trim()) }, true);
      }, QUERY_URL_DELAY_MS);
    },
    [write],
  );

  const update = useCallback(
    (next: FilterState) => {
      const current = latest.current;
      const sortChosen = current.sortChosen || next.sort !== defaultSort(current.draft.trim());
      const chosen = { state: { ...next, q: current.draft }, draft: current.draft, sortChosen };
      latest.current = chosen;
      setLocal(chosen);
      write({ ...chosen.state, sort: sortChosen ? next.sort : defaultSort(current.draft.trim()) }, false);
    },
    [write],
  );

  const commitQuery = useCallback(() => write(state, false), [write, state]);

  return { state, draft: local.draft, setDraft, update, commitQuery };
}
