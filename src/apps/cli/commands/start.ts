/** @module `triangulate start [PATHS…]`: the main job — ingest the paths (default: the shared seeds), print a corpus overview, then serve the dashboard. */

import { sharedPath } from '../../../core/paths.js';
import type { StoreStats } from '../../../storage/contract.js';
import { DEFAULT_DB, println, type Command, type Io } from '../io.js';
import { DEFAULT_BATCH, ingestPaths, printSummary, progressFor, type IngestSummary } from './ingest.js';
import { openForCommand, parseCommand, printJson, printUsage, withStore } from './query-common.js';
import { SERVER_CACHE_MB } from '../../server/listen.js';
import { SERVE_HELP, SERVE_OPTIONS, serveSettings, serveUntilSignal } from './serve.js';

const USAGE = 'start [PATHS…] [--db PATH] [--json] [--quiet] [--no-serve] [--host H] [--port N] [--token T] [--open]';

/** Prints the corpus overview: documents, duplicates, outlets, date range, languages, layer counts, claims per side. */
export function printOverview(io: Io, s: StoreStats): void {
  println(io.stdout, '');
  println(io.stdout, 'Corpus');
  const range = s.firstPublished ? `${s.firstPublished.slice(0, 10)} … ${(s.lastPublished ?? s.firstPublished).slice(0, 10)}` : 'unknown';
  const langs = Object.entries(s.languages).map(([l, n]) => `${l} ${n}`).join(', ');
  const sides = Object.entries(s.claimsBySide).map(([k, n]) => `${k} ${n}`).join(', ');
  const lines: Array<[string, string]> = [
    ['documents', `${s.documents} (duplicates: exact ${s.duplicates.exact}, near ${s.duplicates.near})`],
    ['outlets', String(s.outlets)],
    ['published', range],
    ['languages', langs || '—'],
    ['entities', `${s.entities} mentions`],
    ['places', `${s.places} mentions`],
    ['figures', String(s.figures)],
    ['claims', `${s.claims}${sides ? ` (by side: ${sides})` : ''}`],
  ];
  for (const [k, v] of lines) println(io.stdout, `  ${k.padEnd(11)}${v}`);
}

export const run: Command = async (args, io) => {
  const p = parseCommand('start', USAGE, args, { quiet: { type: 'boolean', short: 'q', default: false }, 'no-serve': { type: 'boolean', default: false }, ...SERVE_OPTIONS }, io);
  if (!p) return 2;
  if (p.values.help) {
    return printUsage(io, USAGE, ['PATHS default to the shared seed articles (../shared/seeds or $TRIANGULATE_SHARED/seeds)', '--no-serve  stop after the overview instead of serving the dashboard', ...SERVE_HELP]), 0;
  }
  const settings = serveSettings('start', p.values, io);
  if (!settings) return 2;
  const paths = p.positionals.length ? p.positionals : [sharedPath('seeds')];
  const db = p.values.db ?? DEFAULT_DB;
  const store = await openForCommand('start', db, io, true, { cacheMb: SERVER_CACHE_MB });
  if (!store) return 1;
  return withStore(store, async (st) => {
    let summary: IngestSummary;
    try {
      summary = await ingestPaths(paths, st, { stdin: io.stdin, batch: DEFAULT_BATCH, db, progress: progressFor(io, p.values.quiet) });
    } catch (err) {
      println(io.stderr, `triangulate start: ${(err as Error).message}`);
      return 1;
    }
    const overview = await st.stats();
    if (p.values.json) printJson(io, { ingest: summary, corpus: overview });
    else {
      printSummary(io, summary);
      printOverview(io, overview);
    }
    const status = summary.failed.length ? 1 : 0;
    if (p.values['no-serve']) return status;
    const served = await serveUntilSignal('start', st, settings, io, p.values.json);
    return served || status;
  });
};
