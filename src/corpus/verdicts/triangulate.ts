/** @module One call from analysed Documents to assessed claim clusters, and per-outlet profiles over them. */

import type { Document, Side } from '../../core/doc.js';
import { claimInputsFromDocument } from '../claim-clusters/index.js';
import { clusterClaims, type ClaimCluster, type ClaimInput } from '../claim-clusters/cluster.js';
import { assessCluster, type Verdict, type VerdictLabel, type VerdictOptions } from './verdict.js';

/** A claim cluster with its verdict. */
export interface AssessedCluster {
  cluster: ClaimCluster;
  verdict: Verdict;
}

/**
 * Clusters the claims of many documents (or ready claim inputs) and assesses every cluster.
 * @returns Assessed clusters, highest evidence score first (ties: cluster id).
 */
export function triangulate(docsOrClaims: ReadonlyArray<Document | ClaimInput>, options: VerdictOptions = {}): AssessedCluster[] {
  const inputs: ClaimInput[] = [];
  for (const x of docsOrClaims) {
    if ('claims' in x && 'text' in x) inputs.push(...claimInputsFromDocument(x));
    else inputs.push(x as ClaimInput);
  }
  return clusterClaims(inputs)
    .map((cluster) => ({ cluster, verdict: assessCluster(cluster.members, options) }))
    .sort((a, b) => b.verdict.score - a.verdict.score || (a.cluster.id < b.cluster.id ? -1 : a.cluster.id > b.cluster.id ? 1 : 0));
}

/** How one outlet takes part in the corpus's claims. */
export interface OutletProfile {
  outlet: string;
  /** Claims carried by the outlet. */
  claims: number;
  /** Clusters the outlet appears in. */
  clusters: number;
  /** Clusters in which the outlet carried the first appearance. */
  firstAppearances: number;
  /** Claims relayed through another medium (`via`). */
  relayed: number;
  /** Claims by the side of their source. */
  sides: Partial<Record<Side, number>>;
  /** Clusters by verdict. */
  verdicts: Record<VerdictLabel, number>;
}

/**
 * Per-outlet profile over assessed clusters: how much it carries, how often it is first, whose claims it relays
 * and how its clusters end up.
 * @returns Profiles sorted by claims carried (descending), then outlet name.
 */
export function outletProfiles(assessed: readonly AssessedCluster[]): OutletProfile[] {
  const m = new Map<string, OutletProfile>();
  const get = (o: string): OutletProfile => {
    let p = m.get(o);
    if (!p) m.set(o, (p = { outlet: o, claims: 0, clusters: 0, firstAppearances: 0, relayed: 0, sides: {}, verdicts: { corroborated: 0, 'single-origin': 0, contested: 0, denied: 0 } }));
    return p;
  };
  for (const { cluster, verdict } of assessed) {
    const seen = new Set<string>();
    for (const mem of cluster.members) {
      const p = get(mem.outlet ?? '(unknown)');
      p.claims++;
      if (mem.claim.via) p.relayed++;
      p.sides[mem.claim.side] = (p.sides[mem.claim.side] ?? 0) + 1;
      if (!seen.has(p.outlet)) {
        seen.add(p.outlet);
        p.clusters++;
        p.verdicts[verdict.verdict]++;
      }
    }
    if (verdict.firstAppearance) get(verdict.firstAppearance.outlet ?? '(unknown)').firstAppearances++;
  }
  return [...m.values()].sort((a, b) => b.claims - a.claims || (a.outlet < b.outlet ? -1 : 1));
}
