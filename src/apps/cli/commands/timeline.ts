/** @module `triangulate timeline --category killed [--about RU]`: every figure of a category by source and date, compared with the reference series. */

import { buildTimeline, type TimelineRow } from '../../queries/timeline.js';
import { println, type Command } from '../io.js';
import { openForCommand, parseCommand, printJson, printTable, printUsage, withStore } from './query-common.js';

const USAGE = 'timeline --category C [--about RU] [--db PATH] [--json]';


const fmt = (n: number | null): string => (n === null ? '?' : Math.round(n).toLocaleString('en-US'));

function flags(p: TimelineRow): string {
  const f = p.reference.filter((r) => r.flag === 'far-above' || r.flag === 'far-below').map((r) => `${r.flag} ${r.series}`);
  if (p.hedged) f.push('hedged');
  if (p.contested) f.push('contested');
  return f.join(', ');
}

export const run: Command = async (args, io) => {
  const p = parseCommand('timeline', USAGE, args, { category: { type: 'string' }, about: { type: 'string' } }, io);
  if (!p) return 2;
  if (p.values.help) return printUsage(io, USAGE, ['--category C  figure category (killed, wounded, refugees, tanks…)', '--about X     whose figures (RU, UA, …); default every subject']), 0;
  const category = p.values.category;
  if (!category || p.positionals.length > 0) {
    println(io.stderr, `usage: triangulate ${USAGE}`);
    return 2;
  }
  const about = p.values.about ?? null;
  const store = await openForCommand('timeline', p.values.db, io);
  if (!store) return 1;
  return withStore(store, async (s) => {
    const tl = await buildTimeline(s, category, about);
    const points = tl.points;
    if (p.values.json) return printJson(io, tl), 0;
    if (points.length === 0) {
      println(io.stdout, `No ${category} figures${about ? ` about ${about}` : ''} in claims.`);
      return 0;
    }
    println(
      io.stdout,
      `${category}${about ? ` about ${about}` : ''}: ${points.length} figure${points.length === 1 ? '' : 's'}, ${fmt(tl.min)} … ${fmt(tl.max)}; ` +
        `${tl.flagged} far from the reference; ${points.filter((x) => x.contested).length} in contested clusters`,
    );
    printTable(
      io,
      [
        { header: 'date', get: (r) => r.date ?? 'undated' },
        { header: 'value', get: (r) => fmt(r.value), align: 'right' },
        { header: 'change', get: (r) => (r.change === null ? '' : (r.change > 0 ? '+' : '') + fmt(r.change)), align: 'right' },
        { header: 'source', get: (r) => r.source ?? '(outlet itself)', max: 28 },
        { header: 'side', get: (r) => r.side },
        { header: 'outlet', get: (r) => r.outlet ?? '(unknown)', max: 20 },
        { header: 'reference', get: (r) => r.reference.map((x) => `${x.series} ${fmt(x.value)} ×${x.ratio}`).join('; '), max: 40 },
        { header: 'flags', get: flags },
        { header: 'figure', get: (r) => r.figure.text },
      ],
      points,
    );
    return 0;
  });
};
