import type { FacetKey, FilterState } from '../lib/filter-state';
import { facetOptionCount, facetOptions } from '../lib/facets';
import type { FilterIndex, FilterResult } from '../lib/facets';
import { FACET_GROUPS } from '../lib/facet-labels';
import { setExcluded, setIncluded } from '../lib/edit-state';
import { DateRange } from './date-range';
import { FacetGroup } from './facet-group';

interface FacetSidebarProps {
  index: FilterIndex;
  result: FilterResult;
  state: FilterState;
  onChange: (next: FilterState) => void;
}

/** Every facet group with live counts (OR within a group, AND across groups, any value excludable). */
export function FacetSidebar({ index, result, state, onChange }: FacetSidebarProps) {
  const include = (key: FacetKey) => (slug: string, on: boolean) => onChange(setIncluded(state, key, slug, on));
  const exclude = (key: FacetKey) => (slug: string, on: boolean) => onChange(setExcluded(state, key, slug, on));
  return (
    <div className="facet-sidebar">
      {FACET_GROUPS.map(({ key, label, noun }) => (
        <FacetGroup
          key={key}
          label={label}
          noun={noun}
          optionsFor={(limit) => facetOptions(index, result, state, key, limit)}
          total={facetOptionCount(index, result, state, key)}
          onInclude={include(key)}
          onExclude={exclude(key)}
        />
      ))}
      <DateRange from={state.from} to={state.to} onChange={(from, to) => onChange({ ...state, from, to })} />
    </div>
  );
}
