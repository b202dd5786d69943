/** @module `triangulate bench`: prints docs/s, MB/s and peak memory for HTML and plain-text cleaning, each stage, and ingest. */

import { parseArgs } from 'node:util';
import { buildDocument } from '../../../clean/index.js';
import type { Document } from '../../../core/doc.js';
import type { InputRecord } from '../../../core/input.js';
import { hasShared } from '../../../core/paths.js';
import { benchHtml, benchIngest, benchStages, benchText, benchTriangulate, loadHtmlPages, loadTextRecords, loadWarmupRecords, peakRssMb, type BenchResult, type TriangulateBenchResult } from '../../../bench/index.js';
import type { ApiBenchResult } from '../../../bench/api.js';
import { println, type Command } from '../io.js';

const USAGE = `Usage: triangulate bench [--docs N] [--ingest N] [--html-rounds R] [--only html,text,stages,ingest,api,triangulate] [--json]
  --docs N         plain-text documents to clean (default 20000); with --only api, documents in the synthetic store
  --requests N     with --only api: timed requests per API route (default 200)
  --db PATH        with --only api: keep the synthetic store in PATH and reuse it when it already holds --docs documents
  --ingest N       documents to ingest into a temporary SQLite store (default 2000; 100000 for the full figure)
  --html-rounds R  passes over the HTML pages (default 3)
  --sizes N,N,…    with --only triangulate: synthetic store sizes at which the full rebuild is timed (default 10000,30000,100000)
  --db PATH        with --only triangulate: a folder keeping the synthetic stores (triangulate-N.db), reused when present`;

/** Documents between two progress lines while a synthetic store is built. */
const BUILD_PROGRESS_EVERY = 10000;

export const run: Command = async (args, io) => {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        docs: { type: 'string', default: '20000' },
        sizes: { type: 'string', default: '10000,30000,100000' },
        ingest: { type: 'string', default: '2000' },
        'html-rounds': { type: 'string', default: '3' },
        only: { type: 'string' },
        requests: { type: 'string', default: '200' },
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    println(io.stderr, `triangulate bench: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    println(io.stdout, USAGE);
    return 0;
  }
  if (!hasShared()) {
    println(io.stderr, 'triangulate bench: the shared data folder (../shared/data or $TRIANGULATE_SHARED) is needed for the benchmark corpora');
    return 2;
  }
  const only = new Set((values.only ?? 'html,text,stages,ingest').split(','));
  const results: BenchResult[] = [];
  const report = (r: BenchResult) => {
    results.push(r);
    if (!values.json) {
      println(io.stdout, `${r.name.padEnd(44)} ${String(r.docs).padStart(7)} docs ${r.docsPerSec.toFixed(1).padStart(9)} docs/s ${r.mbPerSec.toFixed(2).padStart(7)} MB/s${r.msPer4k != null ? ` ${r.msPer4k.toFixed(3).padStart(7)} ms/4KB` : ''}${r.note ? `  (${r.note})` : ''}  peak ${peakRssMb()} MB`);
    }
  };
  if (only.has('html')) for (const r of benchHtml(loadHtmlPages(), Number(values['html-rounds']))) report(r);
  // The API bench builds its own synthetic store; the text corpora are loaded only for the benches that read them.
  const records = ['text', 'stages', 'ingest'].some((k) => only.has(k)) ? await loadTextRecords() : [];
  if (only.has('text')) report(benchText(records, Number(values.docs)));
  if (only.has('stages')) {
    const build = (recs: readonly InputRecord[]): Document[] => recs.flatMap((rec) => {
      const b = buildDocument(rec);
      return b.ok ? [b.doc] : [];
    });
    for (const r of benchStages(build(records), build(await loadWarmupRecords()))) report(r);
  }
  if (only.has('ingest')) report(await benchIngest(records, Number(values.ingest)));
  let api: ApiBenchResult | undefined;
  if (only.has('api')) {
    const { benchApi, formatApiBench } = await import('../../../bench/api.js');
    const log = values.json ? undefined : (line: string) => println(io.stderr, `bench api: ${line}`);
    api = await benchApi({ docs: Number(values.docs), requests: Number(values.requests), ...(values.db ? { db: values.db } : {}), ...(log ? { log } : {}) });
    if (!values.json) println(io.stdout, formatApiBench(api));
  }
  const triangulation = only.has('triangulate') ? await runTriangulateBench(values.sizes, values.json, io, values.db) : undefined;
  if (triangulation === null) return 2;
  if (values.json) println(io.stdout, JSON.stringify({ results, ...(api ? { api } : {}), ...(triangulation ? { triangulation } : {}), peakRssMb: peakRssMb(), node: process.version }, null, 2));
  else println(io.stdout, `peak memory: ${peakRssMb()} MB (max RSS of this process)`);
  return 0;
};

/** `--only triangulate`: times the full rebuild on synthetic stores of each size; null (usage error) on bad sizes. */
async function runTriangulateBench(sizesArg: string, json: boolean, io: Parameters<Command>[1], dir: string | undefined): Promise<TriangulateBenchResult[] | null> {
  const sizes = sizesArg.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
    println(io.stderr, `triangulate bench: --sizes must be whole numbers above 0 separated by commas, got "${sizesArg}"`);
    return null;
  }
  let last = 0;
  const onBuild = (done: number, total: number): void => {
    if (!json && (done - last >= BUILD_PROGRESS_EVERY || done === total)) {
      last = done;
      println(io.stderr, `  synthetic store: ${done}/${total} documents stored (peak ${peakRssMb()} MB)`);
    }
  };
  const onResult = (r: TriangulateBenchResult): void => {
    if (json) return;
    println(
      io.stdout,
      `${'triangulate: full rebuild'.padEnd(44)} ${String(r.docs).padStart(7)} docs ${r.seconds.toFixed(1).padStart(8)} s (cpu ${r.cpuSeconds.toFixed(1)} s) ${r.msPerDoc.toFixed(2).padStart(6)} ms/doc  ` +
        `stories ${r.stories}  claims ${r.claims}  clusters ${r.clusters}  (store built in ${r.buildSeconds.toFixed(0)} s)  peak ${r.peakRssMb} MB`,
    );
  };
  return benchTriangulate(sizes, { onBuild, onResult, ...(dir ? { dir } : {}) });
}
