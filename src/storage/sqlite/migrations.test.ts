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
