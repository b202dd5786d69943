/** @module `/api/figures`, `/api/figures/categories` and `/api/timeline`: war figures across the corpus and their timelines. */

import type { FastifyInstance } from 'fastify';
import { buildTimeline } from '../../queries/timeline.js';
import type { CategoryCount, TimelineView } from '../api-types.js';
import { listPage, type AppContext, type PageQuery } from '../context.js';
import { ref, pageOf } from '../schemas.js';
import { P, pagedQuery, query } from '../validate.js';

/** Registers the figure and timeline routes. */
export function registerFigureRoutes(app: FastifyInstance, ctx: AppContext): void {
  const store = ctx.store;
  app.get(
    '/api/figures',
    {
      schema: {
        summary: 'figures with their documents, oldest first',
        tags: ['figures'],
        querystring: pagedQuery({ category: P.text('figure category, e.g. killed'), about: P.text('whose figures, e.g. RU') }),
        response: { 200: pageOf('FigureRow') },
      },
    },
    async (req) => {
      const q = req.query as PageQuery & { category?: string; about?: string };
      const filter = { category: q.category, about: q.about };
      return listPage(ctx, `figures:${JSON.stringify(filter)}`, q, () => store.listFigures({ ...filter, limit: q.limit, offset: q.offset }), (cap) =>
        store.countFigures({ ...filter, cap }), true,
      );
    },
  );
  app.get(
    '/api/figures/categories',
    { schema: { summary: 'figure categories with how many figures each', tags: ['figures'], response: { 200: { type: 'array', items: ref('CategoryCount') } } } },
    async (): Promise<CategoryCount[]> => ctx.cache.get('figure-categories', () => store.figureCategories()),
  );
  app.get(
    '/api/timeline',
    {
      schema: {
        summary: 'every figure of a category by date and source, against the reference series, with its claim cluster',
        tags: ['figures'],
        querystring: query({ category: P.text('figure category, e.g. killed'), about: P.text('whose figures, e.g. RU') }, ['category']),
        response: { 200: ref('TimelineView') },
      },
    },
    async (req): Promise<TimelineView> => {
      const q = req.query as { category: string; about?: string };
      return ctx.cache.get(`timeline:${q.category.toLowerCase()}:${q.about ?? ''}`, () => buildTimeline(store, q.category, q.about ?? null));
    },
  );
}
