/** @module Cluster view (`/clusters/:id`): verdict with score and reasons, every version side by side, relays and first appearance. */
import type { ClaimClusterDetail, Side } from '../../../src/apps/server/api-types';
import { ClaimFlags, SideBadge, VerdictBadge } from '../components/badges';
import { claimHref } from '../components/claim-table';
import { usePageTitle } from '../components/page-title';
import { Async } from '../components/status';
import { useApi } from '../lib/api';
import { fmtDate } from '../lib/format';
import { Link, route } from '../lib/router';
import { isSide, sideClass } from '../lib/sides';
import type { RelayChain } from '../../../src/corpus/verdicts/verdict';

/** A relay chain as the verdict detail stores it. */
type Chain = RelayChain;

interface Origin {
  key: string;
  name: string;
  side: Side;
  outlets: string[];
  claimIds: string[];
}

interface Contradiction {
  category: string;
  about: string | null;
  a: { claimId: string; figure: string; side: Side; source: string | null };
  b: { claimId: string; figure: string; side: Side; source: string | null };
}

function arrayOf<T>(detail: unknown, key: string, check: (x: unknown) => boolean): T[] {
  if (typeof detail !== 'object' || detail === null) return [];
  const v = (detail as Record<string, unknown>)[key];
  return Array.isArray(v) ? (v.filter(check) as T[]) : [];
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isChain = (x: unknown) => isObj(x) && typeof x.docId === 'string' && isSide(x.side as string);
const isOrigin = (x: unknown) => isObj(x) && typeof x.name === 'string' && isSide(x.side as string);
const isContradiction = (x: unknown) => isObj(x) && isObj(x.a) && isObj(x.b);

/** How a document is named in lists: outlet, else its title, else its id. */
function docName(docId: string, outlet: string | null, titles: Map<string, string | null>): string {
  return outlet ?? titles.get(docId) ?? docId;
}

function ChainLine({ c, titles }: { c: Chain; titles: Map<string, string | null> }) {
  return (
    <>
      <Link to={route('documents', c.docId)}>{docName(c.docId, c.outlet, titles)}</Link>
      <span className="muted"> ({fmtDate(c.published)})</span>
      {c.via && <> → via {c.via}</>} → {c.source ?? 'own voice'} <SideBadge side={c.side} testId="chain-side" />
    </>
  );
}

function ClusterBody({ c }: { c: ClaimClusterDetail }) {
  const chains = arrayOf<Chain>(c.verdict.detail, 'chains', isChain);
  const origins = arrayOf<Origin>(c.verdict.detail, 'origins', isOrigin);
  const contradictions = arrayOf<Contradiction>(c.verdict.detail, 'contradictions', isContradiction);
  const first = c.verdict.firstAppearance;
  const relayed = chains.filter((ch) => ch.via);
  const titles = new Map(c.members.map((m) => [m.docId, m.title]));
  return (
    <>
      <section className={`panel verdict-panel verdict-panel-${c.verdict.label}`} aria-labelledby="verdict-h" data-testid="cluster-verdict">
        <h2 id="verdict-h">
          Verdict: <VerdictBadge verdict={c.verdict.label} />
        </h2>
        <dl className="stats stats-small">
          <div className="stat">
            <dt>Evidence score</dt>
            <dd data-testid="cluster-score">{c.verdict.score.toFixed(2)}</dd>
          </div>
          <div className="stat">
            <dt>Independent origins</dt>
            <dd>{c.verdict.independentOrigins}</dd>
          </div>
          <div className="stat">
            <dt>Versions</dt>
            <dd>{c.members.length}</dd>
          </div>
          <div className="stat">
            <dt>Dates</dt>
            <dd>
              {fmtDate(c.first)}
              {c.last && c.last !== c.first ? ` – ${fmtDate(c.last)}` : ''}
            </dd>
          </div>
        </dl>
        <h3>Reasons</h3>
        <ul className="reasons" data-testid="cluster-reasons">
          {c.verdict.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
          {c.verdict.reasons.length === 0 && <li className="muted">No reasons recorded.</li>}
        </ul>
        {first && (
          <p data-testid="cluster-first">
            <strong>First appearance:</strong> <Link to={route('documents', first.docId)}>{docName(first.docId, first.outlet, titles)}</Link> <span className="muted">({fmtDate(first.published)})</span>
          </p>
        )}
        {c.categories.length > 0 && <p className="muted">Figure categories: {c.categories.join(', ')}</p>}
      </section>

      <section aria-labelledby="versions-h">
        <h2 id="versions-h">Every version</h2>
        <div className="versions">
          {c.members.map((m) => (
            <article key={`${m.docId}:${m.idx}`} className={`version-card ${sideClass(m.side)}`} data-testid="cluster-version">
              <header className="version-head">
                <SideBadge side={m.side} />
                <span className="version-source" data-testid="claim-source">
                  {m.sourceName ?? m.sourceText ?? (m.side === 'OUTLET' ? "outlet's own voice" : 'unnamed')}
                </span>
              </header>
              <blockquote className="version-text">{m.text}</blockquote>
              <p className="version-meta">
                {m.outlet ?? 'unknown outlet'} · {fmtDate(m.published)}
                {m.cue && <> · “{m.cue}”</>}
              </p>
              <div className="row-meta">
                <ClaimFlags hedged={m.hedged} denial={m.denial} />
                {m.contradictedLater && <span className="flag flag-denial">later contradicted</span>}
              </div>
              <Link to={claimHref(m.docId, m.idx)} className="version-link">
                Open in article{m.title ? `: ${m.title}` : ''}
              </Link>
            </article>
          ))}
        </div>
      </section>

      {origins.length > 0 && (
        <section className="panel" aria-labelledby="origins-h">
          <h2 id="origins-h">Independent origins</h2>
          <ul className="plain-list">
            {origins.map((o) => (
              <li key={o.key}>
                <SideBadge side={o.side} testId="origin-side" /> {o.name} <span className="muted">— via {o.outlets.length ? o.outlets.join(', ') : 'no named outlet'}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(relayed.length > 0 || chains.length > 0) && (
        <section className="panel" aria-labelledby="relays-h" data-testid="cluster-relays">
          <h2 id="relays-h">How each version travelled</h2>
          <ul className="plain-list">
            {chains.map((ch) => (
              <li key={ch.claimId}>
                <ChainLine c={ch} titles={titles} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {contradictions.length > 0 && (
        <section className="panel" aria-labelledby="contra-h">
          <h2 id="contra-h">Conflicting figures</h2>
          <ul className="plain-list">
            {contradictions.map((x, i) => (
              <li key={i}>
                {x.category}
                {x.about ? ` (${x.about})` : ''}: “{x.a.figure}” from {x.a.source ?? 'unnamed'} <SideBadge side={x.a.side} testId="contra-side" /> vs “{x.b.figure}” from {x.b.source ?? 'unnamed'}{' '}
                <SideBadge side={x.b.side} testId="contra-side" />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The page of one claim cluster. */
export function ClusterView({ id }: { id: string }) {
  usePageTitle('Claim cluster');
  const state = useApi<ClaimClusterDetail>(`/api/clusters/${encodeURIComponent(id)}`);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/clusters">Clusters</Link> › cluster
      </p>
      <h1>Claim cluster</h1>
      <Async state={state} what="Loading the cluster">
        {(c) => <ClusterBody c={c} />}
      </Async>
    </>
  );
}
