/** @module A labelled search form whose value is applied to the URL on submit. */
import { useEffect, useState, type FormEvent } from 'react';

/** Text input + submit button; re-syncs when the URL value changes (back/forward). */
export function SearchBox({ id, label, value, onSearch, placeholder, testId }: { id: string; label: string; value: string; onSearch: (q: string) => void; placeholder?: string; testId?: string }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(draft.trim());
  };
  return (
    <form className="search-box" onSubmit={submit} role="search">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={draft} placeholder={placeholder} onChange={(e) => setDraft(e.target.value)} data-testid={testId} />
      <button type="submit">Search</button>
    </form>
  );
}
