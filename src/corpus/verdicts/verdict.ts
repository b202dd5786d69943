/** @module Independence, origin and verdict of a claim cluster: corroborated, single-origin, contested or denied, with reasons and an evidence score. */

import type { FigureMention, Side } from '../../core/doc.js';
import { claimDay, claimId, type ClaimInput } from '../claim-clusters/cluster.js';
import { normaliseName } from '../stories/tokens.js';
import {
  APPROX_TOLERANCE,
  CONTESTED_PENALTY,
  CONTEST_MAX_DAY_GAP,
  DENIED_PENALTY,
  HEDGE_PENALTY,
  MAX_DUPLICATE_DEPTH,
  MAX_OUTLETS,
  MAX_SIDES,
  OUTLET_BONUS,
  RANGE_TOLERANCE,
  SIDE_BONUS,
} from './constants.js';
import { SOURCE_DROP_WORDS, SOURCE_WORD_REWRITES } from './data/source-names.js';

export type VerdictLabel = 'corroborated' | 'single-origin' | 'contested' | 'denied';

/** One independent origin of a claim: a named source, or a document (with its syndicated copies) speaking for itself. */
export interface Origin {
  /** `entity:<id>`, `source:<normalised name>` or `doc:<root doc id>`. */
  key: string;
  /** Display name: the source name, or the outlet of the root document. */
  name: string;
  side: Side;
  /** Claim ids carrying this origin. */
  claimIds: string[];
  outlets: string[];
}

/** How one member reached its outlet: outlet → via → source. */
export interface RelayChain {
  claimId: string;
  docId: string;
  outlet: string | null;
  published: string | null;
  via: string | null;
  source: string | null;
  side: Side;
}

/** Two figures about the same category, subject and date that cannot both be right. */
export interface Contradiction {
  category: string;
  about: string | null;
  a: { claimId: string; figure: string; side: Side; source: string | null };
  b: { claimId: string; figure: string; side: Side; source: string | null };
}

export interface Verdict {
  verdict: VerdictLabel;
  reasons: string[];
  independentOrigins: number;
  origins: Origin[];
  /** Sides of the independent origins, sorted. */
  originSides: Side[];
  crossSide: boolean;
  firstAppearance: RelayChain | null;
  chains: RelayChain[];
  contradictions: Contradiction[];
  denials: RelayChain[];
  score: number;
}

export interface VerdictOptions {
  /** docId → the document it duplicates (near-duplicate / syndicated copies); followed to the root. */
  duplicateOf?: ReadonlyMap<string, string>;
}

const DROP = new Set(SOURCE_DROP_WORDS);

/**
 * Normalised key of a source name, so renderings of one source meet: `Ukraine's General Staff`,
 * `the General Staff of the Armed Forces of Ukraine` and `Ukrainian General Staff` all give `general staff ukraine`.
 * @returns Sorted distinct words after rewrites and drops; empty for an empty name.
 */
export function sourceKey(name: string): string {
  const words = new Set<string>();
  for (const w of normaliseName(name).split(' ')) {
    if (!w) continue;
    for (const r of (SOURCE_WORD_REWRITES[w] ?? w).split(' ')) if (!DROP.has(r)) words.add(r);
  }
  return [...words].sort().join(' ');
}

/** Follows duplicate-of links to the root document. */
export function rootDoc(docId: string, duplicateOf?: ReadonlyMap<string, string>): string {
  let d = docId;
  for (let i = 0; i < MAX_DUPLICATE_DEPTH && duplicateOf?.has(d); i++) {
    const next = duplicateOf.get(d)!;
    if (next === d) break;
    d = next;
  }
  return d;
}

/** Origin key of one claim: its source entity, else its normalised named source, else its root document. */
export function originKey(m: ClaimInput, duplicateOf?: ReadonlyMap<string, string>): string {
  const src = m.claim.source;
  if (src?.entityId && !src.entityId.startsWith('unk:')) return 'entity:' + src.entityId;
  if (src && src.side !== 'ANON' && src.side !== 'OUTLET') {
    const k = sourceKey(src.name || src.text);
    if (k) return 'source:' + k;
  }
  return 'doc:' + rootDoc(m.docId, duplicateOf);
}

function chainOf(m: ClaimInput): RelayChain {
  return {
    claimId: claimId(m),
    docId: m.docId,
    outlet: m.outlet,
    published: m.published,
    via: m.claim.via ? m.claim.via.name || m.claim.via.text : null,
    source: m.claim.source ? m.claim.source.name || m.claim.source.text : null,
    side: m.claim.side,
  };
}

/** Renders a relay chain as `outlet → via → source`. */
export function chainText(c: RelayChain): string {
  return [c.outlet ?? '(unknown outlet)', c.via, c.source ?? '(outlet itself)'].filter(Boolean).join(' → ');
}

/** Closed interval of a figure, widened for approximate figures; open bounds become 0 / Infinity. */
function interval(f: FigureMention): [number, number] | null {
  if (f.low === null && f.high === null) return null;
  let lo = f.low ?? 0;
  let hi = f.high ?? Infinity;
  if (f.approx) {
    lo *= 1 - APPROX_TOLERANCE;
    hi *= 1 + APPROX_TOLERANCE;
  }
  return [lo, hi];
}

/**
 * True when two figures' ranges cannot both hold, allowing {@link RANGE_TOLERANCE} relative slack.
 * @returns Whether the figures conflict.
 */
export function figuresConflict(a: FigureMention, b: FigureMention): boolean {
  if ((a.unit ?? 'count') !== (b.unit ?? 'count')) return false;
  const x = interval(a);
  const y = interval(b);
  if (!x || !y) return false;
  return x[0] > y[1] * (1 + RANGE_TOLERANCE) || y[0] > x[1] * (1 + RANGE_TOLERANCE);
}

