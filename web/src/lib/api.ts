/** @module Fetching the JSON API: typed GETs, API error messages, and a React hook with loading/error state. */
import { useEffect, useState } from 'react';
import type { ApiError } from '../../../src/apps/server/api-types';

/** An API call that failed: HTTP status and the server's message. */
export class ApiCallError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const e = (body as { error: unknown }).error;
  return typeof e === 'object' && e !== null && 'message' in e;
}

/** GETs `path` (starting `/api/`) and parses its JSON; throws {@link ApiCallError} with the server's message on failure. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { signal, headers: { accept: 'application/json' } });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiCallError(`Could not reach the API (${path}): ${err instanceof Error ? err.message : String(err)}`, 0, 'network');
  }
  const type = res.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    if (isApiError(body)) {
      const field = body.error.field ? ` (field: ${body.error.field})` : '';
      throw new ApiCallError(`${body.error.message}${field}`, res.status, body.error.code);
    }
    throw new ApiCallError(`${path} answered HTTP ${res.status}`, res.status, 'http');
  }
  if (!type.includes('json')) throw new ApiCallError(`${path} did not answer JSON`, res.status, 'not_json');
  return body as T;
}

/** State of one API request. */
export type ApiState<T> = { status: 'loading' } | { status: 'error'; error: ApiCallError | Error } | { status: 'ok'; data: T };

/** Fetches `path` whenever it changes (null: nothing to fetch, stays loading); aborts stale requests. */
export function useApi<T>(path: string | null): ApiState<T> {
  const [state, setState] = useState<{ path: string | null; value: ApiState<T> }>({ path, value: { status: 'loading' } });
  useEffect(() => {
    if (path === null) return;
    const ctrl = new AbortController();
    setState({ path, value: { status: 'loading' } });
    getJson<T>(path, ctrl.signal).then(
      (data) => setState({ path, value: { status: 'ok', data } }),
      (error: unknown) => {
        if (ctrl.signal.aborted) return;
        setState({ path, value: { status: 'error', error: error instanceof Error ? error : new Error(String(error)) } });
      },
    );
    return () => ctrl.abort();
  }, [path]);
  return state.path === path ? state.value : { status: 'loading' };
}
