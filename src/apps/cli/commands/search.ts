/** @module `triangulate search QUERY`: full-text search over stored documents, with the matching passage. */

import { println, type Command } from '../io.js';
import { intOption, openForCommand, parseCommand, printJson, printUsage, withStore } from './query-common.js';

const USAGE = 'search QUERY… [--limit N] [--db PATH] [--json]';

export const run: Command = async (args, io) => {
  const p = parseCommand('search', USAGE, args, { limit: { type: 'string' } }, io);
  if (!p) return 2;
  if (p.values.help) return printUsage(io, USAGE, ['words are ANDed; "a phrase" in quotes; -word excludes']), 0;
  const limit = intOption(p.values.limit) ?? 20;
  const query = p.positionals.join(' ').trim();
  if (!query || Number.isNaN(limit)) {
    println(io.stderr, `usage: triangulate ${USAGE}`);
    return 2;
  }
  const store = await openForCommand('search', p.values.db, io);
  if (!store) return 1;
  return withStore(store, async (s) => {
    const hits = await s.search(query, { limit });
    if (p.values.json) return printJson(io, hits), 0;
    if (hits.length === 0) println(io.stdout, `no documents match ${JSON.stringify(query)}`);
    hits.forEach((h, i) => {
      const where = [h.outlet, h.published?.slice(0, 10)].filter(Boolean).join(', ');
      println(io.stdout, `${i + 1}. ${h.title ?? '(untitled)'}${where ? ` — ${where}` : ''}  [${h.id}]`);
      println(io.stdout, `   ${h.snippet}`);
    });
    return 0;
  });
};
