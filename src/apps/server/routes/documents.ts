/** @module `/api/documents`: the list (by outlet, full-text), one document with its clusters and duplicate link, and uploads. */

import type { FastifyInstance } from 'fastify';
import { toDocumentJson } from '../../../pipeline/document-json.js';
import { ingestUpload, UploadRejected, type Upload } from '../../queries/upload.js';
import type { DocumentListItem, DocumentView, Page, UploadResult } from '../api-types.js';
import { listPage, type AppContext, type PageQuery } from '../context.js';
import { badRequest, notFound } from '../http-error.js';
import { pageOf, ref } from '../schemas.js';
import { P, pagedQuery, pathParams, type ObjectSchema } from '../validate.js';
import { checkWrite } from '../write-policy.js';

/** The upload body: a file name and its content, with optional metadata. */
export const UPLOAD_SCHEMA: ObjectSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200, description: 'file name; .txt or .html picks the reader' },
    content: { type: 'string', description: 'the article: text with the headline on the first line, or HTML' },
    url: { type: 'string', maxLength: 2000 },
    outlet: { type: 'string', maxLength: 200 },
    published: { type: 'string', maxLength: 40, description: 'publication date, YYYY-MM-DD' },
  },
  required: ['name', 'content'],
  additionalProperties: false,
};

/** One page of documents (by outlet, full-text query) with its total. */
export function documentPage(ctx: AppContext, filter: { outlet?: string; q?: string }, q: PageQuery): Promise<Page<DocumentListItem>> {
  return listPage(
    ctx,
    `documents:${JSON.stringify(filter)}`,
    q,
    () => ctx.store.listDocuments({ ...filter, limit: q.limit, offset: q.offset }),
    (cap) => ctx.store.countDocuments({ ...filter, cap }),
    filter.q === undefined,
  );
}

/** Registers the document routes. */
export function registerDocumentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const store = ctx.store;
  app.get(
    '/api/documents',
    {
      schema: {
        summary: 'stored documents, newest first',
        tags: ['documents'],
        querystring: pagedQuery({ outlet: P.text('outlet name (exact, case-insensitive)'), q: P.text('full-text query over title and text') }),
        response: { 200: pageOf('DocumentListItem') },
      },
    },
    async (req) => {
      const q = req.query as PageQuery & { outlet?: string; q?: string };
      const filter = { outlet: q.outlet, q: q.q };
      return documentPage(ctx, filter, q);
    },
  );

  app.get(
    '/api/documents/:id',
    { schema: { summary: 'one document (Document JSON) with its claims’ clusters and its duplicate link', tags: ['documents'], params: pathParams('id'), response: { 200: ref('DocumentView') } } },
    async (req): Promise<DocumentView> => {
      const { id } = req.params as { id: string };
      const doc = await store.getDocument(id);
      if (!doc) throw notFound(`no document "${id}"`);
      const [memberships, dup] = await Promise.all([store.clusterMemberships([id]), store.getDuplicate(id)]);
      return {
        document: toDocumentJson(doc),
        memberships: memberships.map((m) => ({ claimIdx: m.claimIdx, clusterId: m.clusterId, verdict: m.verdict })),
        duplicateOf: dup ? { id: dup.originalId, kind: dup.kind, similarity: dup.similarity } : null,
      };
    },
  );

  app.post(
    '/api/documents',
    {
      schema: { summary: 'analyse and store one article (needs the token when the server has one)', tags: ['documents'], body: UPLOAD_SCHEMA, response: { 200: ref('UploadResult') } },
      onRequest: async (req) => checkWrite(req, ctx.writes, ctx.token),
    },
    async (req): Promise<UploadResult> => {
      try {
        const r = await ingestUpload(store, req.body as Upload);
        ctx.cache.clear();
        return r;
      } catch (err) {
        if (err instanceof UploadRejected) throw badRequest(err.message, err.field);
        throw err;
      }
    },
  );
}
