/** @module A figure timeline with each point's claim cluster: shared by `triangulate timeline` and `/api/timeline`. */

import { claimId, claimInputsFromDocument, type ClaimInput } from '../../corpus/claim-clusters/index.js';
import { figureTimeline, type Timeline, type TimelinePoint } from '../../corpus/timeline/index.js';
import type { Store, VerdictLabel } from '../../storage/contract.js';

/** Most claims read for one timeline. */
export const MAX_TIMELINE_CLAIMS = 100_000;

/** A timeline point with the claim cluster it belongs to and whether that cluster is contested. */
export type TimelineRow = TimelinePoint & { cluster: { id: string; verdict: VerdictLabel } | null; contested: boolean };

/** A timeline whose points carry their clusters. */
export type ClusteredTimeline = Omit<Timeline, 'points'> & { points: TimelineRow[] };

/**
 * Every figure of `category` (about `about`, or any subject) in the stored claims, by date, compared with the reference
 * series, each point with its claim cluster.
 */
export async function buildTimeline(store: Store, category: string, about: string | null): Promise<ClusteredTimeline> {
  const rows = await store.listClaims({ category, limit: MAX_TIMELINE_CLAIMS });
  const wanted = new Set(rows.map((r) => `${r.docId}#${r.idx}`));
  const docIds = [...new Set(rows.map((r) => r.docId))];
  const claims: ClaimInput[] = [];
  for await (const d of store.streamDocuments({ ids: docIds })) {
    for (const c of claimInputsFromDocument(d)) if (wanted.has(claimId(c))) claims.push(c);
  }
  const tl = figureTimeline(claims, category.toLowerCase(), about);
  const member = new Map((await store.clusterMemberships(docIds)).map((m) => [`${m.docId}#${m.claimIdx}`, m]));
  const points: TimelineRow[] = tl.points.map((pt) => {
    const m = member.get(pt.claimId);
    return { ...pt, cluster: m ? { id: m.clusterId, verdict: m.verdict } : null, contested: m?.verdict === 'contested' };
  });
  return { ...tl, points };
}
