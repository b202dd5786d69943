/** @module Pure step: from analysed documents to the records of stories, claim clusters and verdicts that the store keeps. */

import type { Document } from '../../core/doc.js';
import type { ClaimClusterRecord, StoryRecord } from '../../storage/contract.js';
import { claimId, claimInputsFromDocument, clusterClaims, type ClaimCluster, type ClaimInput } from '../claim-clusters/index.js';
import { clusterStories, STORY_TEXT_CHARS, storyInputFromDocument, type StoryInput } from '../stories/index.js';
import { assessCluster, type Verdict } from '../verdicts/index.js';

/** What a triangulation run produced. */
export interface TriangulationResult {
  stories: StoryRecord[];
  clusters: ClaimClusterRecord[];
}

/** Collects the slim projections of documents (story input with the text cut to what clustering reads, claim inputs). */
export class TriangulationInputs {
  readonly stories: StoryInput[] = [];
  readonly claims: ClaimInput[] = [];

  /**
   * Adds a document's story input and claim inputs.
   * @param claimFilter Keeps only the claims whose id (`docId#idx`) it accepts (windowed updates).
   */
  add(doc: Document, options: { story?: boolean; claimFilter?: (id: string) => boolean } = {}): void {
    if (options.story !== false) {
      const s = storyInputFromDocument(doc);
      if (s.text.length > STORY_TEXT_CHARS) s.text = s.text.slice(0, STORY_TEXT_CHARS);
      this.stories.push(s);
    }
    for (const c of claimInputsFromDocument(doc)) if (!options.claimFilter || options.claimFilter(claimId(c))) this.claims.push(c);
  }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Clusters story inputs in a fixed order — publication date (undated first), then id — so the same documents give the
 * same stories and ids whatever order they were stored in.
 * @returns Story records.
 */
export function buildStories(inputs: readonly StoryInput[]): StoryRecord[] {
  const sorted = [...inputs].sort((a, b) => cmp(a.published ?? '', b.published ?? '') || cmp(a.id, b.id));
  return clusterStories(sorted).clusters.map((c) => ({ id: c.id, first: c.first, last: c.last, label: c.label, docIds: c.docIds }));
}

const later = (x: string | null, than: string | null): boolean => x === null || than === null || x >= than;

/** Claim ids of a cluster's members that a denial or a conflicting figure of another origin met on the same day or later. */
function contradictedLater(members: readonly ClaimInput[], v: Verdict): Set<string> {
  const published = new Map(members.map((m) => [claimId(m), m.published]));
  const out = new Set<string>();
  for (const c of v.contradictions) {
    const pa = published.get(c.a.claimId) ?? null;
    const pb = published.get(c.b.claimId) ?? null;
    if (later(pb, pa)) out.add(c.a.claimId);
    if (later(pa, pb)) out.add(c.b.claimId);
  }
  if (v.denials.length) {
    const denials = new Set(v.denials.map((d) => d.claimId));
    for (const m of members) {
      const id = claimId(m);
      if (!denials.has(id) && v.denials.some((d) => later(d.published, m.published))) out.add(id);
    }
  }
  return out;
}

/**
 * The store record of an assessed cluster: members (document and claim index), verdict with reasons and score, first
 * appearance, and the full verdict as detail.
 */
export function clusterRecord(cluster: ClaimCluster, verdict: Verdict): ClaimClusterRecord {
  const contra = contradictedLater(cluster.members, verdict);
  const fa = verdict.firstAppearance;
  return {
    id: cluster.id,
    key: cluster.key,
    categories: cluster.categories,
    first: cluster.first,
    last: cluster.last,
    sides: cluster.sides,
    outlets: cluster.outlets,
    members: cluster.members.map((m) => ({ docId: m.docId, claimIdx: m.claimIndex ?? 0, contradictedLater: contra.has(claimId(m)) })),
    verdict: {
      label: verdict.verdict,
      reasons: verdict.reasons,
      score: verdict.score,
      independentOrigins: verdict.independentOrigins,
      firstAppearance: fa ? { docId: fa.docId, claimId: fa.claimId, outlet: fa.outlet, published: fa.published } : null,
      detail: verdict,
    },
  };
}

/**
 * Clusters claims and assesses every cluster (`duplicateOf` makes syndicated copies count once).
 * @returns Cluster records in cluster order.
 */
export function buildClusters(claims: readonly ClaimInput[], duplicateOf?: ReadonlyMap<string, string>): ClaimClusterRecord[] {
  return clusterClaims(claims).map((c) => clusterRecord(c, assessCluster(c.members, { duplicateOf })));
}

/**
 * Triangulates a set of documents in memory: stories, claim clusters, verdicts.
 * @returns The records the store keeps.
 */
export function triangulateDocuments(docs: Iterable<Document>, duplicateOf?: ReadonlyMap<string, string>): TriangulationResult {
  const inputs = new TriangulationInputs();
  for (const d of docs) inputs.add(d);
  return { stories: buildStories(inputs.stories), clusters: buildClusters(inputs.claims, duplicateOf) };
}
