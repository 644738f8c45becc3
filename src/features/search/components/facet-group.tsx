import { useId, useState } from 'react';
import { foldText } from '../../../shared/text-fold';
import type { FacetOption } from '../lib/facets';

/** Values listed before "Show all"; selected values are always listed. */
const COLLAPSED_COUNT = 8;

interface FacetGroupProps {
  label: string;
  /** Singular noun for accessible names: "Exclude person Vladimir Putin". */
  noun: string;
  /** The group's values for display: the top `limit`, selected ones always included. */
  optionsFor: (limit: number) => readonly FacetOption[];
  /** How many values the whole group lists. */
  total: number;
  onInclude: (slug: string, on: boolean) => void;
  onExclude: (slug: string, on: boolean) => void;
}

/**
 * One facet: each value with the number of articles the list would have with it added. Values that
 * would give nothing are hidden (a selected one stays, dimmed, so it can be removed).
 */
export function FacetGroup({ label, noun, optionsFor, total, onInclude, onExclude }: FacetGroupProps) {
  const headingId = useId();
  const [expanded, setExpanded] = useState(false);
  const [filter, setFilter] = useState('');
  if (total === 0) return null;
  const long = total > COLLAPSED_COUNT;
  const needle = foldText(filter.trim());
  // Collapsed, only the top values are computed: a group can have thousands.
  let visible = optionsFor(expanded ? Infinity : COLLAPSED_COUNT);
  if (expanded && needle !== '') visible = visible.filter((o) => foldText(o.name).includes(needle) || o.included || o.excluded);

  return (
    <section className="facet-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="facet-heading">
        {label}
      </h3>
      {expanded ? (
        <input
          type="search"
          className="facet-filter"
          aria-label={`Filter ${label.toLowerCase()}`}
          placeholder={`Filter ${label.toLowerCase()}`}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      ) : null}
      <ul className="facet-values">
        {visible.map((o) => (
          <li key={o.slug} className={`facet-value${o.count === 0 && !o.excluded ? ' is-empty' : ''}${o.excluded ? ' is-excluded' : ''}`}>
            <label className="facet-include">
              <input
                type="checkbox"
                checked={o.included}
                // Spelled out: the visible count alone would read as a bare number.
                aria-label={o.excluded ? `${o.name} excluded` : `${o.name} ${o.count} ${o.count === 1 ? 'article' : 'articles'}`}
                onChange={(event) => onInclude(o.slug, event.target.checked)}
              />
              <span className="facet-name">{o.name}</span>{' '}
              {o.excluded ? (
                <span className="facet-count">excluded</span>
              ) : (
                <span className="facet-count">{o.count}</span>
              )}
            </label>
            <button
              type="button"
              className="facet-exclude"
              aria-pressed={o.excluded}
              aria-label={`Exclude ${noun} ${o.name}`}
              title={o.excluded ? `Stop excluding ${o.name}` : `Exclude ${o.name}`}
              onClick={() => onExclude(o.slug, !o.excluded)}
            >
              Not
            </button>
          </li>
        ))}
      </ul>
      {long ? (
        <button type="button" className="facet-more" aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
          {expanded ? `Show fewer ${label.toLowerCase()}` : `Show all ${total} ${label.toLowerCase()}`}
        </button>
      ) : null}
    </section>
  );
}
