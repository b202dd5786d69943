/** @module Tests of `triangulate serve` (and `start` serving after its ingest): listens on a free port, answers, shuts down on a signal. */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../storage/sample-docs.js';
import { openSqliteStore } from '../../../storage/sqlite/index.js';
import { main } from '../main.js';
import { captureIo, type CapturedIo } from './testing/capture-io.js';

const pipelineReady = await import('../../../pipeline/analyze.js').then(
  () => true,
  () => false,
);

/** How often the printed URL is looked for, and for how long (ms). */
const POLL_MS = 20;
const POLL_TRIES = 1500;

let tmp: string;
let db: string;
beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'triangulate-serve-'));
  db = path.join(tmp, 's.db');
  const store = openSqliteStore(db);
  for (let i = 1; i <= 3; i++) await store.putDocument(sampleDocument(`doc-${i}`, i, 4), { pipelineVersion: 'test', stages: ['x.v1'] });
  await store.close();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Waits until the command prints the dashboard URL; returns it. */
async function printedUrl(c: CapturedIo, running: Promise<number>): Promise<string> {
  let done = false;
  void running.finally(() => (done = true));
  for (let i = 0; i < POLL_TRIES && !done; i++) {
    const m = /Triangulate dashboard: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(c.out() + c.err());
    if (m) return m[1]!;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  throw new Error(`no URL printed; stdout: ${c.out()} stderr: ${c.err()}`);
}

describe('triangulate serve', () => {
  it('serves the API on the port given (0: any free one) and stops cleanly on SIGINT', async () => {
    const c = captureIo();
    const running = main(['serve', '--db', db, '--port', '0'], c.io);
    const url = await printedUrl(c, running);
    const health = (await (await fetch(`${url}api/health`)).json()) as { ok: boolean; documents: number; writes: string };
    expect(health).toMatchObject({ ok: true, documents: 3, writes: 'open' });
    const claims = (await (await fetch(`${url}api/claims?limit=2`)).json()) as { items: unknown[]; total: number };
    expect(claims.items).toHaveLength(2);
    process.emit('SIGINT');
    expect(await running).toBe(0);
    await expect(fetch(`${url}api/health`)).rejects.toThrow();
    // The store was closed: it opens again for writing.
    const store = openSqliteStore(db);
    expect((await store.stats()).documents).toBe(3);
    await store.close();
  });

  it('names the port when it is in use (1)', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const c = captureIo();
      expect(await main(['serve', '--db', db, '--port', String(port)], c.io)).toBe(1);
      expect(c.err()).toContain(`port ${port}`);
      expect(c.err()).toContain('already in use');
    } finally {
      blocker.close();
    }
  });

  it.each([
    [['--port', 'http'], 2, '--port must be an integer'],
    [['--port', '70000'], 2, '--port must be an integer'],
    [['--nope'], 2, 'usage'],
    [['extra'], 2, 'usage'],
  ])('refuses %j (%i)', async (args, code, message) => {
    const c = captureIo();
    expect(await main(['serve', '--db', db, ...args], c.io)).toBe(code);
    expect(c.err()).toContain(message);
  });

  it('refuses a missing database (1)', async () => {
    const c = captureIo();
    expect(await main(['serve', '--db', path.join(tmp, 'missing.db'), '--port', '0'], c.io)).toBe(1);
    expect(c.err()).toMatch(/no database/);
  });

  it('prints its options with --help', async () => {
    const c = captureIo();
    expect(await main(['serve', '--help'], c.io)).toBe(0);
    expect(c.out()).toContain('--token');
  });
});

describe('triangulate start serves after ingesting', () => {
  it.skipIf(!pipelineReady)('ingests, prints the overview and the URL, serves until SIGTERM', async () => {
    const dir = path.join(tmp, 'articles');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'odesa.txt'),
      'Drone strike reported near Odesa port\n\nA drone struck a warehouse near the port of Odesa on Friday, the regional military administration said. Nobody was hurt, officials said.\n',
    );
    const c = captureIo();
    const running = main(['start', dir, '--db', path.join(tmp, 'start.db'), '--quiet', '--port', '0'], c.io);
    const url = await printedUrl(c, running);
    expect(c.out()).toMatch(/added\s+1/);
    const health = (await (await fetch(`${url}api/health`)).json()) as { documents: number };
    expect(health.documents).toBe(1);
    process.emit('SIGTERM');
    expect(await running).toBe(0);
  });
});
