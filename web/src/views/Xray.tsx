/**
 * @module Article X-ray (`/documents/:id`): the clean text with entities, places, times, figures and claims highlighted,
 * each claim's source and side in the margin next to its paragraph, hedges and denials marked, removed boilerplate on
 * demand, metadata, and links to the article's claim clusters. Article text is rendered only as React text nodes.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { DocumentView, VerdictLabel } from '../../../src/apps/server/api-types';
import { ClaimFlags, SideBadge, VerdictBadge } from '../components/badges';
import { usePageTitle } from '../components/page-title';
import { Async, ErrorBox } from '../components/status';
import { useApi } from '../lib/api';
import { fmtDate } from '../lib/format';
import { Link, route, useLocation } from '../lib/router';
import { blockAt, segmentText, textBlocks, validMarks, type Block, type Mark, type Segment } from '../lib/segments';
import { sideClass } from '../lib/sides';
import { asXrayDocument, type DocClaim, type DocRemoval, type XrayDocument } from '../types';
import { documentMarks, LAYERS, type LayerKind } from './xray-marks';

type Membership = { clusterId: string; verdict: VerdictLabel };

/** The innermost claim mark of a segment (the one starting last), for colouring nested claims. */
function innermost(marks: Mark[], kind: Mark['kind']): Mark | undefined {
  let best: Mark | undefined;
  for (const m of marks) if (m.kind === kind && (!best || m.start >= best.start)) best = m;
  return best;
}

/** One highlighted run of text. */
function SegmentSpan({ seg, active }: { seg: Segment; active: number | null }) {
  if (seg.marks.length === 0) return <>{seg.text}</>;
  const classes = new Set<string>();
  for (const m of seg.marks) {
    classes.add(`hl-${m.kind}`);
    if ((m.kind === 'hedge' || m.kind === 'denial') && m.end === seg.end) classes.add(`hl-${m.kind}-end`);
  }
  const claim = innermost(seg.marks, 'claim');
  if (claim) classes.add(`claim-${sideClass(claim.side)}`);
  const source = innermost(seg.marks, 'source');
  if (source) classes.add(`source-${sideClass(source.side)}`);
  if (active !== null && seg.marks.some((m) => m.claim === active)) classes.add('is-active');
  const title = seg.marks.map((m) => m.note).filter(Boolean).join('\n');
  return (
    <span className={[...classes].join(' ')} title={title || undefined} data-claim={claim?.claim}>
      {seg.text}
    </span>
  );
}

function RemovedSpan({ r }: { r: DocRemoval }) {
  return (
    <span className="removed" data-testid="removed-text">
      <span className="removed-reason">removed · {r.reason}</span> {r.text}
    </span>
  );
}

/** One paragraph: its segments, with removals spliced in at their offsets when shown. */
function Paragraph({ text, block, marks, removals, active, headline }: { text: string; block: Block; marks: Mark[]; removals: DocRemoval[]; active: number | null; headline: boolean }) {
  const parts: ReactNode[] = [];
  let from = block.start;
  const inner = removals.filter((r) => r.at > block.start && r.at < block.end).sort((a, b) => a.at - b.at);
  const before = removals.filter((r) => r.at <= block.start);
  const after = removals.filter((r) => r.at >= block.end);
  for (const r of before) parts.push(<RemovedSpan key={`rb${r.at}:${r.text.length}`} r={r} />);
  for (const r of inner) {
    for (const s of segmentText(text, marks, from, r.at)) parts.push(<SegmentSpan key={`s${s.start}`} seg={s} active={active} />);
    parts.push(<RemovedSpan key={`ri${r.at}:${r.text.length}`} r={r} />);
    from = r.at;
  }
  for (const s of segmentText(text, marks, from, block.end)) parts.push(<SegmentSpan key={`s${s.start}`} seg={s} active={active} />);
  for (const r of after) parts.push(<RemovedSpan key={`ra${r.at}:${r.text.length}`} r={r} />);
  const Tag = headline ? 'h2' : 'p';
  return (
    <Tag className={headline ? 'xray-para xray-headline' : 'xray-para'} data-testid="xray-para">
      {parts}
    </Tag>
  );
}

