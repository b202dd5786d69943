/**
 * @module `/api/search`: full-text search over stored documents (bm25, snippets with the matched terms marked). A word in
 * nearly every document is not ranked: past {@link SEARCH_RANK_MAX} matches (the app's `searchRankMax`) the hits come most recently stored first
 * and the page says `ranked: false`.
 */

import type { FastifyInstance } from 'fastify';
import type { Page } from '../api-types.js';
import type { SearchHit } from '../../../storage/contract.js';
import { cachedTotal, page, type AppContext, type PageQuery } from '../context.js';
import { pageOf } from '../schemas.js';
import { P, pagedQuery } from '../validate.js';

/** Most matches ranked by bm25 (ranking reads every match); above it, hits come most recently stored first. */
export const SEARCH_RANK_MAX = 5000;

/** Registers `/api/search`. */
export function registerSearchRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/search',
    {
      schema: {
        summary: 'full-text search: words, "phrases", -excluded; best match first (most recently stored first when too many match to rank)',
        tags: ['search'],
        querystring: pagedQuery({ q: { ...P.text('the query'), minLength: 1 } as ReturnType<typeof P.text> }, ['q']),
        response: { 200: pageOf('SearchHit') },
      },
    },
    async (req): Promise<Page<SearchHit>> => {
      const q = req.query as PageQuery & { q: string };
      const total = await cachedTotal(ctx, `search:${q.q}`, (cap) => ctx.store.countSearch(q.q, { cap }));
      const ranked = !total.capped && total.total <= ctx.searchRankMax;
      const items = !total.capped && q.offset >= total.total ? [] : await ctx.store.search(q.q, { limit: q.limit, offset: q.offset, order: ranked ? 'rank' : 'recent' });
      const p = page(items, total, q);
      if (!ranked) p.ranked = false;
      return p;
    },
  );
}
