/** @module `/api/stories`: stories (articles about one happening), largest first or latest first. */

import type { FastifyInstance } from 'fastify';
import { page, type AppContext, type PageQuery } from '../context.js';
import { pageOf } from '../schemas.js';
import { P, pagedQuery } from '../validate.js';

/** Members listed per story (the first to join; `size` counts them all). */
export const STORY_MEMBERS_SHOWN = 20;

/** Registers `/api/stories`. */
export function registerStoryRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/stories',
    {
      schema: {
        summary: `stories with their first ${STORY_MEMBERS_SHOWN} members (size counts all), largest first (sort=latest: by last date)`,
        tags: ['stories'],
        querystring: pagedQuery({ sort: P.oneOf(['size', 'latest'], 'size (default) or latest') }),
        response: { 200: pageOf('StoryRow') },
      },
    },
    async (req) => {
      const q = req.query as PageQuery & { sort?: 'size' | 'latest' };
      const [items, total] = await Promise.all([
        ctx.store.listStories({ limit: q.limit, offset: q.offset, sort: q.sort, maxMembers: STORY_MEMBERS_SHOWN }),
        ctx.cache.get('stories:count', () => ctx.store.countStories()),
      ]);
      return page(items, total, q);
    },
  );
}
