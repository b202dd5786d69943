/** @module Keeps the store's triangulation tables in step with its documents: full rebuild, or a windowed update after an ingest. */

import type { Store, VerdictLabel } from '../../storage/contract.js';
import { dayNumber } from '../stories/tokens.js';
import { buildClusters, buildClustersChunked, buildStories, TriangulationInputs } from './build.js';
import { FULL_REBUILD_MAX_DOCS, UPDATE_WINDOW_DAYS } from './constants.js';

/** What a rebuild or an update wrote. */
export interface TriangulationSummary {
  mode: 'rebuild' | 'window' | 'none';
  /** Documents read. */
  documents: number;
  stories: number;
  /** Stories with more than one document. */
  multiDocStories: number;
  claims: number;
  clusters: number;
  verdicts: Record<VerdictLabel, number>;
  seconds: number;
}

function emptySummary(mode: TriangulationSummary['mode']): TriangulationSummary {
  return { mode, documents: 0, stories: 0, multiDocStories: 0, claims: 0, clusters: 0, verdicts: { corroborated: 0, 'single-origin': 0, contested: 0, denied: 0 }, seconds: 0 };
}

async function duplicateMap(store: Store): Promise<Map<string, string>> {
  return new Map((await store.listDuplicates()).map((d) => [d.docId, d.originalId]));
}

/**
 * Rebuilds every story, claim cluster and verdict from the stored documents (streamed), in one transaction.
 * Deterministic: the same stored documents give the same ids and records.
 * @returns What was written.
 */
export async function rebuildTriangulation(store: Store): Promise<TriangulationSummary> {
  const t0 = performance.now();
  const s = emptySummary('rebuild');
  await store.transaction(async () => {
    const inputs = new TriangulationInputs();
    for await (const doc of store.streamDocuments()) {
      inputs.add(doc);
      s.documents++;
    }
    const stories = buildStories(inputs.stories);
    inputs.stories.length = 0;
    await store.replaceStories(stories);
    // Verdicts are written chunk by chunk (the first chunk replaces every stored cluster, the others add to them).
    const labels = await buildClustersChunked(inputs.claims, await duplicateMap(store), (chunk, first) => store.replaceClaimClusters(chunk, first ? undefined : []));
    count(s, stories, labels.map((label) => ({ verdict: { label } })), inputs.claims.length);
  });
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}

function count(s: TriangulationSummary, stories: ReadonlyArray<{ docIds: string[] }>, clusters: ReadonlyArray<{ verdict: { label: VerdictLabel } }>, claims: number): void {
  s.stories = stories.length;
  s.multiDocStories = stories.filter((x) => x.docIds.length > 1).length;
  s.claims = claims;
  s.clusters = clusters.length;
  for (const c of clusters) s.verdicts[c.verdict.label]++;
}

const isoDay = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);

/**
 * Updates stories and claim clusters after `docIds` were stored (added or changed). A corpus of at most
 * `fullRebuildMaxDocs` documents (or one with no stories yet) is rebuilt from scratch, so the result is exactly a
 * rebuild's. A larger one is updated
 * in a window: the documents published within {@link UPDATE_WINDOW_DAYS} of the new ones (and every undated document
 * when a new one is undated), closed over the stories and clusters they belong to, are clustered again and their
 * stories and clusters replaced. Deterministic; it can differ from a full rebuild only through the document
 * frequencies, which are counted over the window instead of the whole corpus.
 * @returns What was written (`none` when `docIds` is empty).
 */
export async function updateTriangulation(store: Store, docIds: readonly string[], options: { fullRebuildMaxDocs?: number } = {}): Promise<TriangulationSummary> {
  if (docIds.length === 0) return emptySummary('none');
  const max = options.fullRebuildMaxDocs ?? FULL_REBUILD_MAX_DOCS;
  // Small corpora, and stores never triangulated (e.g. just migrated), are rebuilt from scratch.
  if ((await store.stats()).documents <= max || (await store.listStories({ limit: 1 })).length === 0) return rebuildTriangulation(store);
  const t0 = performance.now();
  const s = emptySummary('window');
  await store.transaction(async () => {
    let lo: number | null = null;
    let hi: number | null = null;
    let undated = false;
    for await (const d of store.streamDocuments({ ids: docIds })) {
      const day = dayNumber(d.published);
      if (day === null) undated = true;
      else {
        lo = lo === null ? day : Math.min(lo, day);
        hi = hi === null ? day : Math.max(hi, day);
      }
    }
    const from = lo === null ? null : isoDay(lo - UPDATE_WINDOW_DAYS);
    const to = hi === null ? null : isoDay(hi + UPDATE_WINDOW_DAYS);
    const window = new Set(lo === null && !undated ? [] : await store.documentIdsInWindow(from ?? '9999-12-31', to ?? '0000-01-01', undated));
    for (const id of docIds) window.add(id);
    const windowIds = [...window].sort();
    const storyDocs = new Set(await store.storyClosure(windowIds));
    const claimScope = await store.clusterClosure(windowIds);
    const claimSet = new Set(claimScope);
    const claimDocs = new Set(claimScope.map((c) => c.slice(0, c.lastIndexOf('#'))));
    const inputs = new TriangulationInputs();
    const all = [...new Set([...storyDocs, ...claimDocs])].sort();
    for await (const doc of store.streamDocuments({ ids: all })) {
      s.documents++;
      inputs.add(doc, { story: storyDocs.has(doc.id), claimFilter: claimDocs.has(doc.id) ? (id) => claimSet.has(id) : () => false });
    }
    const stories = buildStories(inputs.stories);
    const clusters = buildClusters(inputs.claims, await duplicateMap(store));
    await store.replaceStories(stories, [...storyDocs]);
    await store.replaceClaimClusters(clusters, claimScope);
    count(s, stories, clusters, inputs.claims.length);
  });
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}
