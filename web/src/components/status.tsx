/** @module Loading, error and empty states, and a wrapper that picks one for an API request. */
import type { ReactNode } from 'react';
import type { ApiState } from '../lib/api';

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="state state-loading" role="status" data-testid="loading">
      {what}…
    </p>
  );
}

export function ErrorBox({ error }: { error: Error }) {
  return (
    <div className="state state-error" role="alert" data-testid="error">
      <strong>Could not load this.</strong> {error.message}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <p className="state state-empty" data-testid="empty">
      {children}
    </p>
  );
}

/** Renders the loading or error state of `state`, or `children(data)` once loaded. */
export function Async<T>({ state, children, what }: { state: ApiState<T>; children: (data: T) => ReactNode; what?: string }) {
  if (state.status === 'loading') return <Loading what={what} />;
  if (state.status === 'error') return <ErrorBox error={state.error} />;
  return <>{children(state.data)}</>;
}
