import type { SortOrder } from '../lib/filter-state';

const LABELS: Record<SortOrder, string> = { relevance: 'Relevance', newest: 'Newest first', oldest: 'Oldest first' };

export function SortSelect({ value, hasQuery, onChange }: { value: SortOrder; hasQuery: boolean; onChange: (sort: SortOrder) => void }) {
  return (
    <label className="sort-select">
      Sort by{' '}
      <select value={value} onChange={(event) => onChange(event.target.value as SortOrder)}>
        {(['relevance', 'newest', 'oldest'] as const).map((order) => (
          // Relevance ranks text matches: without a query there is nothing to rank.
          <option key={order} value={order} disabled={order === 'relevance' && !hasQuery}>
            {LABELS[order]}
          </option>
        ))}
      </select>
    </label>
  );
}
