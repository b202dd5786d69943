/** @module `triangulate outlets`: how each outlet reports — whom it quotes, how much it attributes and hedges, and what became of its claims. */

import { println, type Command } from '../io.js';
import { openForCommand, parseCommand, printJson, printTable, printUsage, withStore } from './query-common.js';

const USAGE = 'outlets [--db PATH] [--json]';

const pct = (n: number, d: number): string => (d > 0 ? `${Math.round((100 * n) / d)}%` : '—');

export const run: Command = async (args, io) => {
  const p = parseCommand('outlets', USAGE, args, {}, io);
  if (!p) return 2;
  if (p.values.help) {
    return (
      printUsage(io, USAGE, [
        'Per outlet: claims per side quoted, share attributed, hedged, own voice, single-origin, later contradicted,',
        'and syndication partners (outlets whose documents it copies, ← , or that copy it, →).',
      ]),
      0
    );
  }
  if (p.positionals.length > 0) {
    println(io.stderr, `usage: triangulate ${USAGE}`);
    return 2;
  }
  const store = await openForCommand('outlets', p.values.db, io);
  if (!store) return 1;
  return withStore(store, async (s) => {
    const rows = await s.outletStats();
    if (p.values.json) return printJson(io, rows), 0;
    if (rows.length === 0) {
      println(io.stdout, 'No claims stored.');
      return 0;
    }
    printTable(
      io,
      [
        { header: 'outlet', get: (r) => r.outlet, max: 28 },
        { header: 'claims', get: (r) => r.claims, align: 'right' },
        { header: 'attributed', get: (r) => pct(r.attributed, r.claims), align: 'right' },
        { header: 'hedged', get: (r) => pct(r.hedged, r.claims), align: 'right' },
        { header: 'own voice', get: (r) => r.ownVoice, align: 'right' },
        { header: 'single-origin', get: (r) => r.singleOrigin, align: 'right' },
        { header: 'contradicted', get: (r) => r.laterContradicted, align: 'right' },
        {
          header: 'sides quoted',
          get: (r) =>
            Object.entries(r.bySide)
              .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
              .map(([k, n]) => `${k} ${n}`)
              .join(', '),
          max: 48,
        },
        { header: 'syndication', get: (r) => r.syndication.map((x) => `${x.outlet}${x.from ? ` ←${x.from}` : ''}${x.to ? ` →${x.to}` : ''}`).join('; ') },
      ],
      rows,
    );
    return 0;
  });
};
