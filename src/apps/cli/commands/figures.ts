/** @module `triangulate figures [--category killed] [--about RU]`: war figures across the corpus, oldest report first. */

import { println, type Command } from '../io.js';
import { intOption, openForCommand, parseCommand, printJson, printTable, printUsage, withStore } from './query-common.js';

const USAGE = 'figures [--category killed] [--about RU] [--limit N] [--db PATH] [--json]';

/** `1,200`, `1,200–1,500`, `~300`. */
function range(low: number | null, high: number | null, approx: boolean): string {
  const f = (n: number): string => n.toLocaleString('en-US');
  const core = low == null ? (high == null ? '?' : `≤${f(high)}`) : high == null || high === low ? f(low) : `${f(low)}–${f(high)}`;
  return (approx ? '~' : '') + core;
}

export const run: Command = async (args, io) => {
  const p = parseCommand('figures', USAGE, args, { category: { type: 'string' }, about: { type: 'string' }, limit: { type: 'string' } }, io);
  if (!p) return 2;
  if (p.values.help) return printUsage(io, USAGE), 0;
  const limit = intOption(p.values.limit) ?? 1000;
  if (Number.isNaN(limit) || p.positionals.length > 0) {
    println(io.stderr, `usage: triangulate ${USAGE}`);
    return 2;
  }
  const store = await openForCommand('figures', p.values.db, io);
  if (!store) return 1;
  return withStore(store, async (s) => {
    const rows = await s.listFigures({ category: p.values.category, about: p.values.about, limit });
    if (p.values.json) return printJson(io, rows), 0;
    printTable(
      io,
      [
        { header: 'date', get: (r) => r.published?.slice(0, 10) },
        { header: 'value', get: (r) => range(r.low, r.high, r.approx), align: 'right' },
        { header: 'unit', get: (r) => r.unit, max: 16 },
        { header: 'category', get: (r) => r.category },
        { header: 'about', get: (r) => r.about },
        { header: 'outlet', get: (r) => r.outlet, max: 20 },
        { header: 'doc', get: (r) => r.docId, max: 28 },
        { header: 'text', get: (r) => r.text },
      ],
      rows,
    );
    return 0;
  });
};
