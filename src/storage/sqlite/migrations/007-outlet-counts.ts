/**
 * @module Schema version 7: the outlet profiles' counters — claims per outlet and side with how many are attributed,
 * hedged, in the outlet's own voice, in a single-origin cluster and contradicted later — kept on write and on every
 * cluster replacement, so `/api/outlets` reads a few hundred rows instead of joining every claim with its cluster.
 */

import type { Migration } from './index.js';

/** Creates and fills `outlet_counts`. */
export const migration007: Migration = {
  version: 7,
  name: 'outlet-counts',
  sql: `
CREATE TABLE outlet_counts (
  outlet TEXT NOT NULL,
  side TEXT NOT NULL,
  claims INTEGER NOT NULL,
  attributed INTEGER NOT NULL,
  hedged INTEGER NOT NULL,
  own INTEGER NOT NULL,
  single INTEGER NOT NULL,
  later INTEGER NOT NULL,
  PRIMARY KEY (outlet, side)
) WITHOUT ROWID;
INSERT INTO outlet_counts (outlet, side, claims, attributed, hedged, own, single, later)
  SELECT coalesce(c.outlet, '(unknown)'), c.side, count(*), sum(c.source_text IS NOT NULL AND c.side NOT IN ('OUTLET')), sum(c.hedged),
    sum(c.side = 'OUTLET' OR c.source_text IS NULL), coalesce(sum(v.label = 'single-origin'), 0), sum(coalesce(m.contradicted_later, 0))
  FROM claims c LEFT JOIN cluster_members m ON m.doc_id = c.doc_id AND m.claim_idx = c.idx LEFT JOIN verdicts v ON v.cluster_id = m.cluster_id
  GROUP BY 1, 2;
`,
};
