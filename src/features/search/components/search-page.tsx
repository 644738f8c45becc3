import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { SearchCatalog } from '../../../shared/search-catalog';
import { scanWords } from '../../../shared/text-fold';
import { activeFilterCount, clearFilters, setExcluded, setIncluded } from '../lib/edit-state';
import { FACET_GROUPS } from '../lib/facet-labels';
import type { FilterIndex } from '../lib/facets';
import { normalizeQuery } from '../lib/filter-state';
import type { FilterState } from '../lib/filter-state';
import { applyQuery } from '../lib/apply-query';
import type { SearchSource } from '../lib/search';
import { TitleStore } from '../lib/title-store';
import type { LoadTitleBlock } from '../lib/title-store';
import { useFilterIndex } from '../use-filter-index';
import { useSearchEngine } from '../use-search-engine';
import { useSearchState } from '../use-search-state';
import { ActiveFilters } from './active-filters';
import type { ActiveFilter } from './active-filters';
import { FacetSidebar } from './facet-sidebar';
import type { LoadBody } from './result-item';
import { ResultList } from './result-list';
import { SearchBox } from './search-box';
import { SortSelect } from './sort-select';
import './search.css';

interface SearchPageProps {
  catalog: SearchCatalog;
  loadSource: () => Promise<SearchSource>;
  /** The results' titles, in blocks (src/shared/search-titles.ts). */
  loadTitles: LoadTitleBlock;
  loadBody?: LoadBody;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function chipsFor(index: FilterIndex, state: FilterState, onChange: (s: FilterState) => void): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  for (const { key, noun } of FACET_GROUPS) {
    const group = index.groups[key];
    const name = (slug: string) => group.values[group.indexOf.get(slug) ?? -1]?.name ?? slug;
    for (const slug of state.include[key]) {
      chips.push({ id: `${key}:${slug}`, label: `${capitalize(noun)}: ${name(slug)}`, remove: () => onChange(setIncluded(state, key, slug, false)) });
    }
    for (const slug of state.exclude[key]) {
      chips.push({ id: `${key}:-${slug}`, label: `Not ${noun}: ${name(slug)}`, remove: () => onChange(setExcluded(state, key, slug, false)) });
    }
  }
  if (state.from !== null) chips.push({ id: 'from', label: `From ${state.from}`, remove: () => onChange({ ...state, from: null }) });
  if (state.to !== null) chips.push({ id: 'to', label: `To ${state.to}`, remove: () => onChange({ ...state, to: null }) });
  return chips;
}

/** Browse and search: facets with live counts, full-text search, results; all state in the URL. */
export function SearchPage({ catalog, loadSource, loadTitles, loadBody }: SearchPageProps) {
  const { state, draft, setDraft, update, commitQuery } = useSearchState();
  const index = useFilterIndex(catalog);
  const titles = useMemo(() => new TitleStore(catalog.size, loadTitles), [catalog, loadTitles]);
  const q = normalizeQuery(draft);
  const engine = useSearchEngine(catalog, loadSource, q);
  const { search, version } = engine;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);

  const hits = useMemo(
    () => (search && q !== '' ? search.search(q) : null),
    // `version` changes when more index chunks arrive for the same query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [search, q, version, engine.ready],
  );
  const result = useMemo(() => applyQuery(index, { ...state, q }, hits), [index, state, q, hits]);
  const waiting = q !== '' && search === null;
  const queryWords = useMemo(() => scanWords(q).flatMap((g) => g.parts.map((p) => p.term)), [q]);
  const count = waiting ? null : result.ids.length;
  const activeCount = activeFilterCount(state);

  // A performance mark per committed result list: scripts/bench.ts times keystrokes and facet toggles by it.
  useLayoutEffect(() => {
    performance.mark('search:commit');
  }, [result]);

  return (
    <div className="search-page">
      <header className="page-header search-header">
        <h1>Search and browse</h1>
        <SearchBox
          value={draft}
          onChange={setDraft}
          onSubmit={commitQuery}
          onWarmUp={engine.warmUp}
          onArrowDown={() => listRef.current?.querySelector<HTMLAnchorElement>('a.result-link')?.focus()}
        />
        <noscript>
          <p className="noscript-note">Filtering and search need JavaScript. Turn it on to filter by person, topic, place and date.</p>
        </noscript>
      </header>
      <div className="search-columns">
        <div className="search-filters-column">
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="search-filters"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            Filters{activeCount > 0 ? ` (${activeCount} active)` : ''}
          </button>
          <section id="search-filters" className={`search-filters${filtersOpen ? ' is-open' : ''}`} aria-labelledby="filters-heading">
            <h2 id="filters-heading" className="filters-heading">
              Filters
            </h2>
            <FacetSidebar index={index} result={result.filter} state={state} onChange={update} />
          </section>
        </div>
        <div className="search-results">
          <h2 className="visually-hidden">Results</h2>
          <div className="results-bar">
            <p role="status" aria-label="Result count" className="result-count">
              {count === null
                ? 'Loading the search index…'
                : `${count.toLocaleString('en')} ${count === 1 ? 'article' : 'articles'}${q !== '' ? ` matching “${q}”` : ''}`}
            </p>
            <SortSelect value={state.sort} hasQuery={q !== ''} onChange={(sort) => update({ ...state, sort })} />
          </div>
          <ActiveFilters filters={chipsFor(index, state, update)} onClearAll={() => update(clearFilters(state))} />
          {waiting ? null : <ResultList ids={result.ids} catalog={catalog} titles={titles} hits={result.hits} queryWords={queryWords} loadBody={loadBody} listRef={listRef} />}
        </div>
      </div>
    </div>
  );
}
