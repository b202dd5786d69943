/**
 * @module `triangulate bench --only api`: latency of the HTTP API's list and search routes on a large synthetic store
 * (real fastify app, real HTTP on 127.0.0.1, keep-alive, one request at a time), and the dashboard's first view in
 * Chromium (cold context until the overview's figures are visible).
 */

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../core/paths.js';
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from '../apps/server/app.js';
import { SERVER_CACHE_MB } from '../apps/server/listen.js';
import type { Store } from '../storage/contract.js';

/** The latency goal of every list and search route (95th percentile, ms). */
export const API_P95_GOAL_MS = 50;
/** The goal for the dashboard's first view on localhost (ms). */
export const FIRST_VIEW_GOAL_MS = 1500;
/** Requests timed per route by default. */
export const DEFAULT_REQUESTS = 200;
/** Cold page loads of the dashboard; the median is reported. */
export const FIRST_VIEW_RUNS = 5;
/** Page size asked of the list routes (the API's default). */
export const PAGE_SIZE = 50;
/** Pages of a list walked through by the paging variants (offsets 0 … (PAGES − 1) × PAGE_SIZE). */
export const PAGES = 20;
/** The element of the overview whose visibility ends the first-view timing (from web/README.md). */
export const OVERVIEW_READY_SELECTOR = '[data-testid="overview-stats"]';
/** Where Debian installs Chromium (`.ci/run` installs it when missing). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
/** Longest wait for one dashboard load before it counts as failed (ms). */
const PAGE_LOAD_TIMEOUT_MS = 30_000;
/** Percentiles reported. */
const P50 = 0.5;
const P95 = 0.95;

/** Timings of one route (milliseconds). */
export interface RouteTiming {
  route: string;
  requests: number;
  p50: number;
  p95: number;
  max: number;
  /** 95th percentile of the first request of each distinct query (its total not yet cached by the API). */
  firstP95: number;
  /** Distinct queries cycled through. */
  distinct: number;
  /** True when p95 is under {@link API_P95_GOAL_MS}. */
  ok: boolean;
}

/** The dashboard's first view: each cold load and their median (ms), or why it was not measured. */
export type FirstViewTiming = { runs: number[]; medianMs: number; ok: boolean } | { skipped: string };

/** Everything `bench --only api` measured. */
export interface ApiBenchResult {
  docs: number;
  /** Seconds to build the synthetic store (0 when an existing store was reused). */
  buildSeconds: number;
  /** Seconds of the full triangulation rebuild (0 when reused). */
  triangulateSeconds: number;
  /** Claim clusters as the API counts them (`10000+` when its count stopped there). */
  stats: { documents: number; claims: number; clusters: string };
  /** Seconds the server's page-cache warm-up took before listening (null when the store has none). */
  warmSeconds: number | null;
  /** The first requests after the server started (empty result cache), in order, with their milliseconds. */
  cold: Array<{ path: string; ms: number }>;
  routes: RouteTiming[];
  firstView: FirstViewTiming;
}

/** Options of {@link benchApi}. */
export interface ApiBenchOptions {
  /** Documents in the synthetic store. */
  docs: number;
  /** Timed requests per route. */
  requests?: number;
  /** Cold dashboard loads. */
  firstViewRuns?: number;
  /** Keep the store in this file (reused when it holds `docs` documents, completed when it holds fewer); default a temporary file, removed after. */
  db?: string;
  /** Chromium to drive; default `$CHROMIUM` or {@link DEFAULT_CHROMIUM}. */
  chromium?: string;
  /** Progress lines (building, triangulating, each route). */
  log?: (line: string) => void;
}

/** The value at quantile `q` (nearest rank) of `sorted` ascending. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Summarises the latencies of one route: all requests, and the first request of each of its `distinct` queries (the first ones timed). */
export function summarise(route: string, ms: readonly number[], distinct: number): RouteTiming {
  const s = [...ms].sort((a, b) => a - b);
  const first = ms.slice(0, distinct).sort((a, b) => a - b);
  const p95 = round2(quantile(s, P95));
  return {
    route,
    requests: s.length,
    p50: round2(quantile(s, P50)),
    p95,
    max: round2(s[s.length - 1] ?? Number.NaN),
    firstP95: round2(quantile(first, P95)),
    distinct: Math.min(distinct, s.length),
    ok: p95 < API_P95_GOAL_MS,
  };
}

/** A keep-alive HTTP client for one origin: GETs a path, returns status, body and elapsed milliseconds. */
class Client {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  constructor(private readonly origin: URL) {}

