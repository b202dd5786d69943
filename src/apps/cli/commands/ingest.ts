/** @module `triangulate ingest PATHS…`: read → analyze → store, in batched transactions, with progress and a summary. */

import cliProgress from 'cli-progress';
import type { Document } from '../../../core/doc.js';
import type { InputRecord, InputResult } from '../../../core/input.js';
import type { Store } from '../../../storage/contract.js';
import type { AnalyzeResult } from '../../../pipeline/analyze.js';
import { updateTriangulation, type TriangulationSummary } from '../../../corpus/triangulation/index.js';
import { DEFAULT_DB, println, type Command, type Io } from '../io.js';
import { intOption, openForCommand, parseCommand, printJson, printUsage, withStore } from './query-common.js';

const USAGE = 'ingest PATHS… [--db PATH] [--json] [--quiet] [--batch N]';

/** Documents written per transaction: fast, and a crash loses at most one uncommitted batch, which a re-run redoes. */
export const DEFAULT_BATCH = 200;
/** Without a terminal, a plain progress line is printed at most this often (ms). */
export const PLAIN_PROGRESS_INTERVAL_MS = 5000;
/** Rejections counted as skipped (nothing to store), not as failures. */
export const SKIP_CODES: ReadonlySet<string> = new Set(['E101', 'E201']);

/** One input that was skipped or failed, named by file and record. */
export interface IngestProblem {
  file: string;
  record?: number;
  code: string;
  message: string;
}

/** What an ingest run did. */
export interface IngestSummary {
  db: string;
  /** Records read (documents and rejected inputs). */
  inputs: number;
  files: number;
  added: number;
  updated: number;
  unchanged: number;
  duplicates: { exact: number; near: number };
  skipped: IngestProblem[];
  failed: IngestProblem[];
  seconds: number;
  docsPerSecond: number;
  /** How stories, claim clusters and verdicts were updated for the documents stored (absent when switched off). */
  triangulation?: TriangulationSummary;
}

/** Replaceable parts of the ingest loop (tests inject a reader and an analyzer; by default the real ones are loaded). */
export interface IngestDeps {
  expand?: (paths: string[]) => Promise<{ files: string[] }>;
  read?: (paths: string[], opts: { stdin?: Io['stdin'] }) => AsyncIterable<InputResult>;
  analyze?: (input: InputRecord) => AnalyzeResult;
  pipeline?: { version: string; stages: readonly string[] };
}

/** Progress callbacks: `files` done so far of `total`, and records stored. */
export interface ProgressSink {
  start(total: number): void;
  update(filesDone: number, records: number): void;
  stop(): void;
}

async function loadDeps(deps: IngestDeps): Promise<Required<IngestDeps>> {
  const ingest = deps.read && deps.expand ? null : await import('../../../ingest/index.js');
  const pipe = deps.analyze && deps.pipeline ? null : await import('../../../pipeline/analyze.js');
  const version = deps.pipeline ? null : await import('../../../pipeline/version.js');
  return {
    expand: deps.expand ?? ((p) => ingest!.expandPaths(p)),
    read: deps.read ?? ((p, o) => ingest!.readInputs(p, o)),
    analyze: deps.analyze ?? ((i) => pipe!.analyzeInput(i)),
    pipeline: deps.pipeline ?? { version: version!.PIPELINE_VERSION, stages: pipe!.PIPELINE_NAMES },
  };
}

/**
 * Ingests every record of `paths` into `store`: each record is analysed, then documents are written `batch` at a time,
 * one transaction per batch. Re-running after a crash stores what was lost and leaves the rest `unchanged`.
 * @returns The summary (counts, each skipped or failed input with its reason, throughput).
 */
