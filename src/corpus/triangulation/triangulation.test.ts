/** @module Tests of the triangulation orchestration: verdict paths on hand-built documents, determinism, rebuild and windowed update in a store. */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Document } from '../../core/doc.js';
import type { ClaimClusterRecord } from '../../storage/contract.js';
import { openSqliteStore, type SqliteStore } from '../../storage/sqlite/index.js';
import { rebuildTriangulation, triangulateDocuments, updateTriangulation } from './index.js';
import { triangulationDocs } from './testing.js';

const OPTS = { pipelineVersion: 'test', stages: ['x.v1'] };

const clusterOf = (clusters: ClaimClusterRecord[], docId: string): ClaimClusterRecord =>
  clusters.find((c) => c.members.some((m) => m.docId === docId))!;

describe('triangulateDocuments', () => {
  const { stories, clusters } = triangulateDocuments(triangulationDocs());

  it.each([
    ['ru-killed', 'contested', ['ru-killed', 'ua-killed']],
    ['ru-mall', 'denied', ['ru-mall', 'ua-mall']],
    ['gs-tanks', 'corroborated', ['gs-tanks', 'isw-tanks']],
    ['lone', 'single-origin', ['lone']],
  ])('puts %s in a %s cluster with %j', (doc, label, members) => {
    const c = clusterOf(clusters, doc);
    expect(c.verdict.label).toBe(label);
    expect(c.members.map((m) => m.docId).sort()).toEqual(members);
    expect(c.verdict.reasons.length).toBeGreaterThan(0);
    expect(c.verdict.firstAppearance?.docId).toBeDefined();
  });

  it('explains a contested cluster with both figures and marks both claims as contradicted', () => {
    const c = clusterOf(clusters, 'ru-killed');
    expect(c.verdict.reasons.join('\n')).toMatch(/"600".*"40"|"40".*"600"/);
    expect(c.members.every((m) => m.contradictedLater)).toBe(true);
    expect(c.verdict.independentOrigins).toBe(2);
  });

  it('marks the claim that a later denial contradicts, not the denial itself', () => {
    const c = clusterOf(clusters, 'ru-mall');
    expect(Object.fromEntries(c.members.map((m) => [m.docId, m.contradictedLater]))).toEqual({ 'ua-mall': true, 'ru-mall': false });
    expect(c.verdict.reasons.join('\n')).toMatch(/denied by The Russian Defence Ministry/);
  });

  it('counts syndicated copies once: a copy of the lone claim stays single-origin', () => {
    const docs = triangulationDocs();
    const copy = structuredClone(docs.find((d) => d.id === 'lone')!);
    copy.id = 'lone-copy';
    copy.outlet = 'syndicator.example';
    copy.claims[0]!.source = null;
    copy.claims[0]!.side = 'OUTLET';
    const orig = structuredClone(copy);
    orig.id = 'lone-orig';
    orig.outlet = 'origin.example';
    const dup = new Map([['lone-copy', 'lone-orig']]);
    const withDup = triangulateDocuments([orig, copy], dup).clusters;
    expect(withDup).toHaveLength(1);
    expect(withDup[0]!.verdict.label).toBe('single-origin');
    expect(triangulateDocuments([orig, copy]).clusters[0]!.verdict.label).toBe('corroborated');
  });

  it('gives the same stories, clusters and ids whatever the input order', () => {
    const again = triangulateDocuments([...triangulationDocs()].reverse());
    expect(again.clusters).toEqual(clusters);
    expect(again.stories).toEqual(stories);
    expect(new Set(stories.flatMap((s) => s.docIds)).size).toBe(triangulationDocs().length);
  });
});

describe('triangulation in the store', () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = openSqliteStore(':memory:');
  });
  afterEach(async () => {
    await store.close();
  });

  const snapshot = async (): Promise<unknown> => ({
    stories: await store.listStories({ limit: 1000 }),
    clusters: await Promise.all((await store.listClaimClusters()).map((c) => store.getClaimCluster(c.id))),
  });

  async function put(docs: Document[]): Promise<void> {
    for (const d of docs) await store.putDocument(d, OPTS);
  }

  it('rebuilds from scratch with a summary, and a second rebuild writes the same records', async () => {
    await put(triangulationDocs());
    const s = await rebuildTriangulation(store);
    expect(s).toMatchObject({ mode: 'rebuild', documents: 7, claims: 7, clusters: 4, verdicts: { contested: 1, denied: 1, corroborated: 1, 'single-origin': 1 } });
    const first = await snapshot();
    await rebuildTriangulation(store);
    expect(await snapshot()).toEqual(first);
    expect((await store.listClaimClusters({ verdict: 'contested' })).map((c) => c.size)).toEqual([2]);
  });

  it.each([
    ['a full rebuild (small corpus)', undefined],
    ['a windowed update', 0],
  ])('updates after new documents through %s to what a rebuild gives', async (_label, max) => {
    const docs = triangulationDocs();
    await put(docs.slice(0, 4));
    await rebuildTriangulation(store);
    await put(docs.slice(4));
    const s = await updateTriangulation(store, docs.slice(4).map((d) => d.id), { fullRebuildMaxDocs: max });
    expect(s.mode).toBe(max === 0 ? 'window' : 'rebuild');
    const updated = await snapshot();
    await rebuildTriangulation(store);
    expect(updated).toEqual(await snapshot());
  });

  it('rebuilds instead of a windowed update when the store was never triangulated', async () => {
    await put(triangulationDocs());
    expect((await updateTriangulation(store, ['lone'], { fullRebuildMaxDocs: 0 })).mode).toBe('rebuild');
    expect((await store.listStories({ limit: 1000 })).length).toBeGreaterThan(0);
  });

  it('a windowed update leaves stories and clusters outside the window alone', async () => {
    const docs = triangulationDocs();
    await put(docs);
    await rebuildTriangulation(store);
    const before = (await store.listClaimClusters()).find((c) => c.id.includes('gs-tanks'));
    const late = structuredClone(docs.find((d) => d.id === 'lone')!);
    late.id = 'lone-2';
    late.published = '2022-09-02';
    await put([late]);
    const s = await updateTriangulation(store, ['lone-2'], { fullRebuildMaxDocs: 0 });
    expect(s.mode).toBe('window');
    expect(s.documents).toBe(2);
    expect((await store.listClaimClusters()).find((c) => c.id.includes('gs-tanks'))).toEqual(before);
    const lone = (await store.listClaimClusters()).find((c) => c.size === 2 && c.id.includes('lone'));
    expect(lone?.verdict.label).toBe('single-origin');
  });
});