  get(pathAndQuery: string): Promise<{ status: number; body: string; ms: number }> {
    const t0 = performance.now();
    return new Promise((resolve, reject) => {
      const req = http.get({ host: this.origin.hostname, port: this.origin.port, path: pathAndQuery, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - t0 }));
        res.on('error', reject);
      });
      req.on('error', reject);
    });
  }

  /** Every {@link json} call with its milliseconds, in order. */
  readonly fetched: Array<{ path: string; ms: number }> = [];

  async json<T>(pathAndQuery: string): Promise<T> {
    const r = await this.get(pathAndQuery);
    if (r.status !== 200) throw new Error(`GET ${pathAndQuery} answered ${r.status}: ${r.body.slice(0, 200)}`);
    this.fetched.push({ path: pathAndQuery, ms: Math.round(r.ms) });
    return JSON.parse(r.body) as T;
  }

  close(): void {
    this.agent.destroy();
  }
}

/** A route and the query strings its timed requests cycle through. */
interface RoutePlan {
  route: string;
  queries: string[];
}

interface Named {
  items: Array<Record<string, unknown>>;
}

const q = (params: Record<string, string | number>): string => new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
const pages = (extra: Record<string, string> = {}): string[] => Array.from({ length: PAGES }, (_, i) => q({ ...extra, limit: PAGE_SIZE, offset: i * PAGE_SIZE }));
const strings = (page: Named, key: string): string[] => [...new Set(page.items.map((i) => i[key]).filter((v): v is string => typeof v === 'string' && v.length > 0))];

/** Words of at least this many letters from document titles become search terms. */
const MIN_TERM_LENGTH = 5;
/** Search terms drawn from the corpus. */
const MAX_TERMS = 40;

/**
 * The routes and the parameters their requests vary over, drawn from the corpus through the API itself (untimed):
 * search terms from document titles, outlets, sources, entity names, figure categories.
 */
async function planRoutes(client: Client): Promise<RoutePlan[]> {
  const docs = await client.json<Named>(`/api/documents?limit=200`);
  const terms = [
    ...new Set(
      docs.items
        .flatMap((d) => String(d.title ?? '').split(/[^\p{L}]+/u))
        .filter((w) => w.length >= MIN_TERM_LENGTH)
        .map((w) => w.toLowerCase()),
    ),
  ].slice(0, MAX_TERMS);
  if (terms.length === 0) terms.push('ukraine');
  const outlets = strings(await client.json<Named>(`/api/outlets?limit=50`), 'outlet').slice(0, PAGES);
  const claims = await client.json<Named>(`/api/claims?limit=200`);
  const sources = strings(claims, 'sourceName').slice(0, PAGES);
  const entities = await client.json<Named>(`/api/entities?limit=100`);
  const entityNames = strings(entities, 'name').slice(0, PAGES);
  const entityTypes = strings(entities, 'type');
  const categories = strings({ items: await client.json<Array<Record<string, unknown>>>(`/api/figures/categories`) }, 'category');
  const sides = Object.keys((await client.json<{ sidesQuoted: Record<string, number> }>(`/api/overview`)).sidesQuoted);
  const verdicts = ['corroborated', 'single-origin', 'contested', 'denied'];
  const cycle = <T>(xs: T[], f: (x: T, i: number) => string): string[] => (xs.length ? xs.map(f) : [q({ limit: PAGE_SIZE })]);
  return [
    { route: '/api/documents', queries: pages() },
    { route: '/api/documents?outlet', queries: cycle(outlets, (o) => q({ outlet: o, limit: PAGE_SIZE })) },
    { route: '/api/claims', queries: pages() },
    { route: '/api/claims?side', queries: sides.flatMap((s) => pages({ side: s }).slice(0, 3)) },
    { route: '/api/claims?source', queries: cycle(sources, (s) => q({ source: s, limit: PAGE_SIZE })) },
    { route: '/api/claims?verdict', queries: verdicts.map((v) => q({ verdict: v, limit: PAGE_SIZE })) },
    { route: '/api/claims?hedged&category', queries: [q({ hedged: 'true', limit: PAGE_SIZE }), q({ denial: 'true', limit: PAGE_SIZE }), ...categories.map((c) => q({ category: c, limit: PAGE_SIZE }))] },
    { route: '/api/claims?q', queries: terms.map((t) => q({ q: t, limit: PAGE_SIZE })) },
    { route: '/api/clusters', queries: [...pages(), ...verdicts.map((v) => q({ verdict: v, limit: PAGE_SIZE }))] },
    { route: '/api/entities', queries: [...pages(), ...entityTypes.map((t) => q({ type: t, limit: PAGE_SIZE })), ...entityNames.map((n) => q({ q: n, limit: PAGE_SIZE }))] },
    { route: '/api/places', queries: pages() },
    { route: '/api/figures', queries: [...pages(), ...categories.map((c) => q({ category: c, limit: PAGE_SIZE }))] },
    { route: '/api/outlets', queries: pages() },
    { route: '/api/stories', queries: pages() },
    { route: '/api/search?q', queries: terms.map((t) => q({ q: t, limit: PAGE_SIZE })) },
  ];
}

