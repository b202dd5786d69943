/** @module The page for unknown paths. */
import { usePageTitle } from '../components/page-title';
import { Link } from '../lib/router';

/** "Not found" with a way back. */
export function NotFoundView({ path }: { path: string }) {
  usePageTitle('Not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{path}</code>. <Link to="/">Back to the overview</Link>.
      </p>
    </>
  );
}
