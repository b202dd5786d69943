/** @module What every route module gets: the store, the generation cache, the write policy, and the page helpers. */

import type { FastifySchema } from 'fastify';
import type { Store } from '../../storage/contract.js';
import type { Page } from './api-types.js';
import type { GenerationCache } from './cache.js';
import type { ObjectSchema } from './validate.js';
import type { WriteMode } from './write-policy.js';

/** Shared state of one app instance. */
export interface AppContext {
  store: Store;
  cache: GenerationCache;
  writes: WriteMode;
  token: string | undefined;
  version: string;
  /** Most search matches ranked best first (see `/api/search`). */
  searchRankMax: number;
}

/** A route's schema: validated parts plus the response schema used by the OpenAPI document. */
export interface RouteSchema extends FastifySchema {
  summary: string;
  tags: string[];
  querystring?: ObjectSchema;
  params?: ObjectSchema;
  body?: ObjectSchema;
  response: Record<number, unknown>;
}

/** Validated `limit` and `offset`. */
export interface PageQuery {
  limit: number;
  offset: number;
}

/** Counting stops here; the page then says `totalCapped`. */
export const COUNT_CAP = 10_000;

/** A page total with whether it hit the cap. */
export interface Total {
  total: number;
  capped: boolean;
}

/** Counts matches: stopping after `cap` when one is given (the count is then a lower bound), else exactly. */
export type Counter = (cap: number | undefined) => Promise<number>;

/**
 * The total of `key`, counted once per store generation: exactly when `exact` (counts an index answers quickly), else
 * capped at {@link COUNT_CAP} (filters that may scan a huge table).
 */
export async function cachedTotal(ctx: AppContext, key: string, count: Counter, exact = false): Promise<Total> {
  const n = await ctx.cache.get(`total:${key}`, () => count(exact ? undefined : COUNT_CAP + 1));
  return !exact && n > COUNT_CAP ? { total: COUNT_CAP, capped: true } : { total: n, capped: false };
}

/** One page of a list whose total is known. */
export function page<T>(items: T[], total: number | Total, q: PageQuery): Page<T> {
  const t = typeof total === 'number' ? { total, capped: false } : total;
  const p: Page<T> = { items, total: t.total, limit: q.limit, offset: q.offset };
  if (t.capped) p.totalCapped = true;
  return p;
}

/** One page: the rows from `list`, the total from `count` (cached per generation under `key`; see {@link cachedTotal}). */
export async function listPage<T>(ctx: AppContext, key: string, q: PageQuery, list: () => Promise<T[]>, count: Counter, exact = false): Promise<Page<T>> {
  const total = await cachedTotal(ctx, key, count, exact);
  // Past the last match there is nothing to read (an empty filter would otherwise scan the whole table for nothing).
  const items = !total.capped && q.offset >= total.total ? [] : await list();
  return page(items, total, q);
}

/** One page cut from a whole (cached) list. */
export function slicePage<T>(all: readonly T[], q: PageQuery): Page<T> {
  return page(all.slice(q.offset, q.offset + q.limit), all.length, q);
}
