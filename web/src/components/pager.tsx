/** @module Pagination controls for `Page<T>` lists; the offset lives in the URL. */
import { fmtNumber } from '../lib/format';

/** "Showing a–b of n" with previous/next buttons; `onOffset` receives the new offset. */
export function Pager({ total, limit, offset, onOffset }: { total: number; limit: number; offset: number; onOffset: (offset: number) => void }) {
  if (total === 0) return null;
  const last = Math.min(total, offset + limit);
  return (
    <nav className="pager" aria-label="Pages" data-testid="pager">
      <button type="button" disabled={offset <= 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        ← Previous
      </button>
      <span aria-live="polite">
        {fmtNumber(offset + 1)}–{fmtNumber(last)} of {fmtNumber(total)}
      </span>
      <button type="button" disabled={last >= total} onClick={() => onOffset(offset + limit)}>
        Next →
      </button>
    </nav>
  );
}
