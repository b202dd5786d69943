/**
 * @module Schema version 10: each claim's sort key (day, document, position) by claim rowid in a compact table kept by
 * triggers, so a small set of matching claims (a rare search word, a rare source) is put in date order from dense pages
 * instead of reading each claim's row (its text and columns, scattered over the claims table).
 */

import type { Migration } from './index.js';

/** Creates and fills `claim_keys` and its triggers. */
export const migration010: Migration = {
  version: 10,
  name: 'claim-keys',
  sql: `
CREATE TABLE claim_keys (rid INTEGER PRIMARY KEY, day TEXT, doc_id TEXT NOT NULL, idx INTEGER NOT NULL);
INSERT INTO claim_keys (rid, day, doc_id, idx) SELECT rowid, day, doc_id, idx FROM claims;
CREATE TRIGGER claim_keys_ai AFTER INSERT ON claims BEGIN
  INSERT INTO claim_keys (rid, day, doc_id, idx) VALUES (new.rowid, new.day, new.doc_id, new.idx);
END;
CREATE TRIGGER claim_keys_ad AFTER DELETE ON claims BEGIN
  DELETE FROM claim_keys WHERE rid = old.rowid;
END;
CREATE TRIGGER claim_keys_au AFTER UPDATE OF day, doc_id, idx ON claims BEGIN
  UPDATE claim_keys SET day = new.day, doc_id = new.doc_id, idx = new.idx WHERE rid = new.rowid;
END;
`,
};
