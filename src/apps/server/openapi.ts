/** @module The OpenAPI 3.1 document, generated from the schemas the routes are registered with (collected as they are added). */

import type { FastifyInstance, RouteOptions } from 'fastify';
import type { RouteSchema } from './context.js';
import { COMPONENTS, ref } from './schemas.js';
import type { FieldSchema, ObjectSchema } from './validate.js';

/** One route as the OpenAPI document describes it. */
interface CollectedRoute {
  method: string;
  url: string;
  schema: RouteSchema;
}

/** `/api/documents/:id` → `/api/documents/{id}`. */
export function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** Collects every `/api` route with a schema as it is registered; call before registering them. */
export function collectRoutes(app: FastifyInstance): CollectedRoute[] {
  const routes: CollectedRoute[] = [];
  app.addHook('onRoute', (opts: RouteOptions) => {
    if (!opts.url.startsWith('/api/') || !opts.schema) return;
    const methods = (Array.isArray(opts.method) ? opts.method : [opts.method]).filter((m) => m !== 'HEAD');
    for (const m of methods) routes.push({ method: m.toLowerCase(), url: opts.url, schema: opts.schema as RouteSchema });
  });
  return routes;
}

function parameters(schema: ObjectSchema | undefined, where: 'query' | 'path'): unknown[] {
  if (!schema) return [];
  return Object.entries(schema.properties).map(([name, s]: [string, FieldSchema]) => {
    const { description, ...rest } = s;
    const p: Record<string, unknown> = { name, in: where, required: where === 'path' || (schema.required ?? []).includes(name), schema: rest };
    if (description) p.description = description;
    return p;
  });
}

const ERROR_RESPONSE = { description: 'error', content: { 'application/json': { schema: ref('ApiError') } } };

/** Builds the OpenAPI document of the collected routes. */
export function openApiDocument(routes: readonly CollectedRoute[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const op: Record<string, unknown> = {
      operationId: `${r.method}${openApiPath(r.url).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      summary: r.schema.summary,
      tags: r.schema.tags,
      parameters: [...parameters(r.schema.params, 'path'), ...parameters(r.schema.querystring, 'query')],
      responses: {
        ...Object.fromEntries(
          Object.entries(r.schema.response).map(([code, schema]) => [code, { description: code.startsWith('2') ? 'success' : 'error', content: { 'application/json': { schema } } }]),
        ),
        '4XX': ERROR_RESPONSE,
        '5XX': ERROR_RESPONSE,
      },
    };
    if (r.schema.body) op.requestBody = { required: true, content: { 'application/json': { schema: ref('UploadRequest') } } };
    (paths[openApiPath(r.url)] ??= {})[r.method] = op;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Triangulate API', version, description: 'Source-attributed, cross-checked record of war reporting. Lists take limit (1–500) and offset.' },
    paths,
    components: {
      schemas: COMPONENTS,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'needed for writes when the server has a token' } },
    },
  };
}
