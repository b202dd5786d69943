/** @module Overview (`/`): corpus size, outlets, dates, sides quoted, most contested/corroborated clusters, latest stories. */
import type { Overview } from '../../../src/apps/server/api-types';
import { BarChart } from '../components/bar-chart';
import { ClusterList } from '../components/cluster-list';
import { usePageTitle } from '../components/page-title';
import { Async, Empty } from '../components/status';
import { useApi } from '../lib/api';
import { fmtDate, fmtNumber } from '../lib/format';
import { Link, route } from '../lib/router';
import { SIDE_CODES, SIDE_NAMES, sideClass } from '../lib/sides';

/** Members listed per story. */
const STORY_MEMBERS = 5;

function Stat({ label, value, to, wide }: { label: string; value: string; to?: string; wide?: boolean }) {
  return (
    <div className={wide ? 'stat stat-wide' : 'stat'}>
      <dt>{label}</dt>
      <dd>{to ? <Link to={to}>{value}</Link> : value}</dd>
    </div>
  );
}

function OverviewBody({ data }: { data: Overview }) {
  const s = data.stats;
  const bars = SIDE_CODES.map((side) => ({ label: side, value: data.sidesQuoted[side] ?? 0, className: sideClass(side), title: SIDE_NAMES[side] }));
  const dupes = s.duplicates.exact + s.duplicates.near;
  return (
    <>
      <section aria-labelledby="stats-h" className="panel">
        <h2 id="stats-h" className="visually-hidden">
          Corpus
        </h2>
        <dl className="stats" data-testid="overview-stats">
          <Stat label="Documents" value={fmtNumber(s.documents)} to="/documents" />
          <Stat label="Outlets" value={fmtNumber(s.outlets)} to="/outlets" />
          <Stat label="Date range" wide value={s.firstPublished ? `${fmtDate(s.firstPublished)} – ${fmtDate(s.lastPublished)}` : 'undated'} />
          <Stat label="Claims" value={fmtNumber(s.claims)} to="/claims" />
          <Stat label="Entities" value={fmtNumber(s.entities)} to="/entities" />
          <Stat label="Places" value={fmtNumber(s.places)} to="/map" />
          <Stat label="Figures" value={fmtNumber(s.figures)} to="/timeline" />
          <Stat label="Duplicates" value={dupes ? `${fmtNumber(s.duplicates.exact)} exact, ${fmtNumber(s.duplicates.near)} near` : 'none'} />
        </dl>
      </section>
      <div className="grid-2">
        <section aria-labelledby="sides-h" className="panel">
          <h2 id="sides-h">Sides quoted</h2>
          <p className="hint">Claims by the side of their source.</p>
          <BarChart bars={bars} title="Claims per side" testId="sides-chart" />
        </section>
        <section aria-labelledby="outlets-h" className="panel">
          <h2 id="outlets-h">Outlets</h2>
          {data.outlets.length === 0 ? (
            <Empty>No outlets known.</Empty>
          ) : (
            <table className="data-table compact" data-testid="overview-outlets">
              <thead>
                <tr>
                  <th scope="col">Outlet</th>
                  <th scope="col" className="num">
                    Documents
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.outlets.map((o) => (
                  <tr key={o.outlet}>
                    <td>
                      <Link to={route('outlets', o.outlet)}>{o.outlet}</Link>
                    </td>
                    <td className="num">{fmtNumber(o.documents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      <div className="grid-2">
        <section aria-labelledby="contested-h" className="panel" data-testid="overview-contested">
          <h2 id="contested-h">Most contested</h2>
          <ClusterList clusters={data.contested} empty="No contested or denied claims." />
        </section>
        <section aria-labelledby="corroborated-h" className="panel" data-testid="overview-corroborated">
          <h2 id="corroborated-h">Most corroborated</h2>
          <ClusterList clusters={data.corroborated} empty="No claim is corroborated by two independent origins yet." />
        </section>
      </div>
      <section aria-labelledby="stories-h" className="panel" data-testid="overview-stories">
        <h2 id="stories-h">Latest stories</h2>
        {data.stories.length === 0 ? (
          <Empty>No stories yet.</Empty>
        ) : (
          <ul className="story-list">
            {data.stories.map((st) => (
              <li key={st.id} data-testid="story-item">
                <div className="story-head">
                  <span className="story-label">{st.label.filter((l) => !l.includes(':')).slice(0, 6).join(' · ') || st.id}</span>
                  <span className="muted">
                    {' '}
                    {st.size} article{st.size === 1 ? '' : 's'}, {fmtDate(st.first)}
                    {st.last && st.last !== st.first ? ` – ${fmtDate(st.last)}` : ''}
                  </span>
                </div>
                <ul className="story-members">
                  {st.members.slice(0, STORY_MEMBERS).map((m) => (
                    <li key={m.docId}>
                      <Link to={route('documents', m.docId)}>{m.title ?? m.docId}</Link>
                      <span className="muted">
                        {' '}
                        {m.outlet ?? 'unknown outlet'} · {fmtDate(m.published)}
                      </span>
                    </li>
                  ))}
                  {st.members.length > STORY_MEMBERS && <li className="muted">and {st.members.length - STORY_MEMBERS} more</li>}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The overview page. */
export function OverviewView() {
  usePageTitle('Overview');
  const state = useApi<Overview>('/api/overview');
  return (
    <>
      <h1>Overview</h1>
      <Async state={state} what="Loading the overview">
        {(data) => <OverviewBody data={data} />}
      </Async>
    </>
  );
}
