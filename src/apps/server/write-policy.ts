/** @module Who may write (upload documents): a bearer token when the server has one; else only a server bound to loopback. */

import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Health } from './api-types.js';
import { ApiHttpError } from './http-error.js';

/** Whether uploads are accepted and whether they need a token. */
export type WriteMode = Health['writes'];

/** True for a loopback host name or address (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h);
}

/** The write mode of a server bound to `host` with or without a token. */
export function writeMode(token: string | undefined, host: string): WriteMode {
  if (token) return 'token';
  return isLoopback(host) ? 'open' : 'disabled';
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Compares two secrets in constant time (over their digests, so lengths do not leak either). */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Checks that a write request is allowed; throws 401 (missing or wrong token) or 403 (writes disabled).
 * @param token The server's token, when it has one.
 */
export function checkWrite(req: FastifyRequest, mode: WriteMode, token: string | undefined): void {
  if (mode === 'disabled') {
    throw new ApiHttpError(403, 'forbidden', 'writes are disabled: this server is not bound to a loopback address and has no token (start it with --token or TRIANGULATE_TOKEN)');
  }
  if (mode === 'open') return;
  const header = req.headers.authorization ?? '';
  const m = /^Bearer\s+(.+)$/i.exec(header);
  if (!m || !sameSecret(m[1]!.trim(), token ?? '')) {
    throw new ApiHttpError(401, 'unauthorized', m ? 'wrong token' : 'this server needs "Authorization: Bearer <token>" for writes');
  }
}
