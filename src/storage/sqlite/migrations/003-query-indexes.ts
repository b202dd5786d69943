/**
 * @module Schema version 3: what the API's list routes need to answer from indexes on a large store — each claim carries
 * its document's publication day and outlet (so filters and sorts need no join), composite indexes for every claim sort,
 * the distinct source names, list-order indexes for documents and stories, and a full-text index over claim text.
 */

import type { Migration } from './index.js';

/** Adds the claim columns (filled from their documents), the query indexes and the claim full-text index. */
export const migration003: Migration = {
  version: 3,
  name: 'query-indexes',
  sql: `
ALTER TABLE claims ADD COLUMN day TEXT;
ALTER TABLE claims ADD COLUMN outlet TEXT;
UPDATE claims SET
  day = (SELECT substr(d.published, 1, 10) FROM documents d WHERE d.id = claims.doc_id),
  outlet = (SELECT d.outlet FROM documents d WHERE d.id = claims.doc_id);

DROP INDEX IF EXISTS claims_side;
DROP INDEX IF EXISTS claims_source_name;
-- The filter columns ride along, so a filtered scan in date order reads the index only.
CREATE INDEX claims_day ON claims(day, doc_id, idx, side, hedged, denial, categories);
CREATE INDEX claims_side_day ON claims(side, day, doc_id, idx);
CREATE INDEX claims_source_day ON claims(source_name COLLATE NOCASE, day, doc_id, idx);
CREATE INDEX claims_outlet_day ON claims(outlet COLLATE NOCASE, day, doc_id, idx);
CREATE INDEX claims_source_entity ON claims(source_entity_id, day, doc_id, idx);
CREATE INDEX claims_source_text ON claims(source_text COLLATE NOCASE);
-- Which claims of a document hold a span: place and entity filters join on it without reading claim rows.
CREATE INDEX claims_span ON claims(doc_id, start, end);

-- Every source name once, so a substring filter scans names, not claims.
CREATE TABLE claim_sources (name TEXT PRIMARY KEY COLLATE NOCASE) WITHOUT ROWID;
INSERT OR IGNORE INTO claim_sources (name) SELECT DISTINCT source_name FROM claims WHERE source_name IS NOT NULL;

CREATE INDEX documents_list ON documents(published IS NULL, published DESC, seq);
CREATE INDEX documents_outlet_list ON documents(outlet COLLATE NOCASE, published IS NULL, published DESC, seq);

-- Entities grouped by id from the index alone (the entity list), replacing the plain entity_id index.
DROP INDEX IF EXISTS entities_entity_id;
CREATE INDEX entities_group ON entities(entity_id, doc_id, name, type, side);

CREATE INDEX figures_category_nocase ON figures(category COLLATE NOCASE, about COLLATE NOCASE);
CREATE INDEX places_group ON places(name, lat, lon);

CREATE INDEX stories_list ON stories(size DESC, first IS NULL, first, id);
CREATE INDEX stories_last ON stories(last, id);

CREATE VIRTUAL TABLE claims_fts USING fts5(
  text, content='claims', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER claims_fts_ad AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER claims_fts_au AFTER UPDATE OF text ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO claims_fts(rowid, text) VALUES (new.rowid, new.text);
END;
INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');
`,
};
