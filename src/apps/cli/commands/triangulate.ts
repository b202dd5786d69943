/** @module `triangulate triangulate`: rebuilds every story, claim cluster and verdict from the stored documents, in one transaction. */

import { rebuildTriangulation, type TriangulationSummary } from '../../../corpus/triangulation/index.js';
import { DEFAULT_DB, println, type Command, type Io } from '../io.js';
import { openForCommand, parseCommand, printJson, printUsage, withStore } from './query-common.js';

const USAGE = 'triangulate [--db PATH] [--json]';

/** Hint printed by the triangulation query commands when nothing has been triangulated yet. */
export const NOT_TRIANGULATED = 'nothing triangulated yet; run "triangulate ingest PATHS…" or "triangulate triangulate" first';

/** Removes the `e:` / `p:` prefix of a story label feature and an entity id's kind (`e:person:vladimir-putin` → `vladimir-putin`). */
export function labelWord(f: string): string {
  if (f.startsWith('p:')) return f.slice(2);
  if (f.startsWith('e:')) return f.slice(2).replace(/^[a-z]+:/, '');
  return f;
}

/** Prints a rebuild or update summary. */
export function printTriangulationSummary(io: Io, s: TriangulationSummary, db: string): void {
  println(io.stdout, `Triangulated ${s.documents} document${s.documents === 1 ? '' : 's'} in ${s.seconds.toFixed(1)} s into ${db}`);
  const v = s.verdicts;
  const rows: Array<[string, number, string]> = [
    ['stories', s.stories, `(${s.multiDocStories} with more than one document)`],
    ['claims', s.claims, ''],
    ['clusters', s.clusters, `(corroborated ${v.corroborated}, single-origin ${v['single-origin']}, contested ${v.contested}, denied ${v.denied})`],
  ];
  for (const [k, n, extra] of rows) println(io.stdout, `  ${k.padEnd(11)}${String(n).padStart(7)}${extra ? '  ' + extra : ''}`);
}

export const run: Command = async (args, io) => {
  const p = parseCommand('triangulate', USAGE, args, {}, io);
  if (!p) return 2;
  if (p.values.help) return printUsage(io, USAGE, ['Rebuilds stories, claim clusters and verdicts from scratch from the stored documents.']), 0;
  if (p.positionals.length > 0) {
    println(io.stderr, `usage: triangulate ${USAGE}`);
    return 2;
  }
  const db = p.values.db ?? DEFAULT_DB;
  const store = await openForCommand('triangulate', db, io);
  if (!store) return 1;
  return withStore(store, async (s) => {
    const summary = await rebuildTriangulation(s);
    if (p.values.json) printJson(io, summary);
    else printTriangulationSummary(io, summary, db);
    return 0;
  });
};
