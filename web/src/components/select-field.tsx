/** @module A labelled filter select whose first choice, "any", clears the filter. */

/** One choice of a {@link SelectField}. */
export interface Choice {
  value: string;
  label: string;
}

/** A labelled select of `choices` after an "any" choice (the empty value). */
export function SelectField({ id, label, value, choices, onChange, testId }: { id: string; label: string; value: string; choices: readonly Choice[]; onChange: (value: string) => void; testId: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">any</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
