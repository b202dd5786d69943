/** @module `/api/health` and `/api/overview`: the corpus at a glance, cached until the next write. */

import type { FastifyInstance } from 'fastify';
import { SIDES, type Side } from '../../../core/doc.js';
import type { ClaimClusterSummary } from '../../../storage/contract.js';
import type { Health, Overview } from '../api-types.js';
import type { AppContext } from '../context.js';
import { ref } from '../schemas.js';
import { STORY_MEMBERS_SHOWN } from './stories.js';

/** Outlets listed on the overview. */
export const OVERVIEW_OUTLETS = 20;
/** Clusters and stories listed per overview panel. */
export const OVERVIEW_ITEMS = 5;

/** The store's statistics, cached until the next write. */
export function cachedStats(ctx: AppContext): ReturnType<AppContext['store']['stats']> {
  return ctx.cache.get('stats', () => ctx.store.stats());
}

async function overview(ctx: AppContext): Promise<Overview> {
  const s = ctx.store;
  const stats = await cachedStats(ctx);
  const sidesQuoted = Object.fromEntries(SIDES.map((k) => [k, stats.claimsBySide[k] ?? 0])) as Record<Side, number>;
  const [contested, denied, corroborated, outlets, stories] = await Promise.all([
    s.listClaimClusters({ verdict: 'contested', limit: OVERVIEW_ITEMS }),
    s.listClaimClusters({ verdict: 'denied', limit: OVERVIEW_ITEMS }),
    s.listClaimClusters({ verdict: 'corroborated', limit: OVERVIEW_ITEMS }),
    s.outletDocumentCounts({ limit: OVERVIEW_OUTLETS }),
    s.listStories({ sort: 'latest', limit: OVERVIEW_ITEMS, maxMembers: STORY_MEMBERS_SHOWN }),
  ]);
  const byScore = (a: ClaimClusterSummary, b: ClaimClusterSummary): number => b.verdict.score - a.verdict.score || (a.id < b.id ? -1 : 1);
  return { stats, sidesQuoted, outlets, contested: [...contested, ...denied].sort(byScore).slice(0, OVERVIEW_ITEMS), corroborated, stories };
}

/** Registers the health and overview routes. */
export function registerOverviewRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/health', { schema: { summary: 'liveness, version, document count and the write policy', tags: ['meta'], response: { 200: ref('Health') } } }, async (): Promise<Health> => ({
    ok: true,
    version: ctx.version,
    documents: await ctx.cache.get('documents', () => ctx.store.countDocuments()),
    writes: ctx.writes,
  }));
  app.get('/api/overview', { schema: { summary: 'corpus statistics, sides quoted, top outlets, contested and corroborated clusters, latest stories', tags: ['overview'], response: { 200: ref('Overview') } } }, async () =>
    ctx.cache.get('overview', () => overview(ctx)),
  );
}