/**
 * Sends `n` timed requests to one route, cycling through its distinct queries; every answer must be 200. Nothing is
 * sent before (no warm-up), so the first request of each query pays for its total, which the API then caches per filter
 * until the store changes.
 */
async function timeRoute(client: Client, plan: RoutePlan, n: number): Promise<RouteTiming> {
  const base = plan.route.split('?')[0]!;
  const get = async (url: string): Promise<number> => {
    const r = await client.get(url);
    if (r.status !== 200) throw new Error(`bench api: GET ${url} answered ${r.status}: ${r.body.slice(0, 200)}`);
    return r.ms;
  };
  const queries = [...new Set(plan.queries)];
  const ms: number[] = [];
  for (let i = 0; i < n; i++) ms.push(await get(`${base}?${queries[i % queries.length]!}`));
  return summarise(plan.route, ms, queries.length);
}

/**
 * Loads the dashboard `runs` times, each in a fresh browser context (empty cache), from navigation start until the
 * overview's figures are visible.
 */
export async function timeFirstView(origin: string, runs: number, executablePath: string): Promise<FirstViewTiming> {
  if (!existsSync(executablePath)) return { skipped: `Chromium not found at ${executablePath}` };
  let pw: typeof import('playwright-core');
  try {
    pw = await import('playwright-core');
  } catch {
    return { skipped: 'playwright-core is not installed (a development dependency)' };
  }
  const browser = await pw.chromium.launch({ executablePath, args: ['--no-sandbox'], headless: true });
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${origin}/`, { timeout: PAGE_LOAD_TIMEOUT_MS, waitUntil: 'commit' });
      await page.locator(OVERVIEW_READY_SELECTOR).first().waitFor({ state: 'visible', timeout: PAGE_LOAD_TIMEOUT_MS });
      times.push(Math.round(performance.now() - t0));
      await context.close();
    }
    const medianMs = quantile([...times].sort((a, b) => a - b), P50);
    return { runs: times, medianMs, ok: medianMs < FIRST_VIEW_GOAL_MS };
  } finally {
    await browser.close();
  }
}

/** Progress is logged every this many synthetic documents. */
const PROGRESS_EVERY = 10_000;

/** Adds synthetic documents `start` … `n − 1` to `store` (the shared builder, so an interrupted build resumes); returns seconds. */
async function buildStore(store: Store, start: number, n: number, log: (l: string) => void): Promise<number> {
  const { buildSyntheticStore } = await import('./synthetic-store.js');
  const t0 = performance.now();
  log(`building a synthetic store: documents ${start} … ${n - 1}…`);
  let next = PROGRESS_EVERY;
  await buildSyntheticStore(store, n - start, {
    start,
    onProgress: (done) => {
      if (done < next) return;
      next += PROGRESS_EVERY;
      log(`  ${start + done} documents stored (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    },
  });
  return (performance.now() - t0) / 1000;
}

/** A listening app with a keep-alive client. */
interface Served {
  origin: string;
  client: Client;
  close(): Promise<void>;
}

/** Builds the real app over the store and listens on a random port of 127.0.0.1. */
async function startServer(buildApp: (o: AppOptions) => Promise<FastifyInstance>, options: AppOptions): Promise<Served> {
  const app = await buildApp(options);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const client = new Client(new URL(origin));
  return {
    origin,
    client,
    close: async () => {
      client.close();
      await app.close();
    },
  };
}

/**
 * Runs the API and dashboard benchmark: builds (or reuses) a synthetic store of `docs` documents, triangulates it, serves
 * it with the real app and times every list and search route, then the dashboard's first view.
 */
