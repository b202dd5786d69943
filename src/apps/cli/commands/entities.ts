/** @module `triangulate entities [--type PERSON]`: entities across the corpus, grouped by canonical id, most mentioned first. */

import type { EntityType } from '../../../core/doc.js';
import { println, type Command } from '../io.js';
import { intOption, openForCommand, parseCommand, printJson, printTable, printUsage, withStore } from './query-common.js';

const USAGE = 'entities [--type PERSON|ORG|PLACE|GROUP|OTHER] [--limit N] [--db PATH] [--json]';
const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'OTHER'];

export const run: Command = async (args, io) => {
  const p = parseCommand('entities', USAGE, args, { type: { type: 'string' }, limit: { type: 'string' } }, io);
  if (!p) return 2;
  if (p.values.help) return printUsage(io, USAGE), 0;
  const type = p.values.type?.toUpperCase() as EntityType | undefined;
  const limit = intOption(p.values.limit) ?? 100;
  if ((type && !TYPES.includes(type)) || Number.isNaN(limit) || p.positionals.length > 0) {
    println(io.stderr, `usage: triangulate ${USAGE}`);
    return 2;
  }
  const store = await openForCommand('entities', p.values.db, io);
  if (!store) return 1;
  return withStore(store, async (s) => {
    const rows = await s.listEntities({ type, limit });
    if (p.values.json) return printJson(io, rows), 0;
    printTable(
      io,
      [
        { header: 'name', get: (e) => e.name, max: 40 },
        { header: 'type', get: (e) => e.type },
        { header: 'side', get: (e) => e.side },
        { header: 'mentions', get: (e) => e.mentions, align: 'right' },
        { header: 'docs', get: (e) => e.documents, align: 'right' },
        { header: 'id', get: (e) => e.id },
      ],
      rows,
    );
    return 0;
  });
};
