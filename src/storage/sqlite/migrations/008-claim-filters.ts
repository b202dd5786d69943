/**
 * @module Schema version 8: what the remaining slow claim and cluster filters need on a 100,000-document store — a
 * claim → figure category link table in date order (the `category` filter read from its own index instead of testing
 * every claim's category list), the date index covering the source columns (a common source tested on the index alone,
 * not on every claim row), partial date-ordered indexes of the hedged and the denial claims, and verdict indexes
 * that carry the cluster id so the cluster list pages in score order without sorting.
 */

import type { Migration } from './index.js';

/** Creates and fills `claim_categories` and the indexes. */
export const migration008: Migration = {
  version: 8,
  name: 'claim-filters',
  sql: `
CREATE TABLE claim_categories (
  doc_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  category TEXT NOT NULL COLLATE NOCASE,
  day TEXT,
  PRIMARY KEY (doc_id, idx, category)
) WITHOUT ROWID;
WITH RECURSIVE split(doc_id, idx, day, rest, category) AS (
  SELECT doc_id, idx, day, substr(categories, 2), NULL FROM claims WHERE categories <> ''
  UNION ALL
  SELECT doc_id, idx, day, substr(rest, instr(rest, '|') + 1), substr(rest, 1, instr(rest, '|') - 1) FROM split WHERE instr(rest, '|') > 0
)
INSERT OR IGNORE INTO claim_categories (doc_id, idx, category, day)
  SELECT doc_id, idx, category, day FROM split WHERE category IS NOT NULL AND category <> '';
CREATE INDEX claim_categories_category ON claim_categories(category, day, doc_id, idx);

DROP INDEX IF EXISTS claims_day;
CREATE INDEX claims_day ON claims(day, doc_id, idx, side, hedged, denial, categories, source_name, source_entity_id, source_text);
CREATE INDEX claims_hedged_day ON claims(day, doc_id, idx) WHERE hedged = 1;
CREATE INDEX claims_denial_day ON claims(day, doc_id, idx) WHERE denial = 1;

CREATE INDEX verdicts_score_id ON verdicts(score DESC, cluster_id);
CREATE INDEX verdicts_label_score_id ON verdicts(label, score DESC, cluster_id);
DROP INDEX IF EXISTS verdicts_score;
DROP INDEX IF EXISTS verdicts_label_score;
`,
};
