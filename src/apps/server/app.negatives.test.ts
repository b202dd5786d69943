/** @module Tests of the API's refusals and protections: bad input (400), unknown ids (404), write policy (401/403), body limits (413), internal errors (500), security headers, static files and the SPA fallback. */

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../storage/contract.js';
import type { ApiError, Health, UploadResult } from './api-types.js';
import { buildApp, MAX_BODY_BYTES } from './app.js';
import { CONTENT_SECURITY_POLICY, IMMUTABLE_CACHE, SECURITY_HEADERS } from './security.js';
import { NO_BUILD_PAGE } from './static.js';
import { createFixture, getJson, type Fixture } from './testing/fixture.js';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixture();
});
afterAll(async () => fx?.close());

async function expectError(app: FastifyInstance, url: string, status: number, code: string, field?: string): Promise<ApiError> {
  const r = await getJson<ApiError>(app, url);
  expect(r.status, url).toBe(status);
  expect(r.body.error.code, url).toBe(code);
  if (field) expect(r.body.error.field, url).toBe(field);
  expect(r.headers['content-type']).toMatch(/^application\/json/);
  return r.body;
}

describe('query validation', () => {
  it.each([
    ['/api/claims?limit=0', 'limit', 'limit must be an integer 1–500'],
    ['/api/claims?limit=501', 'limit', 'limit must be an integer 1–500'],
    ['/api/documents?limit=abc', 'limit', 'limit must be an integer 1–500'],
    ['/api/documents?limit=1.5', 'limit', 'limit must be an integer 1–500'],
    ['/api/search?q=x&offset=-1', 'offset', 'offset must be an integer ≥ 0'],
    ['/api/claims?side=NATO', 'side', 'RU, UA, WEST, INTL, THIRD, OSINT, MEDIA, ANON, OUTLET'],
    ['/api/claims?verdict=true', 'verdict', 'corroborated, single-origin, contested, denied'],
    ['/api/clusters?verdict=maybe', 'verdict', 'corroborated, single-origin, contested, denied'],
    ['/api/claims?sort=date', 'sort', 'published, side, source, verdict, outlet'],
    ['/api/claims?order=up', 'order', 'asc, desc'],
    ['/api/entities?type=ANIMAL', 'type', 'PERSON, ORG, PLACE, GROUP, OTHER'],
    ['/api/claims?hedged=maybe', 'hedged', 'hedged must be true or false'],
    ['/api/claims?from=2022-13-01', 'from', 'from must be a date YYYY-MM-DD'],
    ['/api/claims?to=yesterday', 'to', 'to must be a date YYYY-MM-DD'],
    ['/api/places?from=2022-02-30', 'from', 'from must be a date YYYY-MM-DD'],
    ['/api/claims?from=2022-03-09&to=2022-03-01', 'from', 'is after to'],
    ['/api/claims?side=RU&side=UA', 'side', 'given more than once'],
    ['/api/search', 'q', 'q is required'],
    ['/api/timeline', 'category', 'category is required'],
    ['/api/places/claims', 'name', 'name is required'],
    ['/api/places/claims?name=Kyiv&lat=50', 'lon', 'lat and lon go together'],
    ['/api/places/claims?name=Kyiv&lat=91&lon=0', 'lat', 'lat must be a number -90–90'],
    [`/api/claims?q=${'x'.repeat(501)}`, 'q', 'at most 500 characters'],
  ])('%s → 400 naming %s', async (url, field, message) => {
    const e = await expectError(fx.app, url, 400, 'bad_request', field);
    expect(e.error.message).toContain(message);
  });

  it.each([
    ['/api/documents/nope'],
    ['/api/clusters/cc%3Anope'],
    ['/api/entities/nobody-at-all'],
    ['/api/outlets/No%20Such%20Outlet'],
    ['/api/nothing-here'],
    ['/api'],
  ])('%s → 404 not_found', async (url) => {
    await expectError(fx.app, url, 404, 'not_found');
  });

  it('answers 500 internal without details when the store throws', async () => {
    const broken = new Proxy(fx.store as Store, {
      get(target, prop, receiver) {
        if (prop === 'search') return async () => Promise.reject(new Error('secret database path /x/y at line 3'));
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    const app = await buildApp({ store: broken, webRoot: path.join(fx.dir, 'none') });
    try {
      const r = await app.inject({ method: 'GET', url: '/api/search?q=kyiv' });
      expect(r.statusCode).toBe(500);
      expect(r.json()).toEqual({ error: { code: 'internal', message: expect.any(String) } });
      expect(r.body).not.toContain('secret');
      expect(r.body).not.toContain('at ');
    } finally {
      await app.close();
    }
  });
});

const ARTICLE = 'Drone strike reported near Odesa port\n\nA drone struck a warehouse near the port of Odesa on Friday, the regional military administration said. Nobody was hurt, officials said, and firefighters put out the blaze within an hour.\n';

async function post(app: FastifyInstance, body: unknown, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: '/api/documents', headers: { 'content-type': 'application/json', ...headers }, payload: typeof body === 'string' ? body : JSON.stringify(body) });
}

describe('uploads', () => {
  it('runs the pipeline, stores the document, updates the triangulation and the cached counts', async () => {
    const before = (await getJson<Health>(fx.app, '/api/health')).body.documents;
    const r = await post(fx.app, { name: 'odesa.txt', content: ARTICLE, outlet: 'Upload Test', published: '2022-04-01' });
    expect(r.statusCode).toBe(200);
    const res = r.json() as UploadResult;
    expect(res).toMatchObject({ id: 'odesa', status: 'added' });
    expect(res.claims).toBeGreaterThan(0);
    expect((await getJson<Health>(fx.app, '/api/health')).body.documents).toBe(before + 1);
    const doc = await fx.store.getDocument('odesa');
    expect(doc).toMatchObject({ outlet: 'Upload Test', title: 'Drone strike reported near Odesa port' });
    expect(doc!.claims).toHaveLength(res.claims);
    expect(await fx.store.storyClosure(['odesa'])).toContain('odesa');
    expect((await fx.store.clusterClosure(['odesa'])).length).toBeGreaterThanOrEqual(res.claims);
    const again = (await post(fx.app, { name: 'odesa.txt', content: ARTICLE, outlet: 'Upload Test', published: '2022-04-01' })).json() as UploadResult;
    expect(again.status).toBe('unchanged');
  });

  it.each([
    ['malformed JSON', '{"name": "a.txt", "content": ', 'not valid JSON', undefined],
    ['a non-object body', '[1, 2]', 'JSON object', undefined],
    ['no name', { content: ARTICLE }, 'name is required', 'name'],
    ['no content', { name: 'a.txt' }, 'content is required', 'content'],
    ['a number as content', { name: 'a.txt', content: 5 }, 'content must be a string', 'content'],
    ['an unknown field', { name: 'a.txt', content: ARTICLE, author: 'x' }, 'unknown field', 'author'],
    ['an unsupported extension', { name: 'a.pdf', content: ARTICLE }, 'must end in .txt, .html or .htm', 'name'],
    ['a path as name', { name: '../etc/passwd.txt', content: ARTICLE }, 'file name', 'name'],
    ['blank content', { name: 'a.txt', content: '   \n ' }, 'E101', 'content'],
    ['a bad date', { name: 'a.txt', content: ARTICLE, published: 'soon' }, 'not a date', 'published'],
  ])('refuses %s with 400', async (_label, body, message, field) => {
    const r = await post(fx.app, body);
    expect(r.statusCode).toBe(400);
    const e = r.json() as ApiError;
    expect(e.error.code).toBe('bad_request');
    expect(e.error.message).toContain(message);
    if (field) expect(e.error.field).toBe(field);
  });

  it('refuses a body over the limit with 413', async () => {
    const r = await post(fx.app, { name: 'big.txt', content: 'x'.repeat(MAX_BODY_BYTES + 1) });
    expect(r.statusCode).toBe(413);
    expect((r.json() as ApiError).error.code).toBe('payload_too_large');
  });

  it('needs the bearer token when the server has one (401 otherwise), compared exactly', async () => {
    const app = await fx.appWith({ token: 's3cret-token' });
    expect((await getJson<Health>(app, '/api/health')).body.writes).toBe('token');
    const none = await post(app, { name: 'odesa2.txt', content: ARTICLE });
    expect(none.statusCode).toBe(401);
    expect((none.json() as ApiError).error.code).toBe('unauthorized');
    for (const auth of ['Bearer wrong', 'Bearer s3cret-token-longer', 'Bearer s3cret-toke', 'Basic s3cret-token']) {
      expect((await post(app, { name: 'odesa2.txt', content: ARTICLE }, { authorization: auth })).statusCode, auth).toBe(401);
    }
    const ok = await post(app, { name: 'odesa2.txt', content: ARTICLE.replace('Friday', 'Saturday') }, { authorization: 'Bearer s3cret-token' });
    expect(ok.statusCode).toBe(200);
  });

  it('refuses writes with 403 on a non-loopback host without a token, allows them on loopback', async () => {
    const open = await fx.appWith({ host: '0.0.0.0' });
    expect((await getJson<Health>(open, '/api/health')).body.writes).toBe('disabled');
    const r = await post(open, { name: 'odesa3.txt', content: ARTICLE });
    expect(r.statusCode).toBe(403);
    expect((r.json() as ApiError).error.code).toBe('forbidden');
    const v6 = await fx.appWith({ host: '::1' });
    expect((await getJson<Health>(v6, '/api/health')).body.writes).toBe('open');
  });
});

describe('headers, static files and the SPA fallback', () => {
  let web: FastifyInstance;
  beforeAll(async () => {
    const root = path.join(fx.dir, 'web');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Triangulate</title><div id="root"></div>');
    writeFileSync(path.join(root, 'assets', 'app-1a2b3c.js'), 'console.log(1);');
    web = await fx.appWith({ webRoot: root });
  });

  const expectSecurity = (headers: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(headers[k], k).toBe(v);
  };

  it('sets the security headers on JSON, errors, files and pages; no-store on JSON', async () => {
    for (const url of ['/api/health', '/api/claims?limit=0', '/api/nope', '/', '/assets/app-1a2b3c.js', '/claims/some/route']) {
      const r = await web.inject({ method: 'GET', url });
      expectSecurity(r.headers);
      expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      if (url.startsWith('/api')) expect(r.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('serves files, caches hashed assets, answers index.html for client routes and JSON 404 for unknown API paths', async () => {
    const asset = await web.inject({ method: 'GET', url: '/assets/app-1a2b3c.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe(IMMUTABLE_CACHE);
    for (const url of ['/', '/claims', '/entities/person%3Avladimir-putin?tab=claims']) {
      const r = await web.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type']).toMatch(/^text\/html/);
      expect(r.body).toContain('<div id="root">');
    }
    const api = await web.inject({ method: 'GET', url: '/api/unknown/path' });
    expect(api.statusCode).toBe(404);
    expect((api.json() as ApiError).error.code).toBe('not_found');
    expect((await web.inject({ method: 'DELETE', url: '/api/documents/doc-1' })).statusCode).toBe(404);
  });

  it('without a build, says how to make one', async () => {
    const r = await fx.app.inject({ method: 'GET', url: '/' });
    expect(r.statusCode).toBe(200);
    expect(r.body).toBe(NO_BUILD_PAGE);
    expect(r.body).toContain('npm run build');
    expectSecurity(r.headers);
  });
});
