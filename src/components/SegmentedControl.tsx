// A radio group drawn as joined buttons: one choice out of a few (a chart's view, its scale).
// Native radios keep arrow-key navigation and screen-reader semantics; the look is CSS only.

interface SegmentedControlProps<T extends string> {
  legend: string;
  /** The radio group's name, unique on the page. */
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  /** null: none checked (yet). */
  value: T | null;
  onChange: (value: T) => void;
}

export function SegmentedControl<T extends string>(props: SegmentedControlProps<T>) {
  const { legend, name, options, labels, value, onChange } = props;
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <span>{labels[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}
