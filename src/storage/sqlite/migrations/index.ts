/** @module Numbered schema migrations, applied in order and recorded in `PRAGMA user_version`. */

import type BetterSqlite3 from 'better-sqlite3';
import { TriangulateError } from '../../../core/errors.js';
import { migration001 } from './001-init.js';
import { migration002 } from './002-triangulation.js';
import { migration003 } from './003-query-indexes.js';
import { migration004 } from './004-query-tables.js';
import { migration005 } from './005-link-tables.js';
import { migration006 } from './006-store-counts.js';
import { migration007 } from './007-outlet-counts.js';
import { migration008 } from './008-claim-filters.js';
import { migration009 } from './009-compact-reads.js';
import { migration010 } from './010-claim-keys.js';
import { migration011 } from './011-document-list.js';

/** One schema step: applied once, in a transaction, when `user_version` is below `version`. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order; the last one's version is the schema this code writes. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011];

/** The schema version this code writes. */
export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/**
 * Brings a database up to {@link SCHEMA_VERSION}.
 * @throws TriangulateError E302 when the database was written by a newer schema.
 * @returns The migrations applied (empty when the schema was current).
 */
export function migrate(db: BetterSqlite3.Database, label: string): Migration[] {
  const found = db.pragma('user_version', { simple: true }) as number;
  if (found > SCHEMA_VERSION) throw new TriangulateError('E302', { path: label, found, supported: SCHEMA_VERSION });
  const applied: Migration[] = [];
  for (const m of MIGRATIONS) {
    if (m.version <= found) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
    applied.push(m);
  }
  return applied;
}
