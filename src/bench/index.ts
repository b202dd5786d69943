/** @module `triangulate bench`: throughput (docs/s, MB/s) and peak memory of cleaning, the language layer, claims and ingest. */

import { readdirSync, readFileSync } from 'node:fs';
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

/** Each stage's cost per 4 KB of text over the built documents. */
export function benchStages(docs: Document[]): BenchResult[] {
  const out: BenchResult[] = [];
  let current = docs.map((d) => ({ ...d }));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  for (const stage of DEFAULT_STAGES) {
    for (const d of current.slice(0, WARMUP_DOCS)) stage.run(d, {}); // loads lexicons and the gazetteer outside the timing
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
