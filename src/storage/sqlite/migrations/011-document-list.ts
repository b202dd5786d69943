/**
 * @module Schema version 11: the document list answered from its indexes alone. The list's date-ordered indexes (all
 * documents, and per outlet) carry the columns a list row shows (id, title, url, outlet, date, language, duplicate-of,
 * ingest time), so a page of 50 documents reads a few index pages instead of the first page of 50 document rows.
 */

import type { Migration } from './index.js';

/** Replaces the two document list indexes with covering ones. */
export const migration011: Migration = {
  version: 11,
  name: 'document-list',
  sql: `
DROP INDEX IF EXISTS documents_list;
CREATE INDEX documents_list ON documents(published IS NULL, published DESC, seq, id, title, url, outlet, language, duplicate_of, ingested_at);
DROP INDEX IF EXISTS documents_outlet_list;
CREATE INDEX documents_outlet_list ON documents(outlet COLLATE NOCASE, published IS NULL, published DESC, seq, id, title, url, language, duplicate_of, ingested_at);
`,
};