export async function ingestPaths(
  paths: string[],
  store: Store,
  options: { stdin?: Io['stdin']; batch?: number; progress?: ProgressSink; db?: string; deps?: IngestDeps; triangulate?: boolean } = {},
): Promise<IngestSummary> {
  const t0 = performance.now();
  const deps = await loadDeps(options.deps ?? {});
  const batchSize = options.batch ?? DEFAULT_BATCH;
  const s: IngestSummary = {
    db: options.db ?? DEFAULT_DB,
    inputs: 0,
    files: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    duplicates: { exact: 0, near: 0 },
    skipped: [],
    failed: [],
    seconds: 0,
    docsPerSecond: 0,
  };
  const problem = (origin: { file: string; record?: number }, code: string, message: string): void => {
    const p: IngestProblem = { file: origin.file, code, message };
    if (origin.record != null) p.record = origin.record;
    (SKIP_CODES.has(code) ? s.skipped : s.failed).push(p);
  };
  const expanded = await deps.expand(paths.filter((p) => p !== '-'));
  const total = expanded.files.length + (paths.includes('-') ? 1 : 0);
  options.progress?.start(total);

  let batch: Array<{ doc: Document; origin: InputRecord['origin'] }> = [];
  const changed: string[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    await store.transaction(async () => {
      for (const { doc, origin } of items) {
        try {
          const r = await store.putDocument(doc, {
            pipelineVersion: doc.meta.pipeline?.version ?? deps.pipeline.version,
            stages: doc.meta.pipeline?.stages ?? deps.pipeline.stages,
          });
          if (r.status === 'duplicate') s.duplicates[r.duplicateKind ?? 'exact']++;
          else s[r.status]++;
          if (r.status !== 'unchanged') changed.push(r.id);
        } catch (err) {
          problem(origin, (err as { code?: string }).code ?? 'E301', (err as Error).message.replace(/^\[E\d+\] /, ''));
        }
      }
    });
  };

  let lastFile: string | null = null;
  let filesDone = 0;
  for await (const input of deps.read(paths, { stdin: options.stdin })) {
    s.inputs++;
    if (input.origin.file !== lastFile) {
      if (lastFile !== null) filesDone++;
      lastFile = input.origin.file;
    }
    if (!input.ok) {
      problem(input.origin, input.code, input.message);
    } else {
      let res: AnalyzeResult;
      try {
        res = deps.analyze(input);
      } catch (err) {
        res = { ok: false, code: (err as { code?: string }).code ?? 'E004', message: (err as Error).message };
      }
      if (res.ok) {
        if (!res.doc.meta.origin) res.doc.meta.origin = input.origin;
        batch.push({ doc: res.doc, origin: input.origin });
        if (batch.length >= batchSize) await flush();
      } else problem(input.origin, res.code, res.message);
    }
    options.progress?.update(filesDone, s.inputs);
  }
  await flush();
  // Stories, claim clusters and verdicts: once per run, for every document added or changed (see updateTriangulation).
  if (options.triangulate !== false && changed.length > 0) s.triangulation = await updateTriangulation(store, changed);
  s.files = lastFile === null ? 0 : filesDone + 1;
  options.progress?.update(Math.max(s.files, total), s.inputs);
  options.progress?.stop();
  s.seconds = (performance.now() - t0) / 1000;
  const stored = s.added + s.updated + s.unchanged + s.duplicates.exact + s.duplicates.near;
  s.docsPerSecond = s.seconds > 0 ? stored / s.seconds : 0;
  return s;
}

/**
 * A progress bar on stderr when it is a terminal (files/s, ETA); otherwise a plain line every `intervalMs`; nothing when quiet.
 */
