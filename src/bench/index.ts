/** @module `triangulate bench`: throughput (docs/s, MB/s) and peak memory of cleaning, the language layer, claims, ingest and triangulation at scale. */

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { buildDocument } from '../clean/index.js';
import { extractHtml } from '../clean/html/index.js';
import type { Document } from '../core/doc.js';
import type { InputRecord } from '../core/input.js';
import { sharedPath } from '../core/paths.js';
import { readInputs } from '../ingest/index.js';
import { DEFAULT_STAGES } from '../pipeline/stages.js';

/** One benchmark line: what was measured and its figures. */
export interface BenchResult {
  name: string;
  docs: number;
  seconds: number;
  docsPerSec: number;
  mbPerSec: number;
  /** Mean milliseconds per 4 KB of text (language-layer figures). */
  msPer4k?: number;
  note?: string;
}

/** Peak resident set size so far, in MB (from the kernel's max RSS). */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Documents run through each measured function before timing, so lazy loads and JIT warm-up are not counted. */
const WARMUP_DOCS = 10;

function timeIt<T>(fn: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const v = fn();
  return [v, Number(process.hrtime.bigint() - t0) / 1e9];
}

/** Loads the zyte-dev HTML pages (shared data). */
export function loadHtmlPages(): string[] {
  const dir = sharedPath('data', 'extraction', 'zyte-dev', 'html');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => gunzipSync(readFileSync(path.join(dir, f))).toString('utf8'));
}

/** Loads plain-text articles: the seeds and the bodies of the war-news CSV corpora. */
export async function loadTextRecords(): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  const paths = [sharedPath('seeds'), sharedPath('data', 'corpus', 'nyt-guardian-2022')];
  for await (const rec of readInputs(paths)) if (rec.ok && rec.kind === 'text') out.push(rec);
  return out;
}

/** Warm-up articles of the stage bench: the first `n` Guardian war articles (a corpus the timed one does not hold). */
export async function loadWarmupRecords(n = STAGE_WARMUP_DOCS): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const rec of readInputs([sharedPath('data', 'corpus', 'guardian-132dow')])) {
    if (rec.ok && rec.kind === 'text') out.push(rec);
    if (out.length >= n) break;
  }
  return out;
}

/** Articles of another corpus the stage bench runs through every stage before timing. */
export const STAGE_WARMUP_DOCS = 300;

function result(name: string, docs: number, bytes: number, seconds: number, extra: Partial<BenchResult> = {}): BenchResult {
  return { name, docs, seconds: round(seconds, 3), docsPerSec: round(docs / seconds, 1), mbPerSec: round(bytes / 1e6 / seconds, 2), ...extra };
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** HTML cleaning: our cascade vs Readability on linkedom over the same pages, `rounds` times each. */
export function benchHtml(pages: string[], rounds: number): BenchResult[] {
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0) * rounds;
  // Warm both up (JIT, lazy tables) on a few pages so neither pays first-use costs in the timing.
  for (const html of pages.slice(0, WARMUP_DOCS)) {
    extractHtml(html);
    new Readability(parseHTML(html).document as unknown as globalThis.Document).parse();
  }
  const [, ours] = timeIt(() => {
    for (let r = 0; r < rounds; r++) for (const html of pages) extractHtml(html);
  });
  const [, yard] = timeIt(() => {
    for (let r = 0; r < rounds; r++) {
      for (const html of pages) {
        const { document } = parseHTML(html);
        new Readability(document as unknown as globalThis.Document).parse();
      }
    }
  });
  const docs = pages.length * rounds;
  return [
    result('html: triangulate cascade', docs, bytes, ours, { note: `${round(yard / ours, 2)}× Readability` }),
    result('html: Readability on linkedom (yardstick)', docs, bytes, yard),
  ];
}

/** Plain-text cleaning (buildDocument) over `n` records cycled from the corpus. */
export function benchText(records: InputRecord[], n: number): BenchResult {
  let bytes = 0;
  const [, secs] = timeIt(() => {
    for (let i = 0; i < n; i++) {
      const rec = records[i % records.length]!;
      bytes += rec.content.length;
      buildDocument(rec);
    }
  });
  return result('text: clean + metadata (buildDocument)', n, bytes, secs);
}

/**
 * Each stage's cost per 4 KB of text over the built documents.
 * @param warmup Other documents run through every stage first (lexicons and the gazetteer loaded, the code compiled), so
 *   that the timing is the steady cost of a long ingest, not its first minute; none of them is among `docs`, so nothing
 *   the stages cache per name or word was filled by the measured articles themselves. Without them, the first
 *   {@link WARMUP_DOCS} documents warm up.
 */
export function benchStages(docs: Document[], warmup: readonly Document[] = []): BenchResult[] {
  const out: BenchResult[] = [];
  let current = docs.map((d) => ({ ...d }));
  let warm = (warmup.length ? warmup : docs.slice(0, WARMUP_DOCS)).map((d) => ({ ...d }));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  for (const stage of DEFAULT_STAGES) {
    warm = warm.map((d) => ({ ...d, ...stage.run(d, {}) }) as Document);
    const next: Document[] = [];
    const [, secs] = timeIt(() => {
      for (const d of current) next.push({ ...d, ...stage.run(d, {}) } as Document);
    });
    current = next;
    out.push(result(`stage: ${stage.name}`, docs.length, chars, secs, { msPer4k: round((secs * 1000) / (chars / 4096), 3) }));
  }
  return out;
}

