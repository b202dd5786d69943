/**
 * @module The HTTP API and dashboard server: `buildApp` returns a ready Fastify instance (not listening) over a store,
 * so tests call `app.inject` and `serve` calls `listen`.
 */

import Fastify, { type FastifyInstance } from 'fastify';
import type { Store } from '../../storage/contract.js';
import { PIPELINE_VERSION } from '../../pipeline/version.js';
import { GenerationCache } from './cache.js';
import type { AppContext } from './context.js';
import { registerErrorHandler } from './errors.js';
import { collectRoutes, openApiDocument } from './openapi.js';
import { registerClaimRoutes } from './routes/claims.js';
import { registerClusterRoutes } from './routes/clusters.js';
import { registerDocumentRoutes } from './routes/documents.js';
import { registerEntityRoutes } from './routes/entities.js';
import { registerFigureRoutes } from './routes/figures.js';
import { registerOutletRoutes } from './routes/outlets.js';
import { registerOverviewRoutes } from './routes/overview.js';
import { registerPlaceRoutes } from './routes/places.js';
import { registerSearchRoutes, SEARCH_RANK_MAX } from './routes/search.js';
import { registerStoryRoutes } from './routes/stories.js';
import { registerSecurityHeaders } from './security.js';
import { DEFAULT_WEB_ROOT, registerStatic } from './static.js';
import { compileBodyValidator, compileQueryValidator, type ObjectSchema } from './validate.js';
import { writeMode } from './write-policy.js';

/** Largest upload body accepted (bytes). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** The host a server binds to unless told otherwise. */
export const DEFAULT_HOST = '127.0.0.1';

/** Options of {@link buildApp}. */
export interface AppOptions {
  store: Store;
  /** Writes need `Authorization: Bearer <token>` when set. */
  token?: string;
  /** The host the server will bind to: without a token, writes are allowed only on loopback (default 127.0.0.1). */
  host?: string;
  /** The built dashboard (default `dist/web`). */
  webRoot?: string;
  /** Fastify's logger: off (default), on, or on from a level (`serve` logs errors, so a 500's cause is in its output). */
  logger?: boolean | { level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' };
  /** Most search matches ranked best first; past it, hits come most recently stored first (default `SEARCH_RANK_MAX`). */
  searchRankMax?: number;
}

/** Builds the app: API routes, OpenAPI document, static dashboard, security headers, JSON errors. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: MAX_BODY_BYTES, return503OnClosing: true });
  app.setValidatorCompiler(({ schema, httpPart }) =>
    httpPart === 'body' ? compileBodyValidator(schema as ObjectSchema) : compileQueryValidator(schema as ObjectSchema),
  );
  // Response schemas document the API (OpenAPI); bodies are serialised as they are.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  const token = options.token || undefined;
  const ctx: AppContext = {
    store: options.store,
    cache: new GenerationCache(() => options.store.generation()),
    writes: writeMode(token, options.host ?? DEFAULT_HOST),
    token,
    version: PIPELINE_VERSION,
    searchRankMax: options.searchRankMax ?? SEARCH_RANK_MAX,
  };
  registerSecurityHeaders(app);
  registerErrorHandler(app);
  const routes = collectRoutes(app);
  for (const register of [
    registerOverviewRoutes,
    registerDocumentRoutes,
    registerClaimRoutes,
    registerClusterRoutes,
    registerStoryRoutes,
    registerEntityRoutes,
    registerPlaceRoutes,
    registerFigureRoutes,
    registerOutletRoutes,
    registerSearchRoutes,
  ]) {
    register(app, ctx);
  }
  app.get('/api/openapi.json', { schema: { summary: 'this OpenAPI 3.1 document', tags: ['meta'], response: { 200: { type: 'object' } } } }, async () =>
    openApiDocument(routes, ctx.version),
  );
  await registerStatic(app, options.webRoot ?? DEFAULT_WEB_ROOT);
  await app.ready();
  return app;
}
