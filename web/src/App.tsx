/** @module The dashboard shell: skip link, top navigation, global search, and the route table. */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, matchPath, navigate, route, useLocation, withQuery } from './lib/router';
import { OverviewView } from './views/Overview';
import { DocumentsView } from './views/Documents';
import { XrayView } from './views/Xray';
import { ClaimsView } from './views/Claims';
import { ClustersView } from './views/Clusters';
import { ClusterView } from './views/Cluster';
import { TimelineView } from './views/Timeline';
import { MapView } from './views/Map';
import { EntitiesView, EntityView } from './views/Entities';
import { OutletsView, OutletView } from './views/Outlets';
import { SearchView } from './views/Search';
import { NotFoundView } from './views/NotFound';

/** Top navigation entries: label and path prefix. */
const NAV: ReadonlyArray<{ label: string; path: string }> = [
  { label: 'Overview', path: '/' },
  { label: 'Documents', path: '/documents' },
  { label: 'Claims', path: '/claims' },
  { label: 'Clusters', path: '/clusters' },
  { label: 'Timelines', path: '/timeline' },
  { label: 'Map', path: '/map' },
  { label: 'Entities', path: '/entities' },
  { label: 'Outlets', path: '/outlets' },
];

/** Picks the view for a path. */
function resolve(path: string): ReactNode {
  if (path === '/' || path === '') return <OverviewView />;
  const routes: Array<[string, (p: Record<string, string>) => ReactNode]> = [
    ['/documents', () => <DocumentsView />],
    ['/documents/:id', (p) => <XrayView id={p.id as string} />],
    ['/claims', () => <ClaimsView />],
    ['/clusters', () => <ClustersView />],
    ['/clusters/:id', (p) => <ClusterView id={p.id as string} />],
    ['/timeline', () => <TimelineView />],
    ['/map', () => <MapView />],
    ['/entities', () => <EntitiesView />],
    ['/entities/:id', (p) => <EntityView id={p.id as string} />],
    ['/outlets', () => <OutletsView />],
    ['/outlets/:name', (p) => <OutletView name={p.name as string} />],
    ['/search', () => <SearchView />],
  ];
  for (const [pattern, render] of routes) {
    const params = matchPath(pattern, path);
    if (params) return render(params);
  }
  return <NotFoundView path={path} />;
}

function isCurrent(navPath: string, path: string): boolean {
  return navPath === '/' ? path === '/' : path === navPath || path.startsWith(`${navPath}/`);
}

function HeaderSearch() {
  const [q, setQ] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) navigate(withQuery('/search', { q: q.trim() }));
  };
  return (
    <form role="search" className="header-search" onSubmit={submit}>
      <label htmlFor="global-search" className="visually-hidden">
        Search articles
      </label>
      <input id="global-search" type="search" placeholder="Search articles…" value={q} onChange={(e) => setQ(e.target.value)} data-testid="global-search" />
      <button type="submit">Search</button>
    </form>
  );
}

/** The whole dashboard. */
export function App() {
  const { path } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(path);
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = path;
    if (!window.location.hash) {
      window.scrollTo(0, 0);
      mainRef.current?.focus({ preventScroll: true });
    }
  }, [path]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to={route()} className="brand" aria-label="Triangulate overview">
          <svg viewBox="0 0 32 32" aria-hidden="true" className="brand-mark">
            <path d="M16 3 29 27H3z" />
            <circle cx="16" cy="19" r="3" />
          </svg>
          Triangulate
        </Link>
        <nav aria-label="Main" className="main-nav" data-testid="main-nav">
          <ul>
            {NAV.map((n) => (
              <li key={n.path}>
                <Link to={n.path} aria-current={isCurrent(n.path, path) ? 'page' : undefined}>
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <HeaderSearch />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {resolve(path)}
      </main>
      <footer className="site-footer">Every item links back to the exact words of its article. Article text is shown as published, untrusted.</footer>
    </>
  );
}
