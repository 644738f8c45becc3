export interface ActiveFilter {
  /** Stable key for React and tests. */
  id: string;
  /** "Person: Vladimir Putin", "Not section: Sport", "From 2021-01". */
  label: string;
  remove: () => void;
}

/** The current filters as removable chips, with "Clear all". */
export function ActiveFilters({ filters, onClearAll }: { filters: readonly ActiveFilter[]; onClearAll: () => void }) {
  if (filters.length === 0) return null;
  return (
    <div className="active-filters">
      <h2 className="visually-hidden">Active filters</h2>
      <ul>
        {filters.map((f) => (
          <li key={f.id}>
            <button type="button" className="chip" onClick={f.remove} aria-label={`Remove filter ${f.label}`}>
              <span>{f.label}</span>
              <span aria-hidden="true" className="chip-x">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="clear-all" onClick={onClearAll}>
        Clear all filters
      </button>
    </div>
  );
}
