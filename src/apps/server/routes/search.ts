/** @module `/api/search`: full-text search over stored documents (bm25, snippets with the matched terms marked). */

import type { FastifyInstance } from 'fastify';
import { listPage, type AppContext, type PageQuery } from '../context.js';
import { pageOf } from '../schemas.js';
import { P, pagedQuery } from '../validate.js';

/** Registers `/api/search`. */
export function registerSearchRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/search',
    {
      schema: {
        summary: 'full-text search: words, "phrases", -excluded; best match first',
        tags: ['search'],
        querystring: pagedQuery({ q: { ...P.text('the query'), minLength: 1 } as ReturnType<typeof P.text> }, ['q']),
        response: { 200: pageOf('SearchHit') },
      },
    },
    async (req) => {
      const q = req.query as PageQuery & { q: string };
      return listPage(ctx, `search:${q.q}`, q, () => ctx.store.search(q.q, { limit: q.limit, offset: q.offset }), (cap) => ctx.store.countSearch(q.q, { cap }));
    },
  );
}
