/** @module A compact list of claim clusters (overview, clusters list). */
import type { ClaimClusterSummary } from '../../../src/apps/server/api-types';
import { fmtDate, truncate } from '../lib/format';
import { Link, route } from '../lib/router';
import { SideBadge, VerdictBadge } from './badges';
import { Empty } from './status';

/** Longest cluster text shown in lists. */
const MAX_TEXT = 220;

/** Each cluster: its first member's text (link), verdict, score, size, sides and dates. */
export function ClusterList({ clusters, empty = 'No clusters.' }: { clusters: ClaimClusterSummary[]; empty?: string }) {
  if (clusters.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ul className="cluster-list">
      {clusters.map((c) => (
        <li key={c.id} className="cluster-item" data-testid="cluster-item">
          <Link to={route('clusters', c.id)} className="cluster-text">
            {truncate(c.text, MAX_TEXT)}
          </Link>
          <div className="row-meta">
            <VerdictBadge verdict={c.verdict.label} />
            <span className="score" title="Evidence score">
              score {c.verdict.score.toFixed(2)}
            </span>
            <span>
              {c.size} version{c.size === 1 ? '' : 's'} · {c.verdict.independentOrigins} independent origin{c.verdict.independentOrigins === 1 ? '' : 's'}
            </span>
            <span className="sides">
              {c.sides.map((s) => (
                <SideBadge key={s} side={s} testId="cluster-side" />
              ))}
            </span>
            <span className="muted">
              {fmtDate(c.first)}
              {c.last && c.last !== c.first ? ` – ${fmtDate(c.last)}` : ''}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
