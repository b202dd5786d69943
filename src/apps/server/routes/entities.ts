/** @module `/api/entities`: entities across the corpus (by type, name), and one entity with its knowledge-base entry, mentions and claims. */

import type { FastifyInstance } from 'fastify';
import type { EntityType } from '../../../core/doc.js';
import { actorById } from '../../../kb/index.js';
import type { EntitySummary } from '../../../storage/contract.js';
import type { EntityView } from '../api-types.js';
import { slicePage, type AppContext, type PageQuery } from '../context.js';
import { notFound } from '../http-error.js';
import { pageOf, ref } from '../schemas.js';
import { P, pagedQuery, pathParams } from '../validate.js';

/** Entity types accepted by the filter. */
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'OTHER'];
/** Most mentions and claims shown on an entity's page. */
export const ENTITY_VIEW_ROWS = 100;
/** Most entities aggregated for the list (all of them on any realistic corpus). */
export const ENTITY_LIST_MAX = 1_000_000;

/** Every entity of a type, most mentioned first, aggregated once per store generation. */
function allEntities(ctx: AppContext, type: EntityType | undefined): Promise<EntitySummary[]> {
  return ctx.cache.get(`entities:${type ?? ''}`, () => ctx.store.listEntities({ type, limit: ENTITY_LIST_MAX }));
}

/** Registers the entity routes. */
export function registerEntityRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/entities',
    {
      schema: {
        summary: 'entities grouped by canonical id, most mentioned first',
        tags: ['entities'],
        querystring: pagedQuery({ type: P.oneOf(ENTITY_TYPES, 'entity type'), q: P.text('name or id contains (case-insensitive)') }),
        response: { 200: pageOf('EntitySummary') },
      },
    },
    async (req) => {
      const q = req.query as PageQuery & { type?: EntityType; q?: string };
      const all = await allEntities(ctx, q.type);
      const needle = q.q?.toLowerCase();
      const hits = needle ? await ctx.cache.get(`entities:${q.type ?? ''}:${needle}`, async () => all.filter((e) => e.name.toLowerCase().includes(needle) || e.id.toLowerCase().includes(needle))) : all;
      return slicePage(hits, q);
    },
  );
  app.get(
    '/api/entities/:id',
    { schema: { summary: 'one entity (canonical id or name): knowledge-base aliases and role, mentions, claims by and about it', tags: ['entities'], params: pathParams('id'), response: { 200: ref('EntityView') } } },
    async (req): Promise<EntityView> => {
      const { id } = req.params as { id: string };
      const e = await ctx.store.getEntity(id);
      if (!e) throw notFound(`no entity "${id}"`);
      const actor = actorById(e.id);
      const [mentions, claimsBy, claimsAbout] = await Promise.all([
        ctx.store.entityMentions(e.id, { limit: ENTITY_VIEW_ROWS }),
        ctx.store.queryClaims({ sourceEntity: e.id }, { limit: ENTITY_VIEW_ROWS }),
        ctx.store.queryClaims({ entity: e.id }, { limit: ENTITY_VIEW_ROWS }),
      ]);
      return { entity: { ...e, aliases: actor?.aliases ?? [], role: actor?.role ?? null }, mentions, claimsBy, claimsAbout };
    },
  );
}
