/** @module Figure timelines (`/timeline?category&about&scale`): category and subject choosers, an SVG chart per side, and the table of figures. */
import type { CategoryCount, FigureRow, Page, TimelineRow, TimelineView as Timeline } from '../../../src/apps/server/api-types';
import { SideBadge, VerdictBadge } from '../components/badges';
import { claimHref } from '../components/claim-table';
import { usePageTitle } from '../components/page-title';
import { Pager } from '../components/pager';
import { Async, Empty } from '../components/status';
import { TimelineChart } from '../components/timeline-chart';
import { useApi } from '../lib/api';
import { fmtDate, fmtNumber, fmtRange, intParam } from '../lib/format';
import { Link, route, useQueryState, withQuery } from '../lib/router';

/** Subjects offered even before the data lists them (figure `about` codes of the figures stage). */
const COMMON_SUBJECTS = ['RU', 'UA', 'civ', 'RU_civ', 'UA_civ'];
/** Readable names of subject codes; others are shown as they are. */
const SUBJECT_NAMES: Record<string, string> = {
  RU: 'RU – Russian forces / state',
  UA: 'UA – Ukrainian forces / state',
  civ: 'civilians',
  RU_civ: 'Russian civilians',
  UA_civ: 'Ukrainian civilians',
};
/** How many figures to scan for the subjects present in a category. */
const SUBJECT_SCAN_LIMIT = 500;
/** Table rows per page. */
const TABLE_PAGE = 50;

function FigureTable({ points }: { points: TimelineRow[] }) {
  if (points.length === 0) return <Empty>No figures for this choice.</Empty>;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="timeline-table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Source</th>
            <th scope="col">Side</th>
            <th scope="col">Outlet</th>
            <th scope="col">Figure</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Reference</th>
            <th scope="col">Cluster</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={`${p.claimId}:${i}`} data-testid="timeline-row" className={p.contested ? 'row-contested' : undefined}>
              <td className="nowrap">
                {fmtDate(p.date)}
                {p.published && p.published !== p.date && <div className="muted small">published {fmtDate(p.published)}</div>}
              </td>
              <td data-testid="claim-source">{p.source ?? <span className="muted">unnamed</span>}</td>
              <td>
                <SideBadge side={p.side} />
              </td>
              <td>{p.outlet ?? <span className="muted">unknown</span>}</td>
              <td>
                <Link to={claimHref(p.docId, claimIndex(p.claimId))}>{p.figure.text}</Link>
                <div className="muted small">
                  {fmtRange(p.figure.low, p.figure.high, p.figure.approx)}
                  {p.hedged && ' · hedged'}
                </div>
              </td>
              <td className="num">{fmtNumber(p.value)}</td>
              <td>
                {p.reference.length === 0 ? (
                  <span className="muted">–</span>
                ) : (
                  p.reference.map((r) => (
                    <div key={`${r.series}${r.date}`} className={`ref ref-${r.flag}`} data-testid="reference-flag">
                      {r.series}: {fmtNumber(r.value)} ({r.date}) <strong>{r.flag}</strong>
                    </div>
                  ))
                )}
              </td>
              <td>
                {p.cluster ? (
                  <Link to={route('clusters', p.cluster.id)} aria-label={`cluster: ${p.cluster.verdict}`}>
                    <VerdictBadge verdict={p.cluster.verdict} />
                  </Link>
                ) : (
                  <span className="muted">–</span>
                )}
                {p.contested && <span className="flag flag-denial">contested</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The claim index from a claim id `<docId>#<idx>` (or `<docId>:<idx>`); 0 when absent. */
function claimIndex(claimId: string): number {
  const m = /[#:](\d+)$/.exec(claimId);
  return m ? Number(m[1]) : 0;
}

/** The figure timelines page. */
export function TimelineView() {
  usePageTitle('Figure timelines');
  const [params, setParams] = useQueryState();
  const categories = useApi<CategoryCount[]>('/api/figures/categories');
  const firstCategory = categories.status === 'ok' ? (categories.data[0]?.category ?? '') : '';
  const category = params.get('category') ?? firstCategory;
  const about = params.get('about') ?? '';
  const log = params.get('scale') === 'log';
  const offset = intParam(params.get('offset'), 0);
  const timeline = useApi<Timeline>(category ? withQuery('/api/timeline', { category, about }) : null);
  const figures = useApi<Page<FigureRow>>(category ? withQuery('/api/figures', { category, limit: SUBJECT_SCAN_LIMIT }) : null);
  const present = figures.status === 'ok' ? figures.data.items.map((f) => f.about).filter((a): a is string => !!a) : [];
  const subjects = [...new Set([...COMMON_SUBJECTS, ...present, ...(about ? [about] : [])])];

  return (
    <>
      <h1>Figure timelines</h1>
      <p className="hint">Every figure of one kind, by the date it is for, coloured by the side of its source. Reference flags compare with public series.</p>
      <Async state={categories} what="Loading figure categories">
        {(cats) =>
          cats.length === 0 ? (
            <Empty>No figures stored yet.</Empty>
          ) : (
            <>
              <div className="filters filters-inline">
                <div className="field">
                  <label htmlFor="tl-category">Category</label>
                  <select id="tl-category" value={category} onChange={(e) => setParams({ category: e.target.value, offset: null })} data-testid="timeline-category">
                    {!cats.some((c) => c.category === category) && <option value={category}>{category}</option>}
                    {cats.map((c) => (
                      <option key={c.category} value={c.category}>
                        {c.category} ({c.figures})
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="tl-about">About</label>
                  <select id="tl-about" value={about} onChange={(e) => setParams({ about: e.target.value, offset: null })} data-testid="timeline-about">
                    <option value="">any subject</option>
                    {subjects.map((s) => (
                      <option key={s} value={s}>
                        {SUBJECT_NAMES[s] ?? s}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field field-check">
                  <input id="tl-log" type="checkbox" checked={log} onChange={(e) => setParams({ scale: e.target.checked ? 'log' : null }, { replace: true })} />
                  <label htmlFor="tl-log">Log scale</label>
                </div>
              </div>
              <Async state={timeline} what="Loading the timeline">
                {(tl) => (
                  <>
                    <p className="result-count" aria-live="polite">
                      {tl.points.length} figure{tl.points.length === 1 ? '' : 's'}
                      {tl.min !== null && tl.max !== null && ` · from ${fmtNumber(tl.min)} to ${fmtNumber(tl.max)}`}
                      {tl.flagged > 0 && ` · ${tl.flagged} far from a reference`}
                    </p>
                    <TimelineChart points={tl.points} log={log} title={`${tl.category}${tl.about ? ` about ${tl.about}` : ''}: values over time by source side`} />
                    <h2>Figures</h2>
                    <FigureTable points={tl.points.slice(offset, offset + TABLE_PAGE)} />
                    <Pager total={tl.points.length} limit={TABLE_PAGE} offset={offset} onOffset={(o) => setParams({ offset: o || null }, { replace: true })} />
                  </>
                )}
              </Async>
            </>
          )
        }
      </Async>
    </>
  );
}
