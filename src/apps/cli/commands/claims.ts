/** @module `triangulate claims`: claims across the corpus, filtered by side, source, what they are about, hedge, denial, figure category. */

import { SIDES, type Side } from '../../../core/doc.js';
import type { ClaimFilter } from '../../../storage/contract.js';
import { println, type Command } from '../io.js';
import { intOption, openForCommand, parseCommand, printJson, printTable, printUsage, withStore } from './query-common.js';

const USAGE = 'claims [--side RU] [--source NAME] [--about PLACE|ENTITY] [--hedged] [--denial] [--category killed] [--limit N] [--db PATH] [--json]';

export const run: Command = async (args, io) => {
  const p = parseCommand(
    'claims',
    USAGE,
    args,
    {
      side: { type: 'string' },
      source: { type: 'string' },
      about: { type: 'string' },
      hedged: { type: 'boolean' },
      denial: { type: 'boolean' },
      category: { type: 'string' },
      limit: { type: 'string' },
    },
    io,
  );
  if (!p) return 2;
  if (p.values.help) return printUsage(io, USAGE, [`--side one of ${SIDES.join(' ')}`]), 0;
  const side = p.values.side?.toUpperCase() as Side | undefined;
  const limit = intOption(p.values.limit) ?? 1000;
  if ((side && !SIDES.includes(side)) || Number.isNaN(limit) || p.positionals.length > 0) {
    if (side && !SIDES.includes(side)) println(io.stderr, `triangulate claims: unknown side "${p.values.side}"; one of ${SIDES.join(' ')}`);
    println(io.stderr, `usage: triangulate ${USAGE}`);
    return 2;
  }
  const filter: ClaimFilter = { limit };
  if (side) filter.side = side;
  if (p.values.source) filter.source = p.values.source;
  if (p.values.about) filter.about = p.values.about;
  if (p.values.hedged) filter.hedged = true;
  if (p.values.denial) filter.denial = true;
  if (p.values.category) filter.category = p.values.category;
  const store = await openForCommand('claims', p.values.db, io);
  if (!store) return 1;
  return withStore(store, async (s) => {
    const rows = await s.listClaims(filter);
    if (p.values.json) return printJson(io, rows), 0;
    printTable(
      io,
      [
        { header: 'date', get: (r) => r.published?.slice(0, 10) },
        { header: 'side', get: (r) => r.side },
        { header: 'source', get: (r) => r.sourceName ?? '(unattributed)', max: 28 },
        { header: 'cue', get: (r) => r.cue, max: 16 },
        { header: 'flags', get: (r) => [r.hedged ? 'hedged' : '', r.denial ? 'denial' : '', ...r.categories].filter(Boolean).join(',') },
        { header: 'doc', get: (r) => r.docId, max: 24 },
        { header: 'claim', get: (r) => r.text },
      ],
      rows,
    );
    return 0;
  });
};
