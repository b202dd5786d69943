/**
 * @module Schema version 4: brings databases written by an early version 3 up to the final one — the distinct source
 * names table, the span and source-text claim indexes and the covering entity index (every statement is a no-op where
 * version 3 already made it).
 */

import type { Migration } from './index.js';

/** Idempotent additions to version 3. */
export const migration004: Migration = {
  version: 4,
  name: 'query-tables',
  sql: `
CREATE TABLE IF NOT EXISTS claim_sources (name TEXT PRIMARY KEY COLLATE NOCASE) WITHOUT ROWID;
INSERT OR IGNORE INTO claim_sources (name) SELECT DISTINCT source_name FROM claims WHERE source_name IS NOT NULL;
CREATE INDEX IF NOT EXISTS claims_source_text ON claims(source_text COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS claims_span ON claims(doc_id, start, end);
DROP INDEX IF EXISTS entities_entity_id;
CREATE INDEX IF NOT EXISTS entities_group ON entities(entity_id, doc_id, name, type, side);
`,
};
