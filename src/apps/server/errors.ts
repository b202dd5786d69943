/** @module The app's error and not-found handlers: every failure becomes an ApiError JSON body; stacks are logged, never sent. */

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiHttpError, errorBody } from './http-error.js';

/** Fastify's body-parsing error codes mapped to the API's. */
const FASTIFY_CODES: Readonly<Record<string, { status: number; code: 'bad_request' | 'payload_too_large'; message: string }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: 'request body is too large' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'bad_request', message: 'request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'bad_request', message: 'request body is empty; send a JSON object' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'bad_request', message: 'send the body as application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request', message: 'content-length does not match the body' },
};

/** Sends the error as JSON: API errors as they are, Fastify's client errors mapped, anything else a 500 without details. */
export function handleError(err: FastifyError | ApiHttpError, req: FastifyRequest, reply: FastifyReply): void {
  if (err instanceof ApiHttpError) {
    void reply.code(err.statusCode).send(err.toBody());
    return;
  }
  const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
  if (mapped) {
    void reply.code(mapped.status).send(errorBody(mapped.code, mapped.message));
    return;
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    void reply.code(err.statusCode).send(errorBody('bad_request', err.message));
    return;
  }
  req.log.error({ err }, 'request failed');
  void reply.code(500).send(errorBody('internal', 'internal error; see the server log'));
}

/** Registers the error handler. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(handleError);
}