export function progressFor(io: Io, quiet: boolean, intervalMs = PLAIN_PROGRESS_INTERVAL_MS): ProgressSink | undefined {
  if (quiet) return undefined;
  let t0 = 0;
  let total = 0;
  if (io.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: io.stderr as NodeJS.WritableStream,
        format: 'ingest {bar} {value}/{total} files | {records} records | {rate} files/s | ETA {eta_formatted}',
        hideCursor: true,
        etaBuffer: 100,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    return {
      start: (n) => {
        t0 = performance.now();
        total = n;
        bar.start(Math.max(n, 1), 0, { records: 0, rate: '0.0' });
      },
      update: (done, records) => {
        const secs = (performance.now() - t0) / 1000;
        if (done > total) bar.setTotal((total = done));
        bar.update(done, { records, rate: secs > 0 ? (done / secs).toFixed(1) : '0.0' });
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    start: (n) => {
      t0 = last = performance.now();
      total = n;
    },
    update: (done, records) => {
      const now = performance.now();
      if (now - last < intervalMs) return;
      last = now;
      const rate = done / ((now - t0) / 1000);
      const eta = rate > 0 && total > done ? ` | ETA ${Math.ceil((total - done) / rate)}s` : '';
      println(io.stderr, `ingest: ${done}/${total} files | ${records} records | ${rate.toFixed(1)} files/s${eta}`);
    },
    stop: () => undefined,
  };
}

function where(p: IngestProblem): string {
  return p.record != null ? `${p.file}:${p.record}` : p.file;
}

/** Prints the summary: counts, then one line per skipped and failed input. */
export function printSummary(io: Io, s: IngestSummary): void {
  const stored = s.added + s.updated + s.unchanged + s.duplicates.exact + s.duplicates.near;
  println(io.stdout, `Ingested ${stored} document${stored === 1 ? '' : 's'} from ${s.files} file${s.files === 1 ? '' : 's'} in ${s.seconds.toFixed(1)} s (${s.docsPerSecond.toFixed(1)} docs/s) into ${s.db}`);
  const rows: Array<[string, number, string?]> = [
    ['added', s.added],
    ['updated', s.updated],
    ['unchanged', s.unchanged],
    ['duplicates', s.duplicates.exact + s.duplicates.near, `(exact ${s.duplicates.exact}, near ${s.duplicates.near})`],
    ['skipped', s.skipped.length],
    ['failed', s.failed.length],
  ];
  for (const [k, v, extra] of rows) println(io.stdout, `  ${k.padEnd(11)}${String(v).padStart(7)}${extra ? '  ' + extra : ''}`);
  const t = s.triangulation;
  if (t && t.mode !== 'none') {
    const what = t.mode === 'rebuild' ? 'rebuilt from all documents' : `re-clustered ${t.documents} documents in the date window`;
    println(io.stdout, `Triangulation (${what}): ${t.stories} stories, ${t.clusters} claim clusters (corroborated ${t.verdicts.corroborated}, single-origin ${t.verdicts['single-origin']}, contested ${t.verdicts.contested}, denied ${t.verdicts.denied})`);
  }
  if (s.skipped.length) {
    println(io.stdout, 'Skipped:');
    for (const p of s.skipped) println(io.stdout, `  ${where(p)}: [${p.code}] ${p.message}`);
  }
  if (s.failed.length) {
    println(io.stdout, 'Failed:');
    for (const p of s.failed) println(io.stdout, `  ${where(p)}: [${p.code}] ${p.message}`);
  }
}

export const run: Command = async (args, io) => {
  const p = parseCommand('ingest', USAGE, args, { quiet: { type: 'boolean', short: 'q', default: false }, batch: { type: 'string' } }, io);
  if (!p) return 2;
  if (p.values.help) {
    printUsage(io, USAGE, [
      'PATHS: files, folders (recursive), globs, - for stdin',
      '--quiet     no progress',
      `--batch N   documents per transaction (default ${DEFAULT_BATCH})`,
    ]);
    return 0;
  }
  const batch = intOption(p.values.batch) ?? DEFAULT_BATCH;
  if (p.positionals.length === 0 || Number.isNaN(batch)) {
    println(io.stderr, `usage: triangulate ${USAGE}`);
    return 2;
  }
  const db = p.values.db ?? DEFAULT_DB;
  const store = await openForCommand('ingest', db, io, true);
  if (!store) return 1;
  return withStore(store, async (st) => {
    let summary: IngestSummary;
    try {
      summary = await ingestPaths(p.positionals, st, { stdin: io.stdin, batch, db, progress: progressFor(io, p.values.quiet) });
    } catch (err) {
      println(io.stderr, `triangulate ingest: ${(err as Error).message}`);
      return 1;
    }
    if (p.values.json) printJson(io, summary);
    else printSummary(io, summary);
    return summary.failed.length ? 1 : 0;
  });
};