/** The margin note of one claim: number, side badge, source, cue, quote type, hedges/denials, cluster. */
function ClaimNote({ claim, idx, membership, onActive, active }: { claim: DocClaim; idx: number; membership?: Membership; onActive: (i: number | null) => void; active: boolean }) {
  const src = claim.source;
  return (
    <article
      id={`claim-${idx}`}
      className={`claim-note ${sideClass(claim.side)}${active ? ' is-active' : ''}`}
      data-testid="xray-claim-note"
      data-claim-idx={idx}
      tabIndex={-1}
      onMouseEnter={() => onActive(idx)}
      onMouseLeave={() => onActive(null)}
      onFocus={() => onActive(idx)}
      onBlur={() => onActive(null)}
      aria-label={`Claim ${idx}`}
    >
      <div className="note-head">
        <SideBadge side={claim.side} />
        <span className="note-source" data-testid="claim-source">
          {src?.entityId ? (
            <Link to={route('entities', src.entityId)} onFocus={() => onActive(idx)}>
              {src.name ?? src.text}
            </Link>
          ) : src ? (
            (src.name ?? src.text)
          ) : claim.side === 'OUTLET' ? (
            "Outlet's own voice"
          ) : (
            'Unnamed source'
          )}
        </span>
        <span className="note-idx muted">#{idx}</span>
      </div>
      <div className="note-body">
        {src && src.name && src.name !== src.text && <span className="muted">as “{src.text}” </span>}
        {claim.cue && <span>cue “{claim.cue.text}” · </span>}
        <span>{claim.quote === 'none' ? 'unattributed' : `${claim.quote} quote`}</span>
        {claim.via && (
          <span>
            {' '}
            · via {claim.via.name ?? claim.via.text} <SideBadge side={claim.via.side} testId="via-side" />
          </span>
        )}
      </div>
      {(claim.hedged || claim.denial) && (
        <div className="note-flags">
          <ClaimFlags hedged={claim.hedged} denial={claim.denial} />
          {(claim.hedges ?? []).map((h) => (
            <span key={`h${h.start}`} className="muted">
              {' '}
              “{h.text}”
            </span>
          ))}
          {(claim.denials ?? []).map((d) => (
            <span key={`d${d.start}`} className="muted">
              {' '}
              “{d.text}”
            </span>
          ))}
        </div>
      )}
      {membership && (
        <div className="note-cluster">
          <Link to={route('clusters', membership.clusterId)} data-testid="xray-cluster-link" onFocus={() => onActive(idx)}>
            cluster <VerdictBadge verdict={membership.verdict} />
          </Link>
        </div>
      )}
    </article>
  );
}

function Legend({ hidden, toggle }: { hidden: Set<LayerKind>; toggle: (k: LayerKind) => void }) {
  return (
    <fieldset className="legend" data-testid="xray-legend">
      <legend>Highlight</legend>
      {LAYERS.map((l) => (
        <label key={l.kind} className={`legend-item legend-${l.kind}`}>
          <input type="checkbox" checked={!hidden.has(l.kind)} onChange={() => toggle(l.kind)} data-testid={`layer-${l.kind}`} />
          <span className={`legend-swatch hl-${l.kind}`}>{l.label}</span>
        </label>
      ))}
      <span className="legend-item">
        <span className="hl-hedge hl-hedge-end">hedge cue</span>
      </span>
      <span className="legend-item">
        <span className="hl-denial hl-denial-end">denial cue</span>
      </span>
    </fieldset>
  );
}

