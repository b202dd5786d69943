/** @module Claims explorer (`/claims`): filters, sort and page live in the URL; a sortable table of claims. */
import { useEffect, useState, type FormEvent } from 'react';
import type { CategoryCount, ClaimListItem, ClaimSort, Page } from '../../../src/apps/server/api-types';
import { ClaimTable } from '../components/claim-table';
import { usePageTitle } from '../components/page-title';
import { Pager } from '../components/pager';
import { Async } from '../components/status';
import { useApi } from '../lib/api';
import { fmtNumber, intParam } from '../lib/format';
import { useQueryState, withQuery } from '../lib/router';
import { SIDE_CODES, SIDE_NAMES, VERDICT_NAMES, VERDICTS } from '../lib/sides';

/** Claims per page. */
const PAGE_SIZE = 50;
/** Text filters, applied on submit. */
const TEXT_FILTERS = ['q', 'source', 'place', 'entity', 'about', 'from', 'to'] as const;
/** Every filter key read from the URL. */
const FILTER_KEYS = [...TEXT_FILTERS, 'side', 'verdict', 'category', 'hedged', 'denial'] as const;
const SORTS: readonly ClaimSort[] = ['published', 'side', 'source', 'verdict', 'outlet'];

type TextKey = (typeof TEXT_FILTERS)[number];

function TriSelect({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={`filter-${id.replace('f-', '')}`}>
        <option value="">any</option>
        <option value="true">yes</option>
        <option value="false">no</option>
      </select>
    </div>
  );
}

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
        <div className="field">
          <label htmlFor="f-side">Side</label>
          <select id="f-side" value={get('side')} onChange={(e) => setFilter('side', e.target.value)} data-testid="filter-side">
            <option value="">any</option>
            {SIDE_CODES.map((s) => (
              <option key={s} value={s}>
                {s} – {SIDE_NAMES[s]}
              </option>
            ))}
          </select>
        </div>
        {text('source', 'Source', 'text', 'name or entity id')}
        <div className="field">
          <label htmlFor="f-verdict">Verdict</label>
          <select id="f-verdict" value={get('verdict')} onChange={(e) => setFilter('verdict', e.target.value)} data-testid="filter-verdict">
            <option value="">any</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {VERDICT_NAMES[v]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-category">Figure category</label>
          <select id="f-category" value={get('category')} onChange={(e) => setFilter('category', e.target.value)} data-testid="filter-category">
            <option value="">any</option>
            {get('category') && !(categories.status === 'ok' && categories.data.some((c) => c.category === get('category'))) && <option value={get('category')}>{get('category')}</option>}
            {categories.status === 'ok' &&
              categories.data.map((c) => (
                <option key={c.category} value={c.category}>
                  {c.category} ({c.figures})
                </option>
              ))}
          </select>
        </div>
        {text('place', 'Place', 'text', 'e.g. Mariupol')}
        {text('entity', 'Entity', 'text', 'name or id')}
        {text('from', 'From', 'date')}
        {text('to', 'To', 'date')}
        <TriSelect id="f-hedged" label="Hedged" value={get('hedged')} onChange={(v) => setFilter('hedged', v)} />
        <TriSelect id="f-denial" label="Denial" value={get('denial')} onChange={(v) => setFilter('denial', v)} />
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
              {fmtNumber(page.total)} claim{page.total === 1 ? '' : 's'}
            </p>
            <ClaimTable claims={page.items} sorting={{ sort, order, onSort }} empty="No claims match these filters." />
            <Pager total={page.total} limit={page.limit} offset={page.offset} onOffset={(o) => setParams({ offset: o || null })} />
          </>
        )}
      </Async>
    </>
  );
}
