/**
 * @module End-to-end harness: ingests the seeds and the malicious fixture through the real CLI into a temporary store,
 * serves it and the built dashboard (`dist/web`) with the real app on 127.0.0.1, and launches Debian's Chromium through
 * playwright-core. Also decides whether the suite can run here, and why not.
 */

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { main } from '../../src/apps/cli/main.js';
import { captureIo } from '../../src/apps/cli/commands/testing/capture-io.js';
import { hasShared, REPO_ROOT, sharedPath } from '../../src/core/paths.js';

/** Chromium to drive: `$CHROMIUM`, else Debian's (installed by `.ci/run`). */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** The built dashboard the server serves (`npm run build`). */
export const WEB_ROOT = path.join(REPO_ROOT, 'dist', 'web');
/** The hostile article ingested beside the seeds. */
export const MALICIOUS_FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'malicious', 'hostile-report.html');
/** Where each view's screenshot goes (gitignored). */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-output', 'e2e');

/**
 * Why the suite cannot run here, or null when it can. Missing Chromium or a missing build skip the suite on a developer
 * machine but not under CI (`$CI` set), where {@link assertRunnable} then fails loudly.
 */
export function skipReason(): string | null {
  if (!hasShared()) return 'the shared seeds (../shared or $TRIANGULATE_SHARED) are not here';
  if (process.env.CI) return null;
  if (!existsSync(CHROMIUM)) return `Chromium is not installed at ${CHROMIUM} (.ci/run installs it; set $CHROMIUM to use another)`;
  if (!existsSync(path.join(WEB_ROOT, 'index.html'))) return `the dashboard is not built (${WEB_ROOT}/index.html; run npm run build)`;
  return null;
}

/** Throws, naming what is missing, when Chromium or the built dashboard is absent (reached only under CI). */
export function assertRunnable(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`end-to-end tests: Chromium is missing at ${CHROMIUM}; .ci/run installs it (apt-get install chromium)`);
  if (!existsSync(path.join(WEB_ROOT, 'index.html'))) throw new Error(`end-to-end tests: the dashboard build ${WEB_ROOT}/index.html is missing; run npm run build first`);
}

/** A running dashboard: its origin, a JSON getter for its API, and how to stop it. */
export interface Dashboard {
  origin: string;
  api<T>(pathAndQuery: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * Ingests the seeds and the malicious fixture with `triangulate ingest` (which also triangulates) into a temporary
 * SQLite file, then serves it with the dashboard on a random port.
 */
export async function startDashboard(): Promise<Dashboard> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'triangulate-e2e-'));
  const db = path.join(tmp, 'e2e.db');
  const c = captureIo();
  const status = await main(['ingest', sharedPath('seeds'), MALICIOUS_FIXTURE, '--db', db, '--quiet'], c.io);
  if (status !== 0) throw new Error(`end-to-end tests: triangulate ingest exited ${status}:\n${c.out()}\n${c.err()}`);
  const { openSqliteStore } = await import('../../src/storage/sqlite/index.js');
  const { buildApp } = await import('../../src/apps/server/app.js');
  const store = openSqliteStore(db);
  const app = await buildApp({ store, webRoot: WEB_ROOT });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    async api<T>(pathAndQuery: string): Promise<T> {
      const res = await fetch(origin + pathAndQuery);
      if (!res.ok) throw new Error(`GET ${pathAndQuery} answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as T;
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Launches headless Chromium (no sandbox: CI runs as root). */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}

/** The screenshot file of one view. */
export function screenshotPath(view: string): string {
  return path.join(SCREENSHOT_DIR, `${view}.png`);
}
