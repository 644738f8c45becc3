interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
  /** Extra class per option, e.g. to draw each typeface in itself. */
  optionClass?: (option: T) => string;
}

/** A row of radio buttons drawn as a segmented control; still native radios, so arrow keys work as expected. */
export function ChoiceGroup<T extends string>({ legend, name, options, labels, value, onChange, optionClass }: ChoiceGroupProps<T>) {
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      <div className="choice-row">
        {options.map((option) => (
          <label key={option} className={`choice ${optionClass?.(option) ?? ''}`}>
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            <span>{labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
