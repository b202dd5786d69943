/** @module The claims table shared by the claims explorer, entity, outlet and place views; optional sortable headers. */
import type { ClaimListItem, ClaimSort } from '../../../src/apps/server/api-types';
import { fmtDate } from '../lib/format';
import { Link, route } from '../lib/router';
import { ClaimFlags, SideBadge, VerdictBadge } from './badges';
import { Empty } from './status';
import { sideClass } from '../lib/sides';

/** Link to a claim inside its article's X-ray. */
export function claimHref(docId: string, idx: number): string {
  return `${route('documents', docId)}#claim-${idx}`;
}

/** Sorting state and handler for sortable headers. */
export interface SortProps {
  sort: ClaimSort;
  order: 'asc' | 'desc';
  onSort: (sort: ClaimSort) => void;
}

function SortHeader({ label, sortKey, sorting }: { label: string; sortKey: ClaimSort; sorting?: SortProps }) {
  if (!sorting) return <th scope="col">{label}</th>;
  const active = sorting.sort === sortKey;
  const ariaSort = active ? (sorting.order === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => sorting.onSort(sortKey)} data-testid={`sort-${sortKey}`}>
        {label}
        <span aria-hidden="true" className="sort-arrow">
          {active ? (sorting.order === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}

/** Source name as shown in lists. */
function sourceLabel(c: ClaimListItem) {
  return c.sourceName ?? c.sourceText ?? <span className="muted">{c.side === 'OUTLET' ? 'outlet itself' : 'unnamed'}</span>;
}

/** The same claims as a narrow list (side panels): one item per claim with the same test ids as the table rows. */
export function ClaimList({ claims, caption, empty = 'No claims match.' }: { claims: ClaimListItem[]; caption?: string; empty?: string }) {
  if (claims.length === 0) return <Empty>{empty}</Empty>;
  return (
    <>
      {caption && <h3 className="list-caption">{caption}</h3>}
      <ul className="claim-list" data-testid="claim-list">
        {claims.map((c) => (
          <li key={`${c.docId}:${c.idx}`} className={`claim-item ${sideClass(c.side)}`} data-testid="claim-row" data-side={c.side}>
            <div className="claim-item-head">
              <SideBadge side={c.side} />
              <span className="claim-item-source" data-testid="claim-source">
                {sourceLabel(c)}
              </span>
            </div>
            <Link to={claimHref(c.docId, c.idx)} className="claim-text" data-testid="claim-link">
              {c.text}
            </Link>
            <div className="row-meta">
              <span className="muted">
                {c.outlet ?? 'unknown outlet'} · {fmtDate(c.published)}
              </span>
              <ClaimFlags hedged={c.hedged} denial={c.denial} />
              {c.clusterId ? (
                <Link to={route('clusters', c.clusterId)} data-testid="claim-cluster-link" aria-label={`Cluster: ${c.verdict ?? 'no verdict'}`}>
                  <VerdictBadge verdict={c.verdict} />
                </Link>
              ) : (
                <VerdictBadge verdict={null} />
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A table of claims: content, source + side, outlet, date, verdict, flags; rows link to the article and the cluster. */
export function ClaimTable({ claims, sorting, caption, empty = 'No claims match.' }: { claims: ClaimListItem[]; sorting?: SortProps; caption?: string; empty?: string }) {
  if (claims.length === 0) return <Empty>{empty}</Empty>;
  return (
    <div className="table-wrap">
      <table className="data-table claim-table" data-testid="claim-table">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col" className="col-content">Claim</th>
            <SortHeader label="Source" sortKey="source" sorting={sorting} />
            <SortHeader label="Side" sortKey="side" sorting={sorting} />
            <SortHeader label="Outlet" sortKey="outlet" sorting={sorting} />
            <SortHeader label="Date" sortKey="published" sorting={sorting} />
            <SortHeader label="Verdict" sortKey="verdict" sorting={sorting} />
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr key={`${c.docId}:${c.idx}`} data-testid="claim-row" data-side={c.side}>
              <td className="col-content">
                <Link to={claimHref(c.docId, c.idx)} className="claim-text" data-testid="claim-link">
                  {c.text}
                </Link>
                <div className="row-meta">
                  <ClaimFlags hedged={c.hedged} denial={c.denial} />
                  {c.categories.map((cat) => (
                    <span key={cat} className="flag flag-category">
                      {cat}
                    </span>
                  ))}
                </div>
              </td>
              <td data-testid="claim-source">{sourceLabel(c)}</td>
              <td>
                <SideBadge side={c.side} />
              </td>
              <td>{c.outlet ?? <span className="muted">unknown</span>}</td>
              <td className="nowrap">{fmtDate(c.published)}</td>
              <td>
                {c.clusterId ? (
                  <Link to={route('clusters', c.clusterId)} data-testid="claim-cluster-link" aria-label={`Cluster ${c.clusterId}: ${c.verdict ?? 'no verdict'}`}>
                    <VerdictBadge verdict={c.verdict} />
                  </Link>
                ) : (
                  <VerdictBadge verdict={null} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
