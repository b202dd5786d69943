/** @module Schema version 1: documents with their fingerprints, duplicates, LSH bands, one table per layer, and the FTS5 index. */

import type { Migration } from './index.js';

/** Creates the initial schema. Offsets are stored as integers; text is never sliced in SQL. */
export const migration001: Migration = {
  version: 1,
  name: 'init',
  sql: `
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT,
  url TEXT,
  outlet TEXT,
  published TEXT,
  language TEXT,
  author TEXT,
  text TEXT NOT NULL,
  body_start INTEGER NOT NULL,
  text_hash TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  signature BLOB,
  duplicate_of TEXT,
  pipeline_version TEXT NOT NULL,
  stages TEXT NOT NULL,
  source_file TEXT,
  source_record INTEGER,
  ingested_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX documents_content_hash ON documents(content_hash);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);

CREATE TABLE duplicates (
  doc_id TEXT PRIMARY KEY,
  original_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('exact', 'near')),
  similarity REAL NOT NULL
);
CREATE INDEX duplicates_original ON duplicates(original_id);

CREATE TABLE lsh_bands (
  band INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  doc_id TEXT NOT NULL,
  PRIMARY KEY (band, bucket, doc_id)
) WITHOUT ROWID;
CREATE INDEX lsh_bands_doc ON lsh_bands(doc_id);

CREATE TABLE removals (
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  reason TEXT NOT NULL,
  at INTEGER,
  PRIMARY KEY (doc_id, idx)
);

CREATE TABLE entities (
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  name TEXT NOT NULL,
  side TEXT,
  role TEXT,
  link TEXT,
  sent_start INTEGER NOT NULL,
  sent_end INTEGER NOT NULL,
  PRIMARY KEY (doc_id, idx)
);
CREATE INDEX entities_entity_id ON entities(entity_id);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE INDEX entities_text ON entities(text COLLATE NOCASE);
CREATE INDEX entities_type ON entities(type);

CREATE TABLE places (
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  name TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  country TEXT,
  admin1 TEXT,
  kind TEXT,
  geonameid INTEGER,
  PRIMARY KEY (doc_id, idx)
);
CREATE INDEX places_name ON places(name COLLATE NOCASE);

CREATE TABLE times (
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT NOT NULL,
  type TEXT,
  mod TEXT,
  PRIMARY KEY (doc_id, idx)
);
CREATE INDEX times_value ON times(value);

CREATE TABLE figures (
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  low REAL,
  high REAL,
  approx INTEGER NOT NULL,
  unit TEXT,
  category TEXT,
  about TEXT,
  PRIMARY KEY (doc_id, idx)
);
CREATE INDEX figures_category ON figures(category);

CREATE TABLE claims (
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  side TEXT NOT NULL,
  quote TEXT NOT NULL,
  hedged INTEGER NOT NULL,
  denial INTEGER NOT NULL,
  key TEXT,
  source_start INTEGER,
  source_end INTEGER,
  source_text TEXT,
  source_name TEXT,
  source_side TEXT,
  source_entity_id TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  cue_text TEXT,
  via_name TEXT,
  via_side TEXT,
  parent INTEGER,
  entity_ids TEXT NOT NULL,
  place_names TEXT NOT NULL,
  time_values TEXT NOT NULL,
  categories TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx)
);
CREATE INDEX claims_side ON claims(side);
CREATE INDEX claims_source_name ON claims(source_name COLLATE NOCASE);

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
END;
CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
`,
};
