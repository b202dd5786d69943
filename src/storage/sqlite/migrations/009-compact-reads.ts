/**
 * @module Schema version 9: fewer pages read per API page on a large store. A verdict's assessment detail (kilobytes of
 * JSON, read only by the cluster view) moves to `verdict_details`, so a verdict row is small and the verdict of a claim
 * or a cluster list reads dense pages; a covering index gives a document's title, outlet and date without reading the
 * document row (text and layers, several pages each) for claim pages and story members; the cluster-member index carries
 * the claim it points to.
 */

import type { Migration } from './index.js';

/** Moves verdict details out of `verdicts` and adds the covering indexes. */
export const migration009: Migration = {
  version: 9,
  name: 'compact-reads',
  sql: `
CREATE TABLE verdict_details (cluster_id TEXT PRIMARY KEY, detail TEXT NOT NULL);
INSERT INTO verdict_details (cluster_id, detail) SELECT cluster_id, detail FROM verdicts WHERE detail IS NOT NULL;
ALTER TABLE verdicts DROP COLUMN detail;

CREATE INDEX documents_card ON documents(id, title, outlet, published);

DROP INDEX IF EXISTS cluster_members_cluster;
CREATE INDEX cluster_members_cluster ON cluster_members(cluster_id, position, doc_id, claim_idx);
`,
};
