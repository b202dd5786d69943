/** @module Claim clusters list (`/clusters?verdict&category&offset`). */
import type { ClaimClusterSummary, Page } from '../../../src/apps/server/api-types';
import { ClusterList } from '../components/cluster-list';
import { usePageTitle } from '../components/page-title';
import { Pager } from '../components/pager';
import { SelectField } from '../components/select-field';
import { Async } from '../components/status';
import { useApi } from '../lib/api';
import { fmtNumber, intParam } from '../lib/format';
import { useQueryState, withQuery } from '../lib/router';
import { VERDICT_CHOICES } from '../lib/sides';

/** Clusters per page. */
const PAGE_SIZE = 30;

/** The clusters list with a verdict filter. */
export function ClustersView() {
  usePageTitle('Claim clusters');
  const [params, setParams] = useQueryState();
  const verdict = params.get('verdict') ?? '';
  const category = params.get('category') ?? '';
  const offset = intParam(params.get('offset'), 0);
  const state = useApi<Page<ClaimClusterSummary>>(withQuery('/api/clusters', { verdict, category, limit: PAGE_SIZE, offset }));
  return (
    <>
      <h1>Claim clusters</h1>
      <p className="hint">The same assertion across articles, with a verdict: corroborated by independent origins, resting on a single origin, contested or denied.</p>
      <div className="filters filters-inline">
        <SelectField id="cl-verdict" label="Verdict" value={verdict} choices={VERDICT_CHOICES} onChange={(v) => setParams({ verdict: v, offset: null })} testId="filter-verdict" />
        {category && (
          <p className="active-filter">
            Category: <strong>{category}</strong>{' '}
            <button type="button" className="link-button" onClick={() => setParams({ category: null, offset: null })}>
              clear
            </button>
          </p>
        )}
      </div>
      <Async state={state} what="Loading clusters">
        {(page) => (
          <>
            <p className="result-count" aria-live="polite">
              {fmtNumber(page.total)} cluster{page.total === 1 ? '' : 's'}
            </p>
            <ClusterList clusters={page.items} empty="No clusters match." />
            <Pager total={page.total} limit={page.limit} offset={page.offset} onOffset={(o) => setParams({ offset: o || null })} />
          </>
        )}
      </Async>
    </>
  );
}
