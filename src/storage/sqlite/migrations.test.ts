/** @module Tests of the schema migrations: applied once, recorded in user_version, newer databases refused (E302). */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from './index.js';
import { MIGRATIONS, SCHEMA_VERSION, migrate } from './migrations/index.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'triangulate-mig-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A database file at schema `version` holding one document (claims and the rest are added by each test). */
function oneDocumentAt(version: number): { file: string; db: Database.Database } {
  const file = path.join(tmp, `v${version}.db`);
  const db = new Database(file);
  for (const m of MIGRATIONS.filter((x) => x.version <= version)) db.exec(m.sql);
  db.pragma(`user_version = ${version}`);
  db.prepare(
    `INSERT INTO documents (id, title, outlet, published, text, body_start, text_hash, content_hash, pipeline_version, stages, ingested_at, updated_at, json)
     VALUES ('d', 'T', 'Wire', '2022-03-04T10:00:00Z', 'T\n\nTroops left Kherson, officials said.', 3, 'h', 'c', 'v', '[]', 'now', 'now', '{}')`,
  ).run();
  return { file, db };
}

describe('migrations', () => {
  it('numbers migrations 1, 2, … in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('applies every migration once on a new database, none on reopening; WAL on files', async () => {
    const file = path.join(tmp, 'a.db');
    const db = new Database(file);
    expect(migrate(db, file).map((m) => m.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db, file)).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
    const store = openSqliteStore(file);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.integrityCheck()).toEqual(['ok']);
    await store.close();
  });

  it('upgrades a version-2 database: claims get their day and outlet, and the claim text is indexed', async () => {
    const { file, db } = oneDocumentAt(2);
    db.prepare(
      `INSERT INTO claims (doc_id, idx, start, end, text, side, quote, hedged, denial, entity_ids, place_names, time_values, categories)
       VALUES ('d', 0, 3, 24, 'Troops left Kherson', 'UA', 'indirect', 0, 0, '', '|Kherson|', '', '')`,
    ).run();
    db.close();
    const store = openSqliteStore(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.db.prepare('SELECT day, outlet FROM claims').get()).toEqual({ day: '2022-03-04', outlet: 'Wire' });
    expect((await store.queryClaims({ q: 'kherson' })).map((c) => [c.docId, c.idx, c.places])).toEqual([['d', 0, ['Kherson']]]);
    expect(await store.countClaims({ from: '2022-03-04', to: '2022-03-04' })).toBe(1);
    expect(store.integrityCheck()).toEqual(['ok']);
    await store.close();
  });

  it('completes a database written by an early version 3 (no source-name table yet)', async () => {
    const file = path.join(tmp, 'v3.db');
    const db = new Database(file);
    for (const m of MIGRATIONS.filter((x) => x.version <= 3)) db.exec(m.sql);
    db.exec('DROP TABLE claim_sources; DROP INDEX claims_span; DROP INDEX entities_group; CREATE INDEX entities_entity_id ON entities(entity_id);');
    db.pragma('user_version = 3');
    db.close();
    const store = openSqliteStore(file);
    expect(await store.queryClaims({ source: 'putin' })).toEqual([]);
    const names = (store.db.prepare(`SELECT name FROM sqlite_master WHERE name IN ('claim_sources', 'claims_span', 'entities_group', 'entities_entity_id')`).all() as Array<{ name: string }>).map((r) => r.name);
    expect(names.sort()).toEqual(['claim_sources', 'claims_span', 'entities_group']);
    await store.close();
  });

  it('upgrades a version-8 database: verdict details move to their own table and still come with the cluster', async () => {
    const { file, db } = oneDocumentAt(8);
    db.prepare(
      `INSERT INTO claims (doc_id, idx, start, end, text, side, quote, hedged, denial, entity_ids, place_names, time_values, categories, day, outlet)
       VALUES ('d', 0, 3, 24, 'Troops left Kherson', 'UA', 'indirect', 0, 0, '', '|Kherson|', '', '', '2022-03-04', 'Wire')`,
    ).run();
    db.exec(`INSERT INTO claim_clusters (id, key, categories, first, last, sides, outlets, size) VALUES ('k1', NULL, '[]', NULL, NULL, '["UA"]', '["Wire"]', 1);
      INSERT INTO cluster_members (doc_id, claim_idx, cluster_id, position) VALUES ('d', 0, 'k1', 0);
      INSERT INTO verdicts (cluster_id, label, reasons, score, independent_origins, first_appearance, detail)
        VALUES ('k1', 'single-origin', '["one origin"]', 0.5, 1, NULL, '{"origins":["UA"]}');`);
    db.close();
    const store = openSqliteStore(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const cluster = await store.getClaimCluster('k1');
    expect(cluster?.verdict).toMatchObject({ label: 'single-origin', reasons: ['one origin'], detail: { origins: ['UA'] } });
    expect((store.db.prepare('SELECT name FROM pragma_table_info(?)').all('verdicts') as Array<{ name: string }>).map((r) => r.name)).not.toContain('detail');
    expect((await store.queryClaims({})).map((c) => [c.title, c.verdict, c.clusterId])).toEqual([['T', 'single-origin', 'k1']]);
    expect(store.integrityCheck()).toEqual(['ok']);
    await store.close();
  });

  it('refuses a database written by a newer schema with E302 and leaves it untouched', () => {
    const file = path.join(tmp, 'newer.db');
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStore(file)).toThrow(/\[E302\].*newer schema version/);
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect(again.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'documents'`).get()).toEqual({ n: 0 });
    again.close();
  });
});
