/** @module Claim clustering across documents and outlets, and the projection of Documents onto claim inputs. */

import type { Document } from '../../core/doc.js';
import type { ClaimInput } from './cluster.js';
import { BROAD_PLACE_KINDS } from './data/anchors.js';

const BROAD_KINDS = new Set(BROAD_PLACE_KINDS);

export * from './constants.js';
export { parseClaimKey, type ClaimKey } from './key.js';
export { claimDay, claimId, claimPairScore, clusterClaims, type ClaimCluster, type ClaimInput } from './cluster.js';

/**
 * The claims of an analysed Document with their context: figures inside the claim (by `figureIdx`, else by span
 * inclusion), and the claim's own entity ids / place names / time values when the claims stage gave them, else the
 * mentions inside the claim span; `broadPlaceNames` lists the document's place names whose kind is too broad to
 * identify an event (BROAD_PLACE_KINDS).
 * @returns One input per claim, in document order.
 */
export function claimInputsFromDocument(doc: Document): ClaimInput[] {
  const inside = <T extends { start: number; end: number }>(xs: readonly T[], s: number, e: number): T[] => xs.filter((x) => x.start >= s && x.end <= e);
  const broad = [...new Set(doc.places.filter((p) => p.kind && BROAD_KINDS.has(p.kind)).map((p) => p.name))];
  return doc.claims.map((claim, i) => {
    const figures = claim.figureIdx?.length
      ? claim.figureIdx.map((k) => doc.figures[k]).filter((f): f is NonNullable<typeof f> => !!f)
      : inside(doc.figures, claim.start, claim.end);
    return {
      id: `${doc.id}#${i}`,
      docId: doc.id,
      claimIndex: i,
      outlet: doc.outlet,
      published: doc.published,
      claim,
      figures,
      entityIds: claim.entityIds ?? [...new Set(inside(doc.entities, claim.start, claim.end).map((e) => e.id))],
      placeNames: claim.placeNames ?? [...new Set(inside(doc.places, claim.start, claim.end).map((p) => p.name))],
      broadPlaceNames: broad,
      timeValues: claim.timeValues ?? inside(doc.times, claim.start, claim.end).map((t) => t.value),
    };
  });
}
