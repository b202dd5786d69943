/** @module `/api/claims`: claims filtered by side, source, verdict, figure category, place, entity, hedge, denial, dates and text; sorted and paged. */

import type { FastifyInstance } from 'fastify';
import { SIDES } from '../../../core/doc.js';
import type { ClaimQueryFilter, ClaimQueryOptions, ClaimSortKey } from '../../../storage/contract.js';
import type { ClaimListItem, ClaimQuery, Page } from '../api-types.js';
import { listPage, type AppContext, type PageQuery } from '../context.js';
import { badRequest } from '../http-error.js';
import { pageOf } from '../schemas.js';
import { P, pagedQuery, type FieldSchema } from '../validate.js';

/** Verdict labels accepted by the filters. */
export const VERDICTS = ['corroborated', 'single-origin', 'contested', 'denied'] as const;
/** Sort keys of `/api/claims`. */
export const CLAIM_SORTS: readonly ClaimSortKey[] = ['published', 'side', 'source', 'verdict', 'outlet'];

/** `from` and `to` (publication days, inclusive). */
export const DATE_RANGE: Record<string, FieldSchema> = {
  from: P.date('earliest publication day, YYYY-MM-DD'),
  to: P.date('latest publication day, YYYY-MM-DD'),
};

/** Throws a 400 when `from` is after `to`. */
export function checkRange(q: { from?: string; to?: string }): void {
  if (q.from && q.to && q.from > q.to) throw badRequest(`from (${q.from}) is after to (${q.to})`, 'from');
}

/** The filter parameters of `/api/claims`. */
export const CLAIM_FILTERS: Record<string, FieldSchema> = {
  side: P.oneOf(SIDES, 'side of the claim’s source'),
  source: P.text('source name (substring) or source entity id'),
  verdict: P.oneOf(VERDICTS, 'verdict of the claim’s cluster'),
  category: P.text('category of a figure in the claim, e.g. killed'),
  place: P.text('a place mentioned in the claim'),
  entity: P.text('an entity id mentioned in the claim'),
  about: P.text('a place name, entity id or name the claim is about'),
  hedged: P.bool('hedged claims only (true) or unhedged only (false)'),
  denial: P.bool('denials only (true) or no denials (false)'),
  ...DATE_RANGE,
  q: P.text('full-text query over the claim text'),
};

const FILTER_KEYS = ['side', 'source', 'verdict', 'category', 'place', 'entity', 'about', 'hedged', 'denial', 'from', 'to', 'q'] as const;

/** The store filter of a validated query (only the given parameters). */
export function claimFilter(q: ClaimQuery): ClaimQueryFilter {
  const f: Record<string, unknown> = {};
  for (const k of FILTER_KEYS) if (q[k] !== undefined) f[k] = q[k];
  return f as ClaimQueryFilter;
}

/** One page of claims with its (cached, capped) total. */
export async function claimPage(ctx: AppContext, filter: ClaimQueryFilter, options: ClaimQueryOptions & PageQuery): Promise<Page<ClaimListItem>> {
  const unfiltered = Object.keys(filter).length === 0;
  return listPage(ctx, `claims:${JSON.stringify(filter)}`, options, () => ctx.store.queryClaims(filter, options), (cap) => ctx.store.countClaims(filter, { cap }), unfiltered);
}

/** Registers `/api/claims`. */
export function registerClaimRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/claims',
    {
      schema: {
        summary: 'claims matching every filter, each with its cluster, verdict, places and entities',
        tags: ['claims'],
        querystring: pagedQuery({
          ...CLAIM_FILTERS,
          sort: P.oneOf(CLAIM_SORTS, 'sort key (default published)'),
          order: P.oneOf(['asc', 'desc'], 'default desc for published, asc otherwise'),
        }),
        response: { 200: pageOf('ClaimListItem') },
      },
    },
    async (req) => {
      const q = req.query as ClaimQuery & PageQuery;
      checkRange(q);
      return claimPage(ctx, claimFilter(q), { sort: q.sort, order: q.order, limit: q.limit, offset: q.offset });
    },
  );
}
