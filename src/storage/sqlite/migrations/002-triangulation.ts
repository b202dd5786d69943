/** @module Schema version 2: the corpus-level triangulation results — stories, claim clusters, their members and verdicts. */

import type { Migration } from './index.js';

/**
 * Creates the triangulation tables. They hold derived data only: `triangulate triangulate` rebuilds them from the
 * documents, and ingest updates them for the documents it stores. JSON columns hold arrays and objects.
 */
export const migration002: Migration = {
  version: 2,
  name: 'triangulation',
  sql: `
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  first TEXT,
  last TEXT,
  size INTEGER NOT NULL,
  label TEXT NOT NULL
);
CREATE INDEX stories_first ON stories(first);

CREATE TABLE story_members (
  doc_id TEXT PRIMARY KEY,
  story_id TEXT NOT NULL,
  position INTEGER NOT NULL
);
CREATE INDEX story_members_story ON story_members(story_id, position);

CREATE TABLE claim_clusters (
  id TEXT PRIMARY KEY,
  key TEXT,
  categories TEXT NOT NULL,
  first TEXT,
  last TEXT,
  sides TEXT NOT NULL,
  outlets TEXT NOT NULL,
  size INTEGER NOT NULL
);

CREATE TABLE cluster_members (
  doc_id TEXT NOT NULL,
  claim_idx INTEGER NOT NULL,
  cluster_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  contradicted_later INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (doc_id, claim_idx)
);
CREATE INDEX cluster_members_cluster ON cluster_members(cluster_id, position);

CREATE TABLE verdicts (
  cluster_id TEXT PRIMARY KEY,
  label TEXT NOT NULL CHECK (label IN ('corroborated', 'single-origin', 'contested', 'denied')),
  reasons TEXT NOT NULL,
  score REAL NOT NULL,
  independent_origins INTEGER NOT NULL,
  first_appearance TEXT,
  detail TEXT
);
CREATE INDEX verdicts_label_score ON verdicts(label, score DESC);
CREATE INDEX verdicts_score ON verdicts(score DESC);
`,
};
