/** @module Claims explorer (`/claims`): filters, sort and page live in the URL; a sortable table of claims. */
import { useEffect, useState, type FormEvent } from 'react';
import type { CategoryCount, ClaimListItem, ClaimSort, Page } from '../../../src/apps/server/api-types';
import { ClaimTable } from '../components/claim-table';
import { usePageTitle } from '../components/page-title';
import { Pager } from '../components/pager';
import { SelectField, type Choice } from '../components/select-field';
import { Async } from '../components/status';
import { useApi } from '../lib/api';
import { fmtCount, intParam } from '../lib/format';
import { useQueryState, withQuery } from '../lib/router';
import { SIDE_CODES, SIDE_NAMES, VERDICT_CHOICES } from '../lib/sides';

/** Claims per page. */
const PAGE_SIZE = 50;
/** Text filters, applied on submit. */
const TEXT_FILTERS = ['q', 'source', 'place', 'entity', 'about', 'from', 'to'] as const;
/** Every filter key read from the URL. */
const FILTER_KEYS = [...TEXT_FILTERS, 'side', 'verdict', 'category', 'hedged', 'denial'] as const;
const SORTS: readonly ClaimSort[] = ['published', 'side', 'source', 'verdict', 'outlet'];

type TextKey = (typeof TEXT_FILTERS)[number];

const YES_NO: readonly Choice[] = [
  { value: 'true', label: 'yes' },
  { value: 'false', label: 'no' },
];
const SIDE_CHOICES: readonly Choice[] = SIDE_CODES.map((s) => ({ value: s, label: `${s} – ${SIDE_NAMES[s]}` }));

/** The claims explorer. */
export function ClaimsView() {
  usePageTitle('Claims');
  const [params, setParams] = useQueryState();
  const get = (k: string) => params.get(k) ?? '';
  const sortParam = get('sort');
  const sort: ClaimSort = (SORTS as readonly string[]).includes(sortParam) ? (sortParam as ClaimSort) : 'published';
  const orderParam = get('order');
  const order: 'asc' | 'desc' = orderParam === 'asc' || orderParam === 'desc' ? orderParam : sort === 'published' ? 'desc' : 'asc';
  const offset = intParam(params.get('offset'), 0);

  const [draft, setDraft] = useState<Record<TextKey, string>>(() => Object.fromEntries(TEXT_FILTERS.map((k) => [k, get(k)])) as Record<TextKey, string>);
  const search = params.toString();
  useEffect(() => {
    const p = new URLSearchParams(search);
    setDraft(Object.fromEntries(TEXT_FILTERS.map((k) => [k, p.get(k) ?? ''])) as Record<TextKey, string>);
  }, [search]);

  const query: Record<string, string | number> = { limit: PAGE_SIZE, offset, sort, order };
  for (const k of FILTER_KEYS) if (get(k)) query[k] = get(k);
  const state = useApi<Page<ClaimListItem>>(withQuery('/api/claims', query));
  const categories = useApi<CategoryCount[]>('/api/figures/categories');

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setParams({ ...Object.fromEntries(TEXT_FILTERS.map((k) => [k, draft[k].trim()])), offset: null });
  };
  const setFilter = (k: string, v: string) => setParams({ [k]: v, offset: null });
  const reset = () => setParams({ ...Object.fromEntries(FILTER_KEYS.map((k) => [k, null])), sort: null, order: null, offset: null });
  const onSort = (key: ClaimSort) => {
    const defaultOrder = key === 'published' ? 'desc' : 'asc';
    const nextOrder = key === sort ? (order === 'asc' ? 'desc' : 'asc') : defaultOrder;
    setParams({ sort: key, order: nextOrder, offset: null });
  };
  // A category in the URL that the store does not list (yet) stays selectable.
  const known = categories.status === 'ok' ? categories.data : [];
  const categoryChoices: Choice[] = [
    ...(get('category') && !known.some((c) => c.category === get('category')) ? [{ value: get('category'), label: get('category') }] : []),
    ...known.map((c) => ({ value: c.category, label: `${c.category} (${c.figures})` })),
  ];
  const text = (k: TextKey, label: string, type = 'text', placeholder?: string) => (
    <div className="field">
      <label htmlFor={`f-${k}`}>{label}</label>
      <input id={`f-${k}`} type={type} value={draft[k]} placeholder={placeholder} onChange={(e) => setDraft((d) => ({ ...d, [k]: e.target.value }))} data-testid={`filter-${k}`} />
    </div>
  );

  return (
    <>
      <h1>Claims</h1>
      <form className="filters" onSubmit={apply} aria-label="Claim filters" data-testid="claim-filters">
        {text('q', 'Text contains', 'search', 'words in the claim')}
        <SelectField id="f-side" label="Side" value={get('side')} choices={SIDE_CHOICES} onChange={(v) => setFilter('side', v)} testId="filter-side" />
        {text('source', 'Source', 'text', 'name or entity id')}
        <SelectField id="f-verdict" label="Verdict" value={get('verdict')} choices={VERDICT_CHOICES} onChange={(v) => setFilter('verdict', v)} testId="filter-verdict" />
        <SelectField id="f-category" label="Figure category" value={get('category')} choices={categoryChoices} onChange={(v) => setFilter('category', v)} testId="filter-category" />
        {text('place', 'Place', 'text', 'e.g. Mariupol')}
        {text('entity', 'Entity', 'text', 'name or id')}
        {text('from', 'From', 'date')}
        {text('to', 'To', 'date')}
        <SelectField id="f-hedged" label="Hedged" value={get('hedged')} choices={YES_NO} onChange={(v) => setFilter('hedged', v)} testId="filter-hedged" />
        <SelectField id="f-denial" label="Denial" value={get('denial')} choices={YES_NO} onChange={(v) => setFilter('denial', v)} testId="filter-denial" />
        <div className="field field-buttons">
          <button type="submit" className="primary">
            Apply
          </button>
          <button type="button" onClick={reset}>
            Reset
          </button>
        </div>
      </form>
      {get('about') && (
        <p className="active-filter">
          About: <strong>{get('about')}</strong>{' '}
          <button type="button" className="link-button" onClick={() => setFilter('about', '')}>
            clear
          </button>
        </p>
      )}
      <Async state={state} what="Loading claims">
        {(page) => (
          <>
            <p className="result-count" aria-live="polite" data-testid="claim-count">
              {fmtCount(page.total, 'claim')}
            </p>
            <ClaimTable claims={page.items} sorting={{ sort, order, onSort }} empty="No claims match these filters." />
            <Pager total={page.total} limit={page.limit} offset={page.offset} onOffset={(o) => setParams({ offset: o || null })} />
          </>
        )}
      </Async>
    </>
  );
}
