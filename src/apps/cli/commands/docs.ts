/** @module `triangulate docs`: lists stored documents (id, date, outlet, title, language, duplicate of). */

import type { Command } from '../io.js';
import { intOption, openForCommand, parseCommand, printJson, printTable, printUsage, withStore } from './query-common.js';

const USAGE = 'docs [--outlet NAME] [--limit N] [--offset N] [--db PATH] [--json]';

export const run: Command = async (args, io) => {
  const p = parseCommand('docs', USAGE, args, { outlet: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' } }, io);
  if (!p) return 2;
  if (p.values.help) return printUsage(io, USAGE, ['--outlet NAME  only this outlet', '--limit N      at most N (default 100)']), 0;
  const limit = intOption(p.values.limit) ?? 100;
  const offset = p.values.offset === '0' ? 0 : (intOption(p.values.offset) ?? 0);
  if (Number.isNaN(limit) || Number.isNaN(offset) || p.positionals.length > 0) {
    io.stderr.write(`usage: triangulate ${USAGE}\n`);
    return 2;
  }
  const store = await openForCommand('docs', p.values.db, io);
  if (!store) return 1;
  return withStore(store, async (s) => {
    const docs = await s.listDocuments({ limit, offset, outlet: p.values.outlet });
    if (p.values.json) printJson(io, docs);
    else
      printTable(
        io,
        [
          { header: 'id', get: (d) => d.id, max: 40 },
          { header: 'date', get: (d) => d.published?.slice(0, 10) },
          { header: 'outlet', get: (d) => d.outlet, max: 24 },
          { header: 'lang', get: (d) => d.language },
          { header: 'duplicate of', get: (d) => d.duplicateOf, max: 30 },
          { header: 'title', get: (d) => d.title },
        ],
        docs,
      );
    return 0;
  });
};
