/** @module Pure step: from analysed documents to the records of stories, claim clusters and verdicts that the store keeps. */

import type { Claim, Document, FigureMention, SourceSpan } from '../../core/doc.js';
import type { ClaimClusterRecord, StoryRecord } from '../../storage/contract.js';
import { claimId, claimInputsFromDocument, clusterClaims, type ClaimCluster, type ClaimInput } from '../claim-clusters/index.js';
import { clusterStories, STORY_TEXT_CHARS, storyInputFromDocument, type StoryInput } from '../stories/index.js';
import { assessCluster, type Verdict } from '../verdicts/index.js';

/** What a triangulation run produced. */
export interface TriangulationResult {
  stories: StoryRecord[];
  clusters: ClaimClusterRecord[];
}

/** A fresh copy of a string, so that a short slice does not keep a whole document text alive. */
function detached(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/** Shares one instance of each repeated string (names, keys, categories) across the collected inputs. */
class Interner {
  private readonly seen = new Map<string, string>();

  /** The shared instance of `s`. */
  s<T extends string | null | undefined>(s: T): T {
    if (typeof s !== 'string') return s;
    const hit = this.seen.get(s);
    if (hit !== undefined) return hit as T;
    this.seen.set(s, s);
    return s;
  }

  /** A list with every element shared (or the same shared empty list). */
  list(xs: readonly string[] | undefined): string[] | undefined {
    if (!xs) return undefined;
    return xs.length ? xs.map((x) => this.s(x)) : EMPTY;
  }
}

const EMPTY: string[] = [];
const EMPTY_FIGURES: FigureMention[] = [];

function slimSource(s: SourceSpan | null | undefined, i: Interner): SourceSpan | null {
  return s ? { start: s.start, end: s.end, text: i.s(s.text), name: i.s(s.name), side: s.side, entityId: i.s(s.entityId ?? null) } : null;
}

/**
 * The fields of a claim that clustering, verdicts and timelines read (content, source, relay, side, hedge, denial,
 * key and the claim's own entities, places and times); cue, hedge and denial spans and nesting are left out, and
 * repeated strings are shared, so that a corpus of a million claims fits in memory.
 */
export function slimClaim(c: Claim, interner: Interner = new Interner()): Claim {
  const i = interner;
  const out: Claim = { start: c.start, end: c.end, text: c.text, source: slimSource(c.source, i), cue: null, quote: c.quote, side: c.side, hedged: c.hedged, denial: c.denial };
  if (c.via) out.via = slimSource(c.via, i);
  if (c.key) out.key = i.s(c.key);
  if (c.entityIds) out.entityIds = i.list(c.entityIds)!;
  if (c.placeNames) out.placeNames = i.list(c.placeNames)!;
  if (c.timeValues) out.timeValues = i.list(c.timeValues)!;
  return out;
}

/** The fields of a figure that clustering and verdicts read, strings shared. */
function slimFigure(f: FigureMention, i: Interner): FigureMention {
  const out: FigureMention = { start: f.start, end: f.end, text: i.s(f.text), low: f.low, high: f.high, approx: f.approx, category: i.s(f.category), about: i.s(f.about) };
  if (f.unit) out.unit = i.s(f.unit);
  return out;
}

/** Collects the slim projections of documents (story input with the text cut to what clustering reads, claim inputs). */
export class TriangulationInputs {
  readonly stories: StoryInput[] = [];
  readonly claims: ClaimInput[] = [];
  private readonly interner = new Interner();

  /**
   * Adds a document's story input and claim inputs.
   * @param claimFilter Keeps only the claims whose id (`docId#idx`) it accepts (windowed updates).
   */
  add(doc: Document, options: { story?: boolean; claimFilter?: (id: string) => boolean } = {}): void {
    if (options.story !== false) {
      const s = storyInputFromDocument(doc);
      s.text = detached(s.text.length > STORY_TEXT_CHARS ? s.text.slice(0, STORY_TEXT_CHARS) : s.text);
      this.stories.push(s);
    }
    let broadIn: readonly string[] | undefined;
    let broadOut: string[] | undefined;
    for (const c of claimInputsFromDocument(doc)) {
      if (options.claimFilter && !options.claimFilter(claimId(c))) continue;
      const i = this.interner;
      if (c.broadPlaceNames !== broadIn) {
        broadIn = c.broadPlaceNames;
        broadOut = i.list(broadIn); // one shared list per document
      }
      const claim = slimClaim(c.claim, i);
      this.claims.push({
        id: c.id,
        docId: c.docId,
        claimIndex: c.claimIndex,
        outlet: i.s(c.outlet),
        published: i.s(c.published),
        claim,
        figures: c.figures.length ? c.figures.map((f) => slimFigure(f, i)) : EMPTY_FIGURES,
        entityIds: claim.entityIds ?? i.list(c.entityIds)!,
        placeNames: claim.placeNames ?? i.list(c.placeNames)!,
        broadPlaceNames: broadOut,
        timeValues: claim.timeValues ?? i.list(c.timeValues)!,
      });
    }
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

/** Claim clusters assessed and handed over per this many, so that verdict details never all sit in memory at once. */
export const CLUSTER_CHUNK = 20_000;

/**
 * Clusters claims and assesses the clusters chunk by chunk, in cluster order: `write` receives each chunk of records
 * (the same records as {@link buildClusters}, whose memory can then be released).
 * @returns The number of clusters and their verdict labels.
 */
export async function buildClustersChunked(
  claims: readonly ClaimInput[],
  duplicateOf: ReadonlyMap<string, string> | undefined,
  write: (records: ClaimClusterRecord[], first: boolean) => Promise<void>,
): Promise<ClaimClusterRecord['verdict']['label'][]> {
  const clusters: Array<ClaimCluster | undefined> = clusterClaims(claims);
  const labels: ClaimClusterRecord['verdict']['label'][] = [];
  for (let from = 0; from < clusters.length || from === 0; from += CLUSTER_CHUNK) {
    const chunk: ClaimClusterRecord[] = [];
    for (let i = from; i < Math.min(clusters.length, from + CLUSTER_CHUNK); i++) {
      const c = clusters[i]!;
      clusters[i] = undefined;
      const r = clusterRecord(c, assessCluster(c.members, { duplicateOf }));
      labels.push(r.verdict.label);
      chunk.push(r);
    }
    await write(chunk, from === 0);
  }
  return labels;
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
