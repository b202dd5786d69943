/**
 * @module Schema version 6: counters the store keeps on write (in the same transaction as the document), so the corpus
 * statistics, the outlet document counts and the entity list read a few hundred rows instead of scanning millions:
 * `store_counts` (documents, layer rows, claims per side, documents per language, outlet and duplicate kind) and
 * `entity_counts` (mentions per entity id, type, name and side) with `entity_docs` (documents per entity id and type), and
 * the place list's `place_counts`, `place_docs` and `place_claims`.
 */

import type { Migration } from './index.js';

/**
 * Keys of `store_counts` (see {@link COUNT_ROWS} in the store): `documents`, `entities`, `places`, `figures`, `claims`,
 * `side:<side>`, `lang:<language or ?>`, `outlet:<outlet>`, `nooutlet`, `dup:<kind>`.
 */
export const migration006: Migration = {
  version: 6,
  name: 'store-counts',
  sql: `
CREATE TABLE store_counts (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO store_counts (key, n)
  SELECT 'documents', count(*) FROM documents
  UNION ALL SELECT 'entities', count(*) FROM entities
  UNION ALL SELECT 'places', count(*) FROM places
  UNION ALL SELECT 'figures', count(*) FROM figures
  UNION ALL SELECT 'claims', count(*) FROM claims;
INSERT INTO store_counts (key, n) SELECT 'side:' || side, count(*) FROM claims GROUP BY side;
INSERT INTO store_counts (key, n) SELECT 'lang:' || coalesce(language, '?'), count(*) FROM documents GROUP BY 1;
INSERT INTO store_counts (key, n) SELECT CASE WHEN outlet IS NULL THEN 'nooutlet' ELSE 'outlet:' || outlet END, count(*) FROM documents GROUP BY 1;
INSERT INTO store_counts (key, n) SELECT 'dup:' || kind, count(*) FROM duplicates GROUP BY kind;
DELETE FROM store_counts WHERE n = 0;

CREATE TABLE entity_counts (
  entity_id TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  side TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (entity_id, type, name, side)
) WITHOUT ROWID;
INSERT INTO entity_counts (entity_id, type, name, side, mentions)
  SELECT entity_id, type, name, coalesce(side, ''), count(*) FROM entities GROUP BY 1, 2, 3, 4;
CREATE INDEX entity_counts_type ON entity_counts(type, entity_id);

-- type '' counts the documents mentioning the entity under any type.
CREATE TABLE entity_docs (entity_id TEXT NOT NULL, type TEXT NOT NULL, documents INTEGER NOT NULL, PRIMARY KEY (entity_id, type)) WITHOUT ROWID;
INSERT INTO entity_docs (entity_id, type, documents) SELECT entity_id, type, count(DISTINCT doc_id) FROM entities GROUP BY 1, 2;
INSERT INTO entity_docs (entity_id, type, documents) SELECT entity_id, '', count(DISTINCT doc_id) FROM entities GROUP BY 1;

-- A document's outlet by id from the index alone (the outlets' syndication links join documents twice).
CREATE INDEX documents_id_outlet ON documents(id, outlet);

-- Places by name and coordinates: mentions per country and region (kept apart so the largest survives removals),
-- documents, and the claims mentioning them per publication day ('' undated).
CREATE TABLE place_counts (
  name TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  country TEXT NOT NULL,
  admin1 TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (name, lat, lon, country, admin1)
) WITHOUT ROWID;
INSERT INTO place_counts (name, lat, lon, country, admin1, mentions)
  SELECT name, lat, lon, coalesce(country, ''), coalesce(admin1, ''), count(*) FROM places GROUP BY 1, 2, 3, 4, 5;
CREATE TABLE place_docs (name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, documents INTEGER NOT NULL, PRIMARY KEY (name, lat, lon)) WITHOUT ROWID;
INSERT INTO place_docs (name, lat, lon, documents) SELECT name, lat, lon, count(DISTINCT doc_id) FROM places GROUP BY 1, 2, 3;
CREATE TABLE place_claims (
  name TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  day TEXT NOT NULL,
  claims INTEGER NOT NULL,
  PRIMARY KEY (name, lat, lon, day)
) WITHOUT ROWID;
INSERT INTO place_claims (name, lat, lon, day, claims) SELECT name, lat, lon, coalesce(day, ''), count(*) FROM claim_places GROUP BY 1, 2, 3, 4;
`,
};
