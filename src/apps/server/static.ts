/**
 * @module The built dashboard (`dist/web`): files served as they are, any other non-API GET answered with index.html
 * (client-side routes), unknown API paths with a JSON 404; without a build, `/` says how to make one.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { REPO_ROOT } from '../../core/paths.js';
import { errorBody } from './http-error.js';

/** Where `npm run build` puts the dashboard. */
export const DEFAULT_WEB_ROOT = path.join(REPO_ROOT, 'dist', 'web');

/** The page shown when the dashboard has not been built. */
export const NO_BUILD_PAGE = 'Triangulate: the dashboard is not built. Run "npm run build" (or "npm run build:web"), then reload. The API is at /api/health.\n';

/** Registers static files (when `webRoot` exists) and the not-found handler with the SPA fallback. */
export async function registerStatic(app: FastifyInstance, webRoot: string): Promise<void> {
  const built = existsSync(webRoot);
  if (built) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', cacheControl: false, etag: true, lastModified: true, index: ['index.html'] });
  } else {
    app.get('/', async (_req, reply) => reply.type('text/plain; charset=utf-8').send(NO_BUILD_PAGE));
  }
  app.setNotFoundHandler(async (req, reply) => {
    const url = req.url.split('?')[0]!;
    if (url === '/api' || url.startsWith('/api/')) {
      return reply.code(404).send(errorBody('not_found', `no API route ${req.method} ${url}; see /api/openapi.json`));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply.code(404).send(errorBody('not_found', `no route ${req.method} ${url}`));
    if (built && existsSync(path.join(webRoot, 'index.html'))) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return reply.code(404).type('text/plain; charset=utf-8').send(NO_BUILD_PAGE);
  });
}
