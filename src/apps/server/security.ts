/** @module Security and caching headers set on every response (JSON, static files, errors). */

import type { FastifyInstance } from 'fastify';

/** The dashboard's Content Security Policy: only its own scripts, styles, fonts and API. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Headers every response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** Cache-Control of content-hashed build assets (`/assets/…`). */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** Adds the security headers to every response, `no-store` to JSON, `immutable` to hashed assets, `no-cache` to other files. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    const type = String(reply.getHeader('content-type') ?? '');
    const url = req.url.split('?')[0]!;
    if (type.startsWith('application/json') || url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    else if (url.startsWith('/assets/') && reply.statusCode === 200) reply.header('cache-control', IMMUTABLE_CACHE);
    else reply.header('cache-control', 'no-cache');
    return payload;
  });
}
