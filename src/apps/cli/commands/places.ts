/** @module `triangulate places`: geocoded places across the corpus, most mentioned first. */

import { println, type Command } from '../io.js';
import { intOption, openForCommand, parseCommand, printJson, printTable, printUsage, withStore } from './query-common.js';

const USAGE = 'places [--limit N] [--db PATH] [--json]';

export const run: Command = async (args, io) => {
  const p = parseCommand('places', USAGE, args, { limit: { type: 'string' } }, io);
  if (!p) return 2;
  if (p.values.help) return printUsage(io, USAGE), 0;
  const limit = intOption(p.values.limit) ?? 1000;
  if (Number.isNaN(limit) || p.positionals.length > 0) {
    println(io.stderr, `usage: triangulate ${USAGE}`);
    return 2;
  }
  const store = await openForCommand('places', p.values.db, io);
  if (!store) return 1;
  return withStore(store, async (s) => {
    const rows = await s.listPlaces({ limit });
    if (p.values.json) return printJson(io, rows), 0;
    printTable(
      io,
      [
        { header: 'place', get: (r) => r.name, max: 36 },
        { header: 'country', get: (r) => r.country },
        { header: 'lat', get: (r) => r.lat.toFixed(3), align: 'right' },
        { header: 'lon', get: (r) => r.lon.toFixed(3), align: 'right' },
        { header: 'mentions', get: (r) => r.mentions, align: 'right' },
        { header: 'docs', get: (r) => r.documents, align: 'right' },
        { header: 'region', get: (r) => r.admin1 },
      ],
      rows,
    );
    return 0;
  });
};
