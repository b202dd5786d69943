/** @module API errors: one class carrying the HTTP status, the stable error code and the field at fault, and the JSON body they become. */

import type { ApiError } from './api-types.js';

/** Stable error codes of the API (see {@link ApiError}). */
export type ApiErrorCode = 'bad_request' | 'not_found' | 'unauthorized' | 'forbidden' | 'payload_too_large' | 'internal';

/** An error the API answers as JSON with its own status (thrown from handlers, hooks and validators). */
export class ApiHttpError extends Error {
  readonly statusCode: number;
  readonly code: ApiErrorCode;
  readonly field: string | undefined;

  constructor(statusCode: number, code: ApiErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiHttpError';
    this.statusCode = statusCode;
    this.code = code;
    this.field = field;
  }

  /** The response body. */
  toBody(): ApiError {
    return { error: field(this.code, this.message, this.field) };
  }
}

function field(code: string, message: string, f: string | undefined): ApiError['error'] {
  return f === undefined ? { code, message } : { code, message, field: f };
}

/** An error body (for errors that are not {@link ApiHttpError}s). */
export function errorBody(code: ApiErrorCode, message: string, f?: string): ApiError {
  return { error: field(code, message, f) };
}

/** 400 naming the field at fault. */
export function badRequest(message: string, f?: string): ApiHttpError {
  return new ApiHttpError(400, 'bad_request', message, f);
}

/** 404 naming what was not found. */
export function notFound(message: string): ApiHttpError {
  return new ApiHttpError(404, 'not_found', message);
}
