/** @module The `triangulate` command line: dispatches to one module per command, loaded on demand. */

import { PROCESS_IO, println, type Command, type Io } from './io.js';

/** Commands by name, each loaded lazily so `triangulate analyze` does not pay for the dashboard or the store. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  ingest: { summary: 'ingest PATHS… into the store (files, folders, globs, - for stdin)', load: () => import('./commands/ingest.js') },
  analyze: { summary: 'analyze FILE: X-ray of one article (--json for the Document JSON; --jsonl [--raw] streams)', load: () => import('./commands/analyze.js') },
  search: { summary: 'search QUERY: full-text search over stored documents', load: () => import('./commands/search.js') },
  docs: { summary: 'docs: list stored documents', load: () => import('./commands/docs.js') },
  entities: { summary: 'entities [--type PERSON]: entities across the corpus', load: () => import('./commands/entities.js') },
  entity: { summary: 'entity NAME: every mention of an entity with its document and sentence', load: () => import('./commands/entity.js') },
  places: { summary: 'places: geocoded places across the corpus', load: () => import('./commands/places.js') },
  figures: { summary: 'figures [--category killed] [--about RU]: war figures across the corpus', load: () => import('./commands/figures.js') },
  claims: { summary: 'claims [--side RU] [--source NAME] [--about X] [--hedged] [--denial] [--category C]', load: () => import('./commands/claims.js') },
  triangulate: { summary: 'triangulate: rebuild stories, claim clusters and verdicts from the stored documents', load: () => import('./commands/triangulate.js') },
  stories: { summary: 'stories: articles grouped by happening (dates, size, label, members)', load: () => import('./commands/stories.js') },
  clusters: { summary: 'clusters [--verdict corroborated|single-origin|contested|denied]: claim clusters by evidence score', load: () => import('./commands/clusters.js') },
  cluster: { summary: 'cluster ID: every version of one claim side by side, with the verdict and its reasons', load: () => import('./commands/cluster.js') },
  timeline: { summary: 'timeline --category killed [--about RU]: figures by source and date vs the reference series', load: () => import('./commands/timeline.js') },
  outlets: { summary: 'outlets: per outlet — sides quoted, attribution, hedging, own voice, verdicts, syndication', load: () => import('./commands/outlets.js') },
  eval: { summary: 'eval extraction|ner|time|geo|attribution|stories|claim-clusters: score an extractor on gold data', load: () => import('./commands/eval.js') },
  bench: { summary: 'bench: throughput and peak memory of ingest and the language layer', load: () => import('./commands/bench.js') },
  serve: { summary: 'serve [--host 127.0.0.1] [--port 4173] [--token T] [--open]: the dashboard and HTTP API over the store', load: () => import('./commands/serve.js') },
  start: { summary: 'start [PATHS…]: the main job — ingest the paths (default: ../shared/seeds) and print a summary', load: () => import('./commands/start.js') },
};

function usage(io: Io): void {
  println(io.stdout, 'Usage: triangulate <command> [options]\n');
  println(io.stdout, 'Commands:');
  for (const [name, c] of Object.entries(COMMANDS)) println(io.stdout, `  ${name.padEnd(11)} ${c.summary}`);
  println(io.stdout, '\nCommon options: --db PATH (default ./triangulate.db), --json, --help');
}

/**
 * Runs the CLI.
 * @param argv Arguments after the program name.
 * @param io Streams to use; defaults to the process's.
 * @returns The exit status.
 */
export async function main(argv: string[], io: Io = PROCESS_IO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    usage(io);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    const { PIPELINE_VERSION } = await import('../../pipeline/version.js');
    println(io.stdout, PIPELINE_VERSION);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    println(io.stderr, `triangulate: unknown command "${name}"; run "triangulate --help" for the list`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest, io);
}