function Metadata({ doc, view }: { doc: XrayDocument; view: DocumentView }) {
  return (
    <dl className="meta" data-testid="xray-meta">
      <div>
        <dt>Outlet</dt>
        <dd>{doc.outlet ? <Link to={route('outlets', doc.outlet)}>{doc.outlet}</Link> : <span className="muted">unknown</span>}</dd>
      </div>
      <div>
        <dt>Published</dt>
        <dd>{fmtDate(doc.published)}</dd>
      </div>
      {doc.author && (
        <div>
          <dt>Author</dt>
          <dd>{doc.author}</dd>
        </div>
      )}
      <div>
        <dt>Language</dt>
        <dd>{doc.language ?? '–'}</dd>
      </div>
      <div className="meta-wide">
        <dt>URL</dt>
        <dd>{doc.url ? <code className="url" data-testid="xray-url">{doc.url}</code> : <span className="muted">none</span>}</dd>
      </div>
      <div className="meta-wide">
        <dt>Id</dt>
        <dd>
          <code>{doc.id}</code>
        </dd>
      </div>
      {view.duplicateOf && (
        <div className="meta-wide">
          <dt>Duplicate</dt>
          <dd>
            {view.duplicateOf.kind} copy ({Math.round(view.duplicateOf.similarity * 100)}%) of <Link to={route('documents', view.duplicateOf.id)}>{view.duplicateOf.id}</Link>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** Clusters listed first: any verdict but single origin, then the larger ones. */
function clusterRank(verdict: VerdictLabel, claims: number): number {
  return (verdict === 'single-origin' ? 0 : 100) + claims;
}

function ClusterItem({ id, verdict, claims }: { id: string; verdict: VerdictLabel; claims: number[] }) {
  return (
    <li>
      <Link to={route('clusters', id)} data-testid="xray-cluster">
        <VerdictBadge verdict={verdict} /> cluster
      </Link>{' '}
      <span className="muted">claim{claims.length === 1 ? '' : 's'} </span>
      {claims.map((i) => (
        <a key={i} href={`#claim-${i}`} className="claim-ref">
          #{i}
        </a>
      ))}
    </li>
  );
}

/** Most clusters listed before the rest are folded away. */
const CLUSTERS_SHOWN = 6;

function ClusterLinks({ view }: { view: DocumentView }) {
  const byCluster = new Map<string, { verdict: VerdictLabel; claims: number[] }>();
  for (const m of view.memberships) {
    const e = byCluster.get(m.clusterId) ?? { verdict: m.verdict, claims: [] };
    e.claims.push(m.claimIdx);
    byCluster.set(m.clusterId, e);
  }
  if (byCluster.size === 0) return <p className="muted">None of this article's claims is clustered.</p>;
  const all = [...byCluster].sort((a, b) => clusterRank(b[1].verdict, b[1].claims.length) - clusterRank(a[1].verdict, a[1].claims.length));
  const counts = new Map<VerdictLabel, number>();
  for (const [, e] of all) counts.set(e.verdict, (counts.get(e.verdict) ?? 0) + 1);
  const shown = all.filter(([, e], i) => i < CLUSTERS_SHOWN && (e.verdict !== 'single-origin' || e.claims.length > 1 || all.length <= CLUSTERS_SHOWN));
  const rest = all.slice(shown.length);
  return (
    <div data-testid="xray-clusters">
      <p className="muted">
        {view.memberships.length} claim{view.memberships.length === 1 ? '' : 's'} in {all.length} cluster{all.length === 1 ? '' : 's'}:{' '}
        {[...counts].map(([v, n]) => `${n} ${v}`).join(', ')}
      </p>
      {shown.length > 0 && (
        <ul className="xray-clusters">
          {shown.map(([id, e]) => (
            <ClusterItem key={id} id={id} verdict={e.verdict} claims={e.claims} />
          ))}
        </ul>
      )}
      {rest.length > 0 && (
        <details className="more-clusters">
          <summary>
            {shown.length > 0 ? `${rest.length} more` : `Show all ${rest.length}`} cluster{rest.length === 1 ? '' : 's'}
          </summary>
          <ul className="xray-clusters">
            {rest.map(([id, e]) => (
              <ClusterItem key={id} id={id} verdict={e.verdict} claims={e.claims} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function XrayBody({ view }: { view: DocumentView }) {
  const { hash } = useLocation();
  const doc = useMemo(() => asXrayDocument(view.document), [view.document]);
  usePageTitle(doc.title ?? doc.id);
  const [hidden, setHidden] = useState<Set<LayerKind>>(new Set());
  const [showRemoved, setShowRemoved] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const marks = useMemo(() => validMarks(documentMarks(doc), doc.text.length), [doc]);
  const blocks = useMemo(() => textBlocks(doc.text), [doc.text]);
  const memberships = useMemo(() => new Map(view.memberships.map((m) => [m.claimIdx, m])), [view.memberships]);
  const removals = doc.removed ?? [];
  const headlineEnd = doc.title && doc.text.startsWith(doc.title) ? doc.title.length : 0;

  const claimsByBlock = useMemo(() => {
    const by = new Map<number, number[]>();
    doc.claims.forEach((c, i) => {
      const b = blockAt(blocks, c.start);
      by.set(b, [...(by.get(b) ?? []), i]);
    });
    return by;
  }, [doc.claims, blocks]);
  const removalsByBlock = useMemo(() => {
    const by = new Map<number, DocRemoval[]>();
    for (const r of removals) {
      const b = blockAt(blocks, r.at);
      by.set(b, [...(by.get(b) ?? []), r]);
    }
    return by;
  }, [removals, blocks]);

  const targetClaim = /^#claim-(\d+)$/.exec(hash)?.[1];
  useEffect(() => {
    if (targetClaim === undefined) return;
    const el = document.getElementById(`claim-${targetClaim}`);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
    setActive(Number(targetClaim));
  }, [targetClaim]);

  const toggle = (k: LayerKind) =>
    setHidden((prev) => {
      const next = new Set(prev);
      if (next.has(k)) next.delete(k);
      else next.add(k);
      return next;
    });
  const layerClasses = [...hidden].map((k) => `no-${k}`).join(' ');

  return (
    <>
      <h1 className="xray-title">{doc.title ?? doc.id}</h1>
      <Metadata doc={doc} view={view} />
      <section className="panel" aria-labelledby="xray-clusters-h">
        <h2 id="xray-clusters-h">Claim clusters of this article</h2>
        <ClusterLinks view={view} />
      </section>
      <div className="xray-controls">
        <Legend hidden={hidden} toggle={toggle} />
        <button type="button" aria-pressed={showRemoved} onClick={() => setShowRemoved((v) => !v)} disabled={removals.length === 0} data-testid="toggle-removed">
          {showRemoved ? 'Hide' : 'Show'} removed boilerplate ({removals.length})
        </button>
      </div>
      <p className="hint">
        {doc.claims.length} claim{doc.claims.length === 1 ? '' : 's'}: the source and side of each appear beside its paragraph. Hover or focus a note to
        highlight its claim; hover any highlight for details.
      </p>
      <div className={`xray ${layerClasses}`} data-testid="xray-text">
        {blocks.map((b, bi) => {
          const claimIdx = claimsByBlock.get(bi) ?? [];
          return (
            <div className="xray-row" key={b.start}>
              <Paragraph text={doc.text} block={b} marks={marks} removals={showRemoved ? (removalsByBlock.get(bi) ?? []) : []} active={active} headline={b.end <= headlineEnd} />
              <div className="xray-notes">
                {claimIdx.map((i) => (
                  <ClaimNote key={i} claim={doc.claims[i] as DocClaim} idx={i} membership={memberships.get(i)} onActive={setActive} active={active === i} />
                ))}
              </div>
            </div>
          );
        })}
        {blocks.length === 0 && <p className="muted">This document has no text.</p>}
      </div>
      {showRemoved && removals.length > 0 && (
        <section className="panel" aria-labelledby="removed-h" data-testid="removed-list">
          <h2 id="removed-h">Removed boilerplate</h2>
          <ul className="removed-list">
            {removals.map((r, i) => (
              <li key={i}>
                <span className="removed-reason">{r.reason}</span> <span className="muted">at {r.at}:</span> {r.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The X-ray page of one document. */
export function XrayView({ id }: { id: string }) {
  usePageTitle('Article X-ray');
  const state = useApi<DocumentView>(`/api/documents/${encodeURIComponent(id)}`);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/documents">Documents</Link> › X-ray
      </p>
      <Async state={state} what="Loading the article">
        {(view) => <SafeXray view={view} />}
      </Async>
    </>
  );
}

/** Shows a readable error instead of crashing when the Document JSON lacks what the X-ray needs. */
function SafeXray({ view }: { view: DocumentView }) {
  try {
    asXrayDocument(view.document);
  } catch (err) {
    return <ErrorBox error={err instanceof Error ? err : new Error(String(err))} />;
  }
  return <XrayBody view={view} />;
}
