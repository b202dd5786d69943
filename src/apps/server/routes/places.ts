/** @module `/api/places`: places with the claims that mention them (within a date window), and the claims about one place. */

import type { FastifyInstance } from 'fastify';
import type { ClaimQueryFilter } from '../../../storage/contract.js';
import { slicePage, type AppContext, type PageQuery } from '../context.js';
import { badRequest } from '../http-error.js';
import { pageOf } from '../schemas.js';
import { P, pagedQuery } from '../validate.js';
import { checkRange, claimPage, DATE_RANGE } from './claims.js';

/** Latitude and longitude bounds. */
const LAT = { type: 'number', minimum: -90, maximum: 90, description: 'latitude of the place' } as const;
const LON = { type: 'number', minimum: -180, maximum: 180, description: 'longitude of the place' } as const;

/** Registers the place routes. */
export function registerPlaceRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/places',
    {
      schema: { summary: 'places with mentions, documents and claims, most claimed first', tags: ['places'], querystring: pagedQuery(DATE_RANGE), response: { 200: pageOf('PlaceListItem') } },
    },
    async (req) => {
      const q = req.query as PageQuery & { from?: string; to?: string };
      checkRange(q);
      const all = await ctx.cache.get(`places:${q.from ?? ''}:${q.to ?? ''}`, () => ctx.store.listPlaceStats({ from: q.from, to: q.to }));
      return slicePage(all, q);
    },
  );
  app.get(
    '/api/places/claims',
    {
      schema: {
        summary: 'claims mentioning one place (by name; with lat and lon, only mentions geocoded there)',
        tags: ['places'],
        querystring: pagedQuery({ name: P.text('place name'), lat: LAT, lon: LON, ...DATE_RANGE }, ['name']),
        response: { 200: pageOf('ClaimListItem') },
      },
    },
    async (req) => {
      const q = req.query as PageQuery & { name: string; lat?: number; lon?: number; from?: string; to?: string };
      checkRange(q);
      if ((q.lat == null) !== (q.lon == null)) throw badRequest('lat and lon go together', q.lat == null ? 'lat' : 'lon');
      const filter: ClaimQueryFilter = { place: q.name };
      if (q.lat != null && q.lon != null) Object.assign(filter, { lat: q.lat, lon: q.lon });
      if (q.from) filter.from = q.from;
      if (q.to) filter.to = q.to;
      return claimPage(ctx, filter, { limit: q.limit, offset: q.offset });
    },
  );
}
