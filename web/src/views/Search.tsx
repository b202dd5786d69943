/** @module Full-text search (`/search?q&offset`): hits with their snippet, matched terms marked (as text). */
import type { Page, SearchHit } from '../../../src/apps/server/api-types';
import { usePageTitle } from '../components/page-title';
import { Pager } from '../components/pager';
import { SearchBox } from '../components/search-box';
import { Async, Empty } from '../components/status';
import { useApi } from '../lib/api';
import { fmtDate, intParam } from '../lib/format';
import { Link, route, useQueryState, withQuery } from '../lib/router';

/** Hits per page. */
const PAGE_SIZE = 20;

/** Splits a snippet at its `[` `]` match markers into text parts and `<mark>` parts. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]*\])/);
  return (
    <>
      {parts.map((p, i) => (p.startsWith('[') && p.endsWith(']') && p.length > 2 ? <mark key={i}>{p.slice(1, -1)}</mark> : <span key={i}>{p}</span>))}
    </>
  );
}

/** The search page. */
export function SearchView() {
  const [params, setParams] = useQueryState();
  const q = params.get('q') ?? '';
  usePageTitle(q ? `Search: ${q}` : 'Search');
  const offset = intParam(params.get('offset'), 0);
  const state = useApi<Page<SearchHit>>(q ? withQuery('/api/search', { q, limit: PAGE_SIZE, offset }) : null);
  return (
    <>
      <h1>Search</h1>
      <SearchBox id="search-q" label="Words in the articles" value={q} onSearch={(v) => setParams({ q: v, offset: null })} testId="search-input" />
      {!q ? (
        <Empty>Type words to search every stored article.</Empty>
      ) : (
        <Async state={state} what="Searching">
          {(page) =>
            page.items.length === 0 ? (
              <Empty>Nothing matches “{q}”.</Empty>
            ) : (
              <>
                <ol className="search-hits" data-testid="search-hits">
                  {page.items.map((h) => (
                    <li key={h.id} data-testid="search-hit">
                      <Link to={route('documents', h.id)} className="hit-title">
                        {h.title ?? h.id}
                      </Link>
                      <div className="muted small">
                        {h.outlet ?? 'unknown outlet'} · {fmtDate(h.published)}
                      </div>
                      <p className="snippet">
                        <Snippet text={h.snippet} />
                      </p>
                    </li>
                  ))}
                </ol>
                <Pager total={page.total} limit={page.limit} offset={page.offset} onOffset={(o) => setParams({ offset: o || null })} />
              </>
            )
          }
        </Async>
      )}
    </>
  );
}
