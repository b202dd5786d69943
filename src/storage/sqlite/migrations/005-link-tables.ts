/**
 * @module Schema version 5: what the slow API filters need on a 100,000-document store — claim → entity and claim → place
 * link tables (the entities and places whose span lies inside a claim, with the claim's day, indexed for the filters),
 * figures carrying their document's publication date and sequence (the figure list in date order from an index), and a
 * per-category figure count maintained on write.
 */

import type { Migration } from './index.js';

/** Creates and fills the link tables, the figure columns and the figure category counts. */
export const migration005: Migration = {
  version: 5,
  name: 'link-tables',
  sql: `
CREATE TABLE claim_entities (
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  day TEXT,
  PRIMARY KEY (doc_id, idx, entity_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO claim_entities (doc_id, idx, entity_id, day)
  SELECT c.doc_id, c.idx, e.entity_id, c.day FROM claims c JOIN entities e ON e.doc_id = c.doc_id AND e.start >= c.start AND e.end <= c.end;
CREATE INDEX claim_entities_entity ON claim_entities(entity_id, day, doc_id, idx);

CREATE TABLE claim_places (
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  name TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  day TEXT,
  PRIMARY KEY (doc_id, idx, name, lat, lon)
) WITHOUT ROWID;
INSERT OR IGNORE INTO claim_places (doc_id, idx, name, lat, lon, day)
  SELECT c.doc_id, c.idx, p.name, p.lat, p.lon, c.day FROM claims c JOIN places p ON p.doc_id = c.doc_id AND p.start >= c.start AND p.end <= c.end;
CREATE INDEX claim_places_name ON claim_places(name COLLATE NOCASE, day, doc_id, idx, lat, lon);

ALTER TABLE figures ADD COLUMN published TEXT;
ALTER TABLE figures ADD COLUMN doc_seq INTEGER;
UPDATE figures SET (published, doc_seq) = (SELECT d.published, d.seq FROM documents d WHERE d.id = figures.doc_id);
CREATE INDEX figures_list ON figures(published IS NULL, published, doc_seq, start);
CREATE INDEX figures_category_list ON figures(category COLLATE NOCASE, published IS NULL, published, doc_seq, start);

CREATE TABLE figure_categories (category TEXT PRIMARY KEY, figures INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO figure_categories (category, figures) SELECT category, count(*) FROM figures WHERE category IS NOT NULL GROUP BY category;
`,
};