function contradictions(members: readonly ClaimInput[], duplicateOf?: ReadonlyMap<string, string>): Contradiction[] {
  const rows: Array<{ m: ClaimInput; f: FigureMention; day: number | null; origin: string }> = [];
  for (const m of members) {
    if (m.claim.denial) continue;
    for (const f of m.figures) if (f.category) rows.push({ m, f, day: claimDay(m), origin: originKey(m, duplicateOf) });
  }
  const out: Contradiction[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const a = rows[i]!;
      const b = rows[j]!;
      if (a.origin === b.origin || a.f.category !== b.f.category) continue;
      if (a.f.about && b.f.about && a.f.about !== b.f.about) continue;
      if (a.day === null || b.day === null || Math.abs(a.day - b.day) > CONTEST_MAX_DAY_GAP) continue;
      if (!figuresConflict(a.f, b.f)) continue;
      const sig = [a.origin, b.origin, a.f.category].sort().join('\u0000');
      if (seen.has(sig)) continue;
      seen.add(sig);
      const side = (r: typeof a) => ({ claimId: claimId(r.m), figure: r.f.text, side: r.m.claim.side, source: r.m.claim.source?.name ?? null });
      out.push({ category: a.f.category!, about: a.f.about ?? b.f.about ?? null, a: side(a), b: side(b) });
    }
  }
  return out;
}

const byDate = (a: RelayChain, b: RelayChain): number =>
  (a.published ?? '\uffff') < (b.published ?? '\uffff') ? -1 : (a.published ?? '\uffff') > (b.published ?? '\uffff') ? 1 : a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0;

/**
 * Assesses a claim cluster: independent origins (syndicated copies count once via `duplicateOf`; one named source
 * counts once however many outlets relay it), first appearance, relay chains, contradictions between figures of the
 * same category/subject/date from different origins, denials, the verdict with reasons, and the evidence score
 * (formula in `constants.ts`). Precedence: contested > denied > corroborated > single-origin.
 * @returns The verdict.
 */
export function assessCluster(members: readonly ClaimInput[], options: VerdictOptions = {}): Verdict {
  const { duplicateOf } = options;
  const originMap = new Map<string, Origin>();
  for (const m of members) {
    const key = originKey(m, duplicateOf);
    let o = originMap.get(key);
    if (!o) {
      const name = key.startsWith('doc:') ? `${m.outlet ?? 'unknown outlet'} (own reporting, ${rootDoc(m.docId, duplicateOf)})` : m.claim.source?.name || m.claim.source?.text || key;
      originMap.set(key, (o = { key, name, side: m.claim.side, claimIds: [], outlets: [] }));
    }
    o.claimIds.push(claimId(m));
    if (m.outlet && !o.outlets.includes(m.outlet)) o.outlets.push(m.outlet);
  }
  const origins = [...originMap.values()];
  const originSides = [...new Set(origins.map((o) => o.side))].sort();
  const chains = members.map(chainOf).sort(byDate);
  const denials = members.filter((m) => m.claim.denial).map(chainOf).sort(byDate);
  const contra = contradictions(members, duplicateOf);
  const outlets = new Set(members.map((m) => m.outlet).filter(Boolean));
  const hedged = members.length ? members.filter((m) => m.claim.hedged).length / members.length : 0;

  const reasons: string[] = [];
  const n = origins.length;
  const relayed = members.length - n;
  reasons.push(
    `${n} independent origin${n === 1 ? '' : 's'} (${origins.map((o) => `${o.name} [${o.side}]`).join('; ')})` +
      (relayed > 0 ? `; ${relayed} further claim${relayed === 1 ? '' : 's'} repeat${relayed === 1 ? 's' : ''} an origin already counted` : ''),
  );
  let verdict: VerdictLabel;
  if (contra.length) {
    verdict = 'contested';
    for (const c of contra) reasons.push(`${c.category}${c.about ? ` (${c.about})` : ''}: "${c.a.figure}" from ${c.a.source ?? c.a.side} [${c.a.side}] vs "${c.b.figure}" from ${c.b.source ?? c.b.side} [${c.b.side}] on the same date`);
  } else if (denials.length) {
    verdict = 'denied';
    for (const d of denials) reasons.push(`denied by ${d.source ?? 'an unnamed source'} [${d.side}] (${chainText(d)}, ${d.published ?? 'undated'})`);
  } else if (n >= 2) {
    verdict = 'corroborated';
    reasons.push(originSides.length > 1 ? `origins from different sides: ${originSides.join(', ')}` : `all origins from one side (${originSides[0]})`);
  } else {
    verdict = 'single-origin';
    if (outlets.size > 1) reasons.push(`${outlets.size} outlets relay the same origin`);
  }
  if (hedged > 0) reasons.push(`${Math.round(hedged * 100)}% of the claims are hedged`);
  const first = chains[0] ?? null;
  if (first) reasons.push(`first appeared ${first.published ?? '(undated)'}: ${chainText(first)}`);

  let score = Math.log2(1 + n) + SIDE_BONUS * (Math.min(originSides.length, MAX_SIDES) - 1) + OUTLET_BONUS * Math.min(Math.max(outlets.size - 1, 0), MAX_OUTLETS) - HEDGE_PENALTY * hedged;
  if (verdict === 'contested') score -= CONTESTED_PENALTY;
  if (denials.length) score -= DENIED_PENALTY;
  score = Math.round(Math.max(0, score) * 100) / 100;

  return { verdict, reasons, independentOrigins: n, origins, originSides, crossSide: originSides.length > 1, firstAppearance: first, chains, contradictions: contra, denials, score };
}
