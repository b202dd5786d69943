/** @module `/api/outlets`: how each outlet reports, and one outlet's profile with its documents. */

import type { FastifyInstance } from 'fastify';
import type { OutletStats } from '../../../storage/contract.js';
import type { OutletView } from '../api-types.js';
import { slicePage, type AppContext, type PageQuery } from '../context.js';
import { notFound } from '../http-error.js';
import { pageOf, ref } from '../schemas.js';
import { pagedQuery, pathParams } from '../validate.js';
import { documentPage } from './documents.js';

/** Per-outlet statistics, computed once per store generation. */
function allOutlets(ctx: AppContext): Promise<OutletStats[]> {
  return ctx.cache.get('outlets', () => ctx.store.outletStats());
}

/** Registers the outlet routes. */
export function registerOutletRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/outlets',
    { schema: { summary: 'outlets with sides quoted, attribution, hedging, own voice, verdicts and syndication; most claims first', tags: ['outlets'], querystring: pagedQuery(), response: { 200: pageOf('OutletStats') } } },
    async (req) => slicePage(await allOutlets(ctx), req.query as PageQuery),
  );
  app.get(
    '/api/outlets/:name',
    {
      schema: { summary: 'one outlet’s profile and its documents (paged)', tags: ['outlets'], params: pathParams('name'), querystring: pagedQuery(), response: { 200: ref('OutletView') } },
    },
    async (req): Promise<OutletView> => {
      const { name } = req.params as { name: string };
      const q = req.query as PageQuery;
      const profile = (await allOutlets(ctx)).find((o) => o.outlet.toLowerCase() === name.toLowerCase());
      if (!profile) throw notFound(`no outlet "${name}"`);
      return { profile, documents: await documentPage(ctx, { outlet: profile.outlet }, q) };
    },
  );
}
