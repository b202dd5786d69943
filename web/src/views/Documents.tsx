/** @module Documents list (`/documents?q&outlet&offset`): search box and pagination, each row links to its X-ray. */
import type { DocumentListItem, Page } from '../../../src/apps/server/api-types';
import { usePageTitle } from '../components/page-title';
import { Pager } from '../components/pager';
import { SearchBox } from '../components/search-box';
import { Async, Empty } from '../components/status';
import { useApi } from '../lib/api';
import { fmtDate, intParam } from '../lib/format';
import { Link, route, useQueryState, withQuery } from '../lib/router';

/** Documents per page. */
const PAGE_SIZE = 25;

/** The documents list. */
export function DocumentsView() {
  usePageTitle('Documents');
  const [params, setParams] = useQueryState();
  const q = params.get('q') ?? '';
  const outlet = params.get('outlet') ?? '';
  const offset = intParam(params.get('offset'), 0);
  const state = useApi<Page<DocumentListItem>>(withQuery('/api/documents', { q, outlet, limit: PAGE_SIZE, offset }));
  return (
    <>
      <h1>Documents</h1>
      <div className="toolbar">
        <SearchBox id="doc-q" label="Search titles and text" value={q} onSearch={(v) => setParams({ q: v, offset: null })} testId="documents-search" />
        {outlet && (
          <p className="active-filter">
            Outlet: <strong>{outlet}</strong>{' '}
            <button type="button" className="link-button" onClick={() => setParams({ outlet: null, offset: null })}>
              clear
            </button>
          </p>
        )}
      </div>
      <Async state={state} what="Loading documents">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{q ? 'No document matches this search.' : 'No documents stored yet. Ingest some with `triangulate ingest`.'}</Empty>
          ) : (
            <>
              <div className="table-wrap">
                <table className="data-table" data-testid="documents-table">
                  <thead>
                    <tr>
                      <th scope="col">Title</th>
                      <th scope="col">Outlet</th>
                      <th scope="col">Published</th>
                      <th scope="col">Language</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((d) => (
                      <tr key={d.id} data-testid="document-row">
                        <td>
                          <Link to={route('documents', d.id)}>{d.title ?? d.id}</Link>
                          {d.duplicateOf && (
                            <span className="flag" title="Duplicate">
                              copy of{' '}
                              <Link to={route('documents', d.duplicateOf)} aria-label={`original of ${d.title ?? d.id}`}>
                                original
                              </Link>
                            </span>
                          )}
                        </td>
                        <td>{d.outlet ? <Link to={route('outlets', d.outlet)}>{d.outlet}</Link> : <span className="muted">unknown</span>}</td>
                        <td className="nowrap">{fmtDate(d.published)}</td>
                        <td>{d.language ?? '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager total={page.total} limit={page.limit} offset={page.offset} onOffset={(o) => setParams({ offset: o || null })} />
            </>
          )
        }
      </Async>
    </>
  );
}
