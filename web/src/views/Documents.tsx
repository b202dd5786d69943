/** @module Documents list (`/documents?q&outlet&offset`): search box and pagination, each row links to its X-ray. */
import type { DocumentListItem, Page } from '../../../src/apps/server/api-types';
import { usePageTitle } from '../components/page-title';
import { PagedTable, type Column } from '../components/paged-table';
import { SearchBox } from '../components/search-box';
import { useApi } from '../lib/api';
import { fmtDate, intParam } from '../lib/format';
import { Link, route, useQueryState, withQuery } from '../lib/router';

/** Documents per page. */
const PAGE_SIZE = 25;

/** The documents list's columns. */
const DOCUMENT_COLUMNS: ReadonlyArray<Column<DocumentListItem>> = [
  {
    header: 'Title',
    cell: (d) => (
      <>
        <Link to={route('documents', d.id)}>{d.title ?? d.id}</Link>
        {d.duplicateOf && (
          <span className="flag" title="Duplicate">
            copy of{' '}
            <Link to={route('documents', d.duplicateOf)} aria-label={`original of ${d.title ?? d.id}`}>
              original
            </Link>
          </span>
        )}
      </>
    ),
  },
  { header: 'Outlet', cell: (d) => (d.outlet ? <Link to={route('outlets', d.outlet)}>{d.outlet}</Link> : <span className="muted">unknown</span>) },
  { header: 'Published', cell: (d) => fmtDate(d.published), className: 'nowrap' },
  { header: 'Language', cell: (d) => d.language ?? '–' },
];

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
      <PagedTable
        state={state}
        what="Loading documents"
        empty={q ? 'No document matches this search.' : 'No documents stored yet. Ingest some with `triangulate ingest`.'}
        testId="documents-table"
        rowTestId="document-row"
        rowKey={(d) => d.id}
        onOffset={(o) => setParams({ offset: o || null })}
        columns={DOCUMENT_COLUMNS}
      />
    </>
  );
}
