/** @module Sets the browser tab title for a view. */
import { useEffect } from 'react';

/** Sets `document.title` to "<title> · Triangulate". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Triangulate` : 'Triangulate';
  }, [title]);
}
