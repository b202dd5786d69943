/** @module Tests of the triangulation commands (triangulate, stories, clusters, cluster, timeline, outlets) through `main`, on hand-built documents and on the shared seeds. */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../../../core/paths.js';
import { triangulationDocs } from '../../../corpus/triangulation/testing.js';
import type { ClaimClusterDetail, ClaimClusterSummary, OutletStats, StoryRow } from '../../../storage/contract.js';
import { openSqliteStore } from '../../../storage/sqlite/index.js';
import { main } from '../main.js';
import { captureIo } from './testing/capture-io.js';

const pipelineReady = await import('../../../pipeline/analyze.js').then(
  () => true,
  () => false,
);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'triangulate-tri-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(db: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const c = captureIo();
  const code = await main([...argv, '--db', db], c.io);
  return { code, out: c.out(), err: c.err() };
}

async function json<T>(db: string, argv: string[]): Promise<T> {
  const r = await run(db, [...argv, '--json']);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as T;
}

describe('triangulation commands on hand-built documents', () => {
  let db: string;
  beforeAll(async () => {
    db = path.join(tmp, 'hand.db');
    const store = openSqliteStore(db);
    for (const d of triangulationDocs()) await store.putDocument(d, { pipelineVersion: 'test', stages: ['x.v1'] });
    await store.close();
  });

  it('says that nothing is triangulated yet, then rebuilds with a summary', async () => {
    expect((await run(db, ['clusters'])).out).toMatch(/nothing triangulated yet/);
    const r = await run(db, ['triangulate']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Triangulated 7 documents/);
    expect(r.out).toMatch(/clusters\s+4\s+\(corroborated 1, single-origin 1, contested 1, denied 1\)/);
  });

  it.each([
    ['contested', ['ru-killed', 'ua-killed']],
    ['denied', ['ru-mall', 'ua-mall']],
    ['corroborated', ['gs-tanks', 'isw-tanks']],
    ['single-origin', ['lone']],
  ])('clusters --verdict %s lists the cluster of %j', async (verdict, docs) => {
    const rows = await json<ClaimClusterSummary[]>(db, ['clusters', '--verdict', verdict]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.verdict.label).toBe(verdict);
    const c = await json<ClaimClusterDetail>(db, ['cluster', rows[0]!.id]);
    expect(c.members.map((m) => m.docId).sort()).toEqual(docs);
  });

  it('clusters sorts by evidence score and rejects an unknown verdict (2)', async () => {
    const rows = await json<ClaimClusterSummary[]>(db, ['clusters']);
    expect(rows.map((r) => r.verdict.score)).toEqual([...rows.map((r) => r.verdict.score)].sort((a, b) => b - a));
    const text = await run(db, ['clusters']);
    expect(text.out.split('\n')[0]).toMatch(/^score\s+verdict\s+origins\s+claims\s+sides\s+outlets\s+first\s+id\s+claim$/);
    const bad = await run(db, ['clusters', '--verdict', 'maybe']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown verdict "maybe"/);
  });

  it('cluster ID shows every version side by side with the verdict, its reasons and the sentences', async () => {
    const [contested] = await json<ClaimClusterSummary[]>(db, ['clusters', '--verdict', 'contested']);
    const r = await run(db, ['cluster', contested!.id]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/contested \(score/);
    expect(r.out).toMatch(/killed \(UA\): "600" .* vs "40"|killed \(UA\): "40" .* vs "600"/);
    expect(r.out).toMatch(/tass\.ru\s+The Russian Defence Ministry\s+RU\s+contradicted-later\s+600 Ukrainian soldiers were killed near Bakhmut/);
    expect(r.out).toContain('Ukrainian officials said 40 Ukrainian soldiers were killed near Bakhmut.');
    const [denied] = await json<ClaimClusterSummary[]>(db, ['clusters', '--verdict', 'denied']);
    expect((await run(db, ['cluster', denied!.id])).out).toMatch(/denied by The Russian Defence Ministry \[RU\]/);
  });

  it('cluster with an unknown id fails with a clear error (1); without an id it is a usage error (2)', async () => {
    const r = await run(db, ['cluster', 'cc:nope']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no claim cluster "cc:nope"/);
    expect((await run(db, ['cluster'])).code).toBe(2);
  });

  it('timeline shows the contested death toll by source and date; --category is required', async () => {
    const t = await json<{ points: Array<{ source: string; value: number; date: string; contested: boolean }> }>(db, ['timeline', '--category', 'killed', '--about', 'UA']);
    expect(t.points.map((p) => [p.date, p.value, p.source, p.contested])).toEqual([
      ['2022-06-01', 600, 'The Russian Defence Ministry', true],
      ['2022-06-01', 40, 'Ukrainian officials', true],
    ]);
    expect((await run(db, ['timeline', '--category', 'killed'])).out).toMatch(/2 figures.*2 in contested clusters/);
    expect((await run(db, ['timeline'])).code).toBe(2);
  });

  it('stories and outlets report the corpus', async () => {
    const stories = await json<StoryRow[]>(db, ['stories']);
    expect(stories.flatMap((s) => s.members.map((m) => m.docId)).sort()).toEqual(triangulationDocs().map((d) => d.id).sort());
    const outlets = await json<OutletStats[]>(db, ['outlets']);
    expect(outlets.find((o) => o.outlet === 'tass.ru')).toMatchObject({ claims: 1, bySide: { RU: 1 }, attributed: 1, laterContradicted: 1 });
    expect(outlets.find((o) => o.outlet === 'rt.com')).toMatchObject({ claims: 1, laterContradicted: 0 });
    expect((await run(db, ['outlets'])).out).toMatch(/^outlet\s+claims\s+attributed/);
  });

  it('query commands on a missing database fail (1)', async () => {
    for (const c of ['stories', 'clusters', 'outlets', 'triangulate']) expect((await run(path.join(tmp, 'none.db'), [c])).code).toBe(1);
  });
});

describe.skipIf(!pipelineReady || !hasShared())('triangulation commands on the shared seeds', () => {
  let db: string;
  beforeAll(async () => {
    db = path.join(tmp, 'seeds.db');
    const r = await run(db, ['ingest', sharedPath('seeds'), '--quiet']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Triangulation \(rebuilt from all documents\): \d+ stories, \d+ claim clusters/);
  }, 120_000);

  const snapshot = async (): Promise<string> => {
    const clusters = await json<ClaimClusterSummary[]>(db, ['clusters']);
    const details = await Promise.all(clusters.map((c) => json<ClaimClusterDetail>(db, ['cluster', c.id])));
    return JSON.stringify({ clusters, details, stories: await json<StoryRow[]>(db, ['stories']), outlets: await json<OutletStats[]>(db, ['outlets']) });
  };

  it('puts the refugee figures of seeds 003 and 001 on one timeline, not contested', async () => {
    const t = await json<{ points: Array<{ docId: string; figure: { text: string }; value: number; contested: boolean }> }>(db, ['timeline', '--category', 'refugees']);
    const p003 = t.points.find((p) => p.docId.startsWith('003_') && /3\.5 million/.test(p.figure.text));
    const p001 = t.points.find((p) => p.docId.startsWith('001_') && /4 million/.test(p.figure.text));
    expect(p003?.value).toBe(3_500_000);
    expect(p001?.value).toBe(4_000_000);
    expect(p003?.contested).toBe(false);
    expect(p001?.contested).toBe(false);
    const text = await run(db, ['timeline', '--category', 'refugees']);
    for (const line of text.out.split('\n').filter((l) => /3\.5 million|4 million/.test(l))) expect(line).not.toMatch(/contested/);
  });

  it('lists the Rudskoy statement (seed 000) and the regrouping around Kyiv/Chernihiv (seed 001) among the claim clusters', async () => {
    const clusters = await json<ClaimClusterSummary[]>(db, ['clusters']);
    const members = (await Promise.all(clusters.map((c) => json<ClaimClusterDetail>(db, ['cluster', c.id])))).flatMap((c) => c.members);
    const from = (prefix: string, re: RegExp): boolean => members.some((m) => m.docId.startsWith(prefix) && re.test(m.text));
    expect(from('000_', /first stage/i)).toBe(true);
    expect(from('000_', /Donbas/)).toBe(true);
    expect(from('001_', /regroup/i)).toBe(true);
    expect(from('001_', /Kyiv|Chernihiv/)).toBe(true);
    const text = (await run(db, ['clusters'])).out;
    expect(text).toMatch(/first stage|Donbas/);
  });

  it('rebuilds twice to identical output, equal to what ingest left', async () => {
    const afterIngest = await snapshot();
    expect((await run(db, ['triangulate'])).code).toBe(0);
    const first = await snapshot();
    expect((await run(db, ['triangulate'])).code).toBe(0);
    expect(await snapshot()).toBe(first);
    expect(first).toBe(afterIngest);
  });

  it('re-ingesting unchanged seeds leaves the triangulation alone', async () => {
    const before = await snapshot();
    const r = await run(db, ['ingest', sharedPath('seeds'), '--quiet']);
    expect(r.out).toMatch(/unchanged\s+5/);
    expect(r.out).not.toMatch(/Triangulation/);
    expect(await snapshot()).toBe(before);
  });

  it('cluster with an unknown id fails with a clear error (1)', async () => {
    const r = await run(db, ['cluster', 'cc:does-not-exist']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no claim cluster "cc:does-not-exist"');
  });
});
