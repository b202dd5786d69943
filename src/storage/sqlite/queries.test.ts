/** @module Tests of the claim query builder: each indexed filter gives the same claims as a rowid set (selective) and as a row test (common). */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimQueryFilter } from '../contract.js';
import { sampleDocument } from '../sample-docs.js';
import { openSqliteStore, type SqliteStore } from './index.js';
import { claimOrder, claimWhere, linkDriver } from './queries.js';

let store: SqliteStore;
beforeAll(async () => {
  store = openSqliteStore(':memory:');
  for (let i = 1; i <= 6; i++) await store.putDocument(sampleDocument(`d${i}`, i, 6), { pipelineVersion: 't', stages: ['x'] });
  await store.replaceClaimClusters([
    {
      id: 'cc:1', key: null, categories: [], first: null, last: null, sides: [], outlets: [],
      members: [{ docId: 'd1', claimIdx: 0, contradictedLater: false }, { docId: 'd2', claimIdx: 3, contradictedLater: false }],
      verdict: { label: 'contested', reasons: [], score: 1, independentOrigins: 2, firstAppearance: null, detail: null },
    },
  ]);
});
afterAll(async () => store.close());

function ids(filter: ClaimQueryFilter, asSet: boolean): string[] {
  const w = claimWhere(filter, () => asSet);
  const sql = `SELECT c.doc_id || '#' || c.idx AS id FROM claims c ${w.conds.length ? 'WHERE ' + w.conds.join(' AND ') : ''} ORDER BY ${claimOrder({})}`;
  return (store.db.prepare(sql).all(...w.params) as Array<{ id: string }>).map((r) => r.id);
}

describe('claimWhere', () => {
  it.each<[string, ClaimQueryFilter]>([
    ['source name', { source: 'putin' }],
    ['source entity id', { source: 'person:sergei-rudskoy' }],
    ['verdict', { verdict: 'contested' }],
    ['place', { place: 'kharkiv' }],
    ['place at coordinates', { place: 'Kharkiv', lat: 49.99, lon: 36.23 }],
    ['entity', { entity: 'place:mariupol' }],
    ['full text', { q: 'Bakhmut' }],
    ['several', { q: 'soldiers', source: 'zelensky', side: 'UA', place: 'Kyiv' }],
  ])('%s: the rowid set and the row test find the same claims, in the same order', (_label, filter) => {
    const set = ids(filter, true);
    expect(set.length).toBeGreaterThan(0);
    expect(ids(filter, false)).toEqual(set);
  });

  it.each<[string, ClaimQueryFilter, 'asc' | 'desc']>([
    ['entity', { entity: 'place:kharkiv' }, 'desc'],
    ['entity and side, oldest first', { entity: 'place:kharkiv', side: 'UA' }, 'asc'],
    ['place', { place: 'kyiv' }, 'desc'],
    ['place at coordinates with text', { place: 'Kharkiv', lat: 49.99, lon: 36.23, q: 'soldiers' }, 'desc'],
  ])('%s: the page read from the link table in date order equals the claim scan', (_label, filter, order) => {
    const link = linkDriver(filter, { order })!;
    const rest = claimWhere(link.rest, () => false);
    const byRowid = new Map((store.db.prepare(`SELECT rowid AS rid, doc_id || '#' || idx AS id FROM claims`).all() as Array<{ rid: number; id: string }>).map((r) => [r.rid, r.id]));
    const page = (limit: number, offset: number): string[] =>
      (store.db.prepare(link.sql(rest.conds.length ? 'WHERE ' + rest.conds.join(' AND ') : '')).all(...link.params, ...rest.params, limit, offset) as Array<{ rid: number }>).map((r) => byRowid.get(r.rid)!);
    const w = claimWhere(filter, () => false);
    const expected = (store.db.prepare(`SELECT c.doc_id || '#' || c.idx AS id FROM claims c WHERE ${w.conds.join(' AND ')} ORDER BY ${claimOrder({ order })}`).all(...w.params) as Array<{ id: string }>).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(page(1000, 0)).toEqual(expected);
    expect(page(2, 1)).toEqual(expected.slice(1, 3));
    expect(linkDriver(filter, { sort: 'side' })).toBeNull();
  });

  it('finds nothing for a full-text query without words', () => {
    expect(claimWhere({ q: '-' }).none).toBe(true);
  });
});
