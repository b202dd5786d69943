/** @module Outlets list (`/outlets`) and outlet profile (`/outlets/:name`): claims by side, attribution, hedging, own voice, single origin, contradictions, syndication, documents. */
import type { OutletStats, OutletView as OutletData, Page } from '../../../src/apps/server/api-types';
import { BarChart } from '../components/bar-chart';
import { usePageTitle } from '../components/page-title';
import { PagedTable, type Column } from '../components/paged-table';
import { Pager } from '../components/pager';
import { Async, Empty } from '../components/status';
import { useApi } from '../lib/api';
import { fmtDate, fmtNumber, fmtShare, intParam } from '../lib/format';
import { Link, route, useQueryState, withQuery } from '../lib/router';
import { SIDE_CODES, SIDE_NAMES, sideClass } from '../lib/sides';

/** Outlets and documents per page. */
const PAGE_SIZE = 50;
const DOC_PAGE_SIZE = 20;

/** The outlets list's columns. */
const OUTLET_COLUMNS: ReadonlyArray<Column<OutletStats>> = [
  { header: 'Outlet', cell: (o) => <Link to={route('outlets', o.outlet)}>{o.outlet}</Link> },
  { header: 'Claims', cell: (o) => fmtNumber(o.claims), numeric: true },
  { header: 'Attributed', cell: (o) => fmtShare(o.attributed, o.claims), numeric: true },
  { header: 'Hedged', cell: (o) => fmtShare(o.hedged, o.claims), numeric: true },
  { header: 'Own voice', cell: (o) => fmtShare(o.ownVoice, o.claims), numeric: true },
  { header: 'Single origin', cell: (o) => fmtShare(o.singleOrigin, o.claims), numeric: true },
  { header: 'Later contradicted', cell: (o) => fmtNumber(o.laterContradicted), numeric: true },
];

/** The outlets list. */
export function OutletsView() {
  usePageTitle('Outlets');
  const [params, setParams] = useQueryState();
  const offset = intParam(params.get('offset'), 0);
  const state = useApi<Page<OutletStats>>(withQuery('/api/outlets', { limit: PAGE_SIZE, offset }));
  return (
    <>
      <h1>Outlets</h1>
      <PagedTable
        state={state}
        what="Loading outlets"
        empty="No outlets known."
        testId="outlets-table"
        rowTestId="outlet-row"
        rowKey={(o) => o.outlet}
        onOffset={(o) => setParams({ offset: o || null })}
        columns={OUTLET_COLUMNS}
      />
    </>
  );
}

function Share({ label, part, whole, testId }: { label: string; part: number; whole: number; testId: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd data-testid={testId}>
        {fmtShare(part, whole)} <span className="muted small">({fmtNumber(part)})</span>
      </dd>
    </div>
  );
}

function OutletBody({ data, onOffset }: { data: OutletData; onOffset: (o: number) => void }) {
  const p = data.profile;
  usePageTitle(p.outlet);
  const bars = SIDE_CODES.map((s) => ({ label: s, value: p.bySide[s] ?? 0, className: sideClass(s), title: SIDE_NAMES[s] }));
  return (
    <>
      <h1>{p.outlet}</h1>
      <dl className="stats" data-testid="outlet-stats">
        <div className="stat">
          <dt>Claims</dt>
          <dd>{fmtNumber(p.claims)}</dd>
        </div>
        <Share label="Attributed" part={p.attributed} whole={p.claims} testId="outlet-attributed" />
        <Share label="Hedged" part={p.hedged} whole={p.claims} testId="outlet-hedged" />
        <Share label="Own voice" part={p.ownVoice} whole={p.claims} testId="outlet-own-voice" />
        <Share label="Single origin" part={p.singleOrigin} whole={p.claims} testId="outlet-single-origin" />
        <Share label="Later contradicted" part={p.laterContradicted} whole={p.claims} testId="outlet-contradicted" />
      </dl>
      <div className="grid-2">
        <section className="panel" aria-labelledby="o-sides-h">
          <h2 id="o-sides-h">Claims by side of source</h2>
          <BarChart bars={bars} title={`Claims of ${p.outlet} per side`} testId="outlet-sides-chart" />
        </section>
        <section className="panel" aria-labelledby="o-synd-h">
          <h2 id="o-synd-h">Syndication partners</h2>
          {p.syndication.length === 0 ? (
            <Empty>No shared copies with other outlets.</Empty>
          ) : (
            <table className="data-table compact" data-testid="outlet-syndication">
              <thead>
                <tr>
                  <th scope="col">Outlet</th>
                  <th scope="col" className="num">Copied from them</th>
                  <th scope="col" className="num">Copied by them</th>
                </tr>
              </thead>
              <tbody>
                {p.syndication.map((s) => (
                  <tr key={s.outlet}>
                    <td>
                      <Link to={route('outlets', s.outlet)}>{s.outlet}</Link>
                    </td>
                    <td className="num">{fmtNumber(s.from)}</td>
                    <td className="num">{fmtNumber(s.to)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      <section aria-labelledby="o-docs-h">
        <h2 id="o-docs-h">Documents ({fmtNumber(data.documents.total)})</h2>
        {data.documents.items.length === 0 ? (
          <Empty>No documents.</Empty>
        ) : (
          <>
            <ul className="plain-list" data-testid="outlet-documents">
              {data.documents.items.map((d) => (
                <li key={d.id}>
                  <Link to={route('documents', d.id)}>{d.title ?? d.id}</Link> <span className="muted">{fmtDate(d.published)}</span>
                </li>
              ))}
            </ul>
            <Pager total={data.documents.total} limit={data.documents.limit} offset={data.documents.offset} onOffset={onOffset} />
          </>
        )}
      </section>
    </>
  );
}

/** The profile page of one outlet. */
export function OutletView({ name }: { name: string }) {
  usePageTitle('Outlet');
  const [params, setParams] = useQueryState();
  const offset = intParam(params.get('offset'), 0);
  const state = useApi<OutletData>(withQuery(`/api/outlets/${encodeURIComponent(name)}`, { limit: DOC_PAGE_SIZE, offset }));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/outlets">Outlets</Link> › outlet
      </p>
      <Async state={state} what="Loading the outlet">
        {(data) => <OutletBody data={data} onOffset={(o) => setParams({ offset: o || null })} />}
      </Async>
    </>
  );
}
