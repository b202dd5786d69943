/** @module A tiny History-API router: the location as external state, `<Link>` for internal navigation, query-string helpers. */
import { useCallback, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

/** Event fired on `window` after every programmatic navigation. */
const NAVIGATE_EVENT = 'triangulate:navigate';

/** The parts of the location the views use. */
export interface Loc {
  path: string;
  search: string;
  hash: string;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const snapshot = (): string => window.location.pathname + window.location.search + window.location.hash;

/** The current location, re-rendering on navigation (push, replace, back/forward). */
export function useLocation(): Loc {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { path: url.pathname, search: url.search, hash: url.hash };
}

/** Navigates to an internal URL (path + query + hash) without reloading. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Builds an internal path from segments, each URI-encoded: `route('documents', id)` → `/documents/<id>`. */
export function route(...segments: Array<string | number>): string {
  return '/' + segments.map((s) => encodeURIComponent(String(s))).join('/');
}

/** Appends a query string built from the defined, non-empty values. */
export function withQuery(path: string, query: Record<string, string | number | boolean | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/** Query-string state of the current location, and a setter that merges a patch into it (empty values are removed). */
export function useQueryState(): [URLSearchParams, (patch: Record<string, string | number | boolean | null | undefined>, options?: { replace?: boolean }) => void] {
  const loc = useLocation();
  const params = new URLSearchParams(loc.search);
  const set = useCallback(
    (patch: Record<string, string | number | boolean | null | undefined>, options: { replace?: boolean } = {}) => {
      const next = new URLSearchParams(window.location.search);
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === null || v === '') next.delete(k);
        else next.set(k, String(v));
      }
      const s = next.toString();
      navigate(window.location.pathname + (s ? `?${s}` : ''), options);
    },
    [],
  );
  return [params, set];
}

/** Matches `path` against a pattern with `:param` segments; returns the decoded params or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const part = p[i] as string;
    const seg = s[i] as string;
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(seg);
      } catch {
        return null;
      }
    } else if (part !== seg) return null;
  }
  return params;
}

/** True for a plain left click without modifier keys (others keep the browser's default: new tab, download…). */
function isPlainClick(e: MouseEvent<HTMLAnchorElement>): boolean {
  return e.button === 0 && !e.metaKey && !e.altKey && !e.ctrlKey && !e.shiftKey && !e.defaultPrevented;
}

/** An internal link: a real `<a href>` that navigates through the History API. `to` must be built with {@link route}/{@link withQuery}. */
export function Link({ to, children, onClick, ...rest }: { to: string; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  return (
    <a
      href={to}
      onClick={(e) => {
        onClick?.(e);
        if (!isPlainClick(e)) return;
        e.preventDefault();
        navigate(to);
      }}
      {...rest}
    >
      {children}
    </a>
  );
}
