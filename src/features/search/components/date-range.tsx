interface DateRangeProps {
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
}

/** From–to by month (inclusive); a typed full date is accepted too through the URL. */
export function DateRange({ from, to, onChange }: DateRangeProps) {
  const month = (value: string | null) => (value === null ? '' : value.slice(0, 7));
  return (
    <fieldset className="date-range">
      <legend className="facet-heading">Dates</legend>
      <label>
        From
        <input type="month" value={month(from)} onChange={(event) => onChange(event.target.value || null, to)} />
      </label>
      <label>
        To
        <input type="month" value={month(to)} onChange={(event) => onChange(from, event.target.value || null)} />
      </label>
    </fieldset>
  );
}
