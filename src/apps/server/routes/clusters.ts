/** @module `/api/clusters`: claim clusters by evidence score (by verdict, figure category), and one cluster with every version. */

import type { FastifyInstance } from 'fastify';
import type { VerdictLabel } from '../../../storage/contract.js';
import { listPage, type AppContext, type PageQuery } from '../context.js';
import { notFound } from '../http-error.js';
import { pageOf, ref } from '../schemas.js';
import { P, pagedQuery, pathParams } from '../validate.js';
import { VERDICTS } from './claims.js';

/** Registers the cluster routes. */
export function registerClusterRoutes(app: FastifyInstance, ctx: AppContext): void {
  const store = ctx.store;
  app.get(
    '/api/clusters',
    {
      schema: {
        summary: 'claim clusters, highest evidence score first',
        tags: ['clusters'],
        querystring: pagedQuery({ verdict: P.oneOf(VERDICTS, 'verdict label'), category: P.text('figure category, e.g. killed') }),
        response: { 200: pageOf('ClaimClusterSummary') },
      },
    },
    async (req) => {
      const q = req.query as PageQuery & { verdict?: VerdictLabel; category?: string };
      const filter = { verdict: q.verdict, category: q.category };
      return listPage(ctx, `clusters:${JSON.stringify(filter)}`, q, () => store.listClaimClusters({ ...filter, limit: q.limit, offset: q.offset }), (cap) =>
        store.countClaimClusters({ ...filter, cap }), q.category === undefined,
      );
    },
  );
  app.get(
    '/api/clusters/:id',
    { schema: { summary: 'one claim cluster with every member claim and the full verdict', tags: ['clusters'], params: pathParams('id'), response: { 200: ref('ClaimClusterDetail') } } },
    async (req) => {
      const { id } = req.params as { id: string };
      const c = await store.getClaimCluster(id);
      if (!c) throw notFound(`no claim cluster "${id}"`);
      return c;
    },
  );
}