export async function benchApi(options: ApiBenchOptions): Promise<ApiBenchResult> {
  const log = options.log ?? (() => undefined);
  const tmp = options.db ? null : mkdtempSync(path.join(os.tmpdir(), 'triangulate-bench-api-'));
  const dbFile = options.db ?? path.join(tmp!, 'bench.db');
  const { openSqliteStore } = await import('../storage/sqlite/index.js');
  const { rebuildTriangulation } = await import('../corpus/triangulation/index.js');
  const { buildApp } = await import('../apps/server/app.js');
  const store = openSqliteStore(dbFile, { cacheMb: SERVER_CACHE_MB });
  try {
    let buildSeconds = 0;
    let triangulateSeconds = 0;
    const before = await store.stats();
    if (before.documents < options.docs) {
      buildSeconds = await buildStore(store, before.documents, options.docs, log);
      log(`built in ${buildSeconds.toFixed(1)} s; triangulating…`);
      const t = await rebuildTriangulation(store);
      triangulateSeconds = t.seconds;
      log(`triangulated in ${t.seconds.toFixed(1)} s: ${t.stories} stories, ${t.clusters} claim clusters`);
    } else log(`reusing ${dbFile} (${before.documents} documents)`);
    const stats = await store.stats();
    const webRoot = path.join(REPO_ROOT, 'dist', 'web');
    const built = existsSync(path.join(webRoot, 'index.html'));
    // As `triangulate serve` does: the hot indexes are read into the page cache before listening.
    const warm = await store.warmCache?.();
    if (warm) log(`page cache warmed in ${warm.seconds.toFixed(1)} s (${warm.objects} indexes and tables, ${warm.rows} rows)`);
    // One app for every phase, as `triangulate serve` runs: the planning requests come first on an empty result cache,
    // so their times are the cold costs (corpus-wide aggregates are then cached until the store changes).
    const server = await startServer(buildApp, { store, ...(built ? { webRoot } : {}) });
    const routes: RouteTiming[] = [];
    let firstView: FirstViewTiming = { skipped: `the dashboard is not built (${webRoot}/index.html missing; run npm run build)` };
    let clusters: string;
    let cold: Array<{ path: string; ms: number }>;
    try {
      const clusterPage = await server.client.json<{ total: number; totalCapped?: boolean }>(`/api/clusters?limit=1`);
      clusters = clusterPage.totalCapped ? `${clusterPage.total}+` : String(clusterPage.total);
      const plans = await planRoutes(server.client);
      cold = [...server.client.fetched];
      for (const c of cold) log(`cold ${c.path}: ${c.ms} ms`);
      for (const plan of plans) {
        const t = await timeRoute(server.client, plan, options.requests ?? DEFAULT_REQUESTS);
        log(`${t.route.padEnd(30)} p50 ${t.p50} ms  p95 ${t.p95} ms  max ${t.max} ms  (first of each of ${t.distinct} queries: p95 ${t.firstP95} ms)`);
        routes.push(t);
      }
      if (built) firstView = await timeFirstView(server.origin, options.firstViewRuns ?? FIRST_VIEW_RUNS, options.chromium ?? process.env.CHROMIUM ?? DEFAULT_CHROMIUM);
    } finally {
      await server.close();
    }
    return { docs: stats.documents, buildSeconds, triangulateSeconds, warmSeconds: warm ? Math.round(warm.seconds * 10) / 10 : null, stats: { documents: stats.documents, claims: stats.claims, clusters }, cold, routes, firstView };
  } finally {
    await store.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

/** The result as a fixed-width table. */
export function formatApiBench(r: ApiBenchResult): string {
  const lines = [
    `store: ${r.stats.documents} documents, ${r.stats.claims} claims, ${r.stats.clusters} claim clusters` +
      (r.buildSeconds > 0 ? ` (built in ${r.buildSeconds.toFixed(1)} s, triangulated in ${r.triangulateSeconds.toFixed(1)} s)` : ' (reused)'),
    `${'route'.padEnd(30)} ${'requests'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'distinct'.padStart(8)} ${'1st p95'.padStart(8)}  goal p95 < ${API_P95_GOAL_MS} ms`,
  ];
  lines.splice(1, 0, `${r.warmSeconds != null ? `page cache warmed before listening in ${r.warmSeconds} s; ` : ''}first requests after start (uncached results): ${r.cold.map((c) => `${c.path} ${c.ms} ms`).join('; ')}`);
  for (const t of r.routes) {
    const cells = [t.p50, t.p95, t.max].map((x) => x.toFixed(2).padStart(8)).join(' ');
    lines.push(`${t.route.padEnd(30)} ${String(t.requests).padStart(8)} ${cells} ${String(t.distinct).padStart(8)} ${t.firstP95.toFixed(2).padStart(8)}  ${t.ok ? 'ok' : 'MISSED'}`);
  }
  const fv = r.firstView;
  lines.push(
    'skipped' in fv
      ? `dashboard first view: not measured (${fv.skipped})`
      : `dashboard first view: median ${fv.medianMs} ms of ${fv.runs.length} cold loads (${fv.runs.join(', ')} ms)  goal < ${FIRST_VIEW_GOAL_MS} ms  ${fv.ok ? 'ok' : 'MISSED'}`,
  );
  return lines.join('\n');
}