/** Full ingest (clean + all stages + SQLite store) of `n` documents through the CLI's ingest path. */
export async function benchIngest(records: InputRecord[], n: number): Promise<BenchResult> {
  const { openSqliteStore } = await import('../storage/sqlite/index.js');
  const { analyzeInput, PIPELINE_NAMES } = await import('../pipeline/analyze.js');
  const { PIPELINE_VERSION } = await import('../pipeline/version.js');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'triangulate-bench-'));
  const store = await openSqliteStore(path.join(dir, 'bench.db'));
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  try {
    for (let i = 0; i < n; i++) {
      const base = records[i % records.length]!;
      // Perturb each copy so every document is distinct (a different id and a varied sentence).
      const rec: InputRecord = { ...base, id: `${base.id}~${i}`, content: `${base.content}\n\nBench copy ${i}.` };
      bytes += rec.content.length;
      const res = analyzeInput(rec);
      if (res.ok) await store.putDocument(res.doc, { pipelineVersion: PIPELINE_VERSION, stages: [...PIPELINE_NAMES] });
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  return result('ingest: text → all stages → SQLite', n, bytes, secs);
}

/** One size of the triangulation benchmark. */
export interface TriangulateBenchResult {
  docs: number;
  /** Seconds to add this size's new documents to the store (`putDocument`). */
  buildSeconds: number;
  /** Seconds of the full rebuild (`triangulate triangulate`: stream, stories, claim clusters, verdicts, writes). */
  seconds: number;
  /** Milliseconds per document of the rebuild. */
  msPerDoc: number;
  /** CPU seconds (user + system) of this process during the rebuild: on a shared machine, wall time also counts other jobs. */
  cpuSeconds: number;
  stories: number;
  claims: number;
  clusters: number;
  /** Peak resident set size of the process so far (MB). */
  peakRssMb: number;
}

/**
 * Scale of `triangulate triangulate`: for each size (ascending), a synthetic SQLite store of that many documents (see
 * `synthetic-store.ts`) is made and the full rebuild timed on it. Each store is the previous size's store with the
 * next clones added, so it equals one built at that size. With `dir`, the stores are kept there as
 * `triangulate-<n>.db` and reused by later runs (a store holding exactly `n` documents is not built again, one left
 * part-built is completed);
 * without, they live in a temporary folder removed at the end.
 * @returns One result per size.
 */
export async function benchTriangulate(
  sizes: readonly number[],
  options: {
    dir?: string;
    /** Analysed documents to clone (default: the benchmark corpus, analysed once). */
    bases?: readonly Document[];
    onBuild?: (done: number, total: number) => void;
    onResult?: (r: TriangulateBenchResult) => void;
  } = {},
): Promise<TriangulateBenchResult[]> {
  const { openSqliteStore } = await import('../storage/sqlite/index.js');
  const { buildSyntheticStore, loadBaseDocuments } = await import('./synthetic-store.js');
  const { rebuildTriangulation } = await import('../corpus/triangulation/index.js');
  const sorted = [...new Set(sizes)].sort((a, b) => a - b);
  const dir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), 'triangulate-bench-'));
  mkdirSync(dir, { recursive: true });
  const file = (n: number): string => path.join(dir, `triangulate-${n}.db`);
  const out: TriangulateBenchResult[] = [];
  let bases: readonly Document[] | null = options.bases ?? null;
  try {
    let prev = 0;
    for (const n of sorted) {
      let buildSeconds = 0;
      let store = openSqliteStore(file(n));
      let have = (await store.stats()).documents;
      if (have > n || (have === 0 && prev > 0 && existsSync(file(prev)))) {
        // Too large, or new: start again, from the previous size's store when there is one (the same first documents).
        await store.close();
        removeDb(file(n));
        if (prev > 0 && existsSync(file(prev))) copyFileSync(file(prev), file(n));
        store = openSqliteStore(file(n));
        have = (await store.stats()).documents;
      }
      if (have < n) {
        // Clones are numbered, so a store left part-built (an interrupted run) is completed where it stopped.
        bases ??= await loadBaseDocuments();
        const built = await buildSyntheticStore(store, n - have, { bases, start: have, onProgress: (d) => options.onBuild?.(have + d, n) });
        buildSeconds = built.storeSeconds;
      }
      const cpu0 = process.cpuUsage();
      const s = await rebuildTriangulation(store);
      const cpu = process.cpuUsage(cpu0);
      await store.close();
      if (!options.dir && prev > 0) removeDb(file(prev));
      prev = n;
      const r: TriangulateBenchResult = {
        docs: n,
        buildSeconds: round(buildSeconds, 1),
        seconds: round(s.seconds, 2),
        msPerDoc: round((s.seconds * 1000) / n, 3),
        cpuSeconds: round((cpu.user + cpu.system) / 1e6, 2),
        stories: s.stories,
        claims: s.claims,
        clusters: s.clusters,
        peakRssMb: peakRssMb(),
      };
      out.push(r);
      options.onResult?.(r);
    }
  } finally {
    if (!options.dir) rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** Removes an SQLite file with its WAL and shared-memory files. */
function removeDb(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
}
