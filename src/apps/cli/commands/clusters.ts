/** @module `triangulate clusters [--verdict V]`: claim clusters with their verdicts, highest evidence score first. */

import type { VerdictLabel } from '../../../storage/contract.js';
import { println, type Command } from '../io.js';
import { intOption, openForCommand, parseCommand, printJson, printTable, printUsage, withStore } from './query-common.js';
import { NOT_TRIANGULATED } from './triangulate.js';

const USAGE = 'clusters [--verdict corroborated|single-origin|contested|denied] [--category C] [--limit N] [--db PATH] [--json]';

/** The verdict labels `--verdict` accepts. */
export const VERDICTS: readonly VerdictLabel[] = ['corroborated', 'single-origin', 'contested', 'denied'];

export const run: Command = async (args, io) => {
  const p = parseCommand('clusters', USAGE, args, { verdict: { type: 'string' }, category: { type: 'string' }, limit: { type: 'string' } }, io);
  if (!p) return 2;
  if (p.values.help) return printUsage(io, USAGE, ['Sorted by evidence score; "triangulate cluster ID" shows every version of one claim.']), 0;
  const limit = intOption(p.values.limit) ?? 1000;
  const verdict = p.values.verdict;
  if (Number.isNaN(limit) || p.positionals.length > 0 || (verdict !== undefined && !VERDICTS.includes(verdict as VerdictLabel))) {
    if (verdict !== undefined && !VERDICTS.includes(verdict as VerdictLabel)) println(io.stderr, `triangulate clusters: unknown verdict "${verdict}"; one of ${VERDICTS.join(', ')}`);
    println(io.stderr, `usage: triangulate ${USAGE}`);
    return 2;
  }
  const store = await openForCommand('clusters', p.values.db, io);
  if (!store) return 1;
  return withStore(store, async (s) => {
    const rows = await s.listClaimClusters({ verdict: verdict as VerdictLabel | undefined, category: p.values.category, limit });
    if (p.values.json) return printJson(io, rows), 0;
    if (rows.length === 0) {
      const any = (await s.listClaimClusters({ limit: 1 })).length > 0;
      println(io.stdout, any ? 'No claim clusters match.' : `No claim clusters: ${NOT_TRIANGULATED}`);
      return 0;
    }
    printTable(
      io,
      [
        { header: 'score', get: (r) => r.verdict.score.toFixed(2), align: 'right' },
        { header: 'verdict', get: (r) => r.verdict.label },
        { header: 'origins', get: (r) => r.verdict.independentOrigins, align: 'right' },
        { header: 'claims', get: (r) => r.size, align: 'right' },
        { header: 'sides', get: (r) => r.sides.join(','), max: 16 },
        { header: 'outlets', get: (r) => r.outlets.length, align: 'right' },
        { header: 'first', get: (r) => r.first },
        { header: 'id', get: (r) => r.id },
        { header: 'claim', get: (r) => r.text },
      ],
      rows,
    );
    return 0;
  });
};
