/** @module `triangulate entity NAME`: every mention of an entity, with its document and the sentence that contains it. */

import { println, type Command } from '../io.js';
import { intOption, openForCommand, parseCommand, printJson, printUsage, withStore } from './query-common.js';

const USAGE = 'entity NAME|ID [--limit N] [--db PATH] [--json]';

export const run: Command = async (args, io) => {
  const p = parseCommand('entity', USAGE, args, { limit: { type: 'string' } }, io);
  if (!p) return 2;
  if (p.values.help) return printUsage(io, USAGE, ['NAME: canonical id (person:…), canonical name or the text of a mention']), 0;
  const name = p.positionals.join(' ').trim();
  const limit = intOption(p.values.limit) ?? 1000;
  if (!name || Number.isNaN(limit)) {
    println(io.stderr, `usage: triangulate ${USAGE}`);
    return 2;
  }
  const store = await openForCommand('entity', p.values.db, io);
  if (!store) return 1;
  return withStore(store, async (s) => {
    const rows = await s.entityMentions(name, { limit });
    if (p.values.json) return printJson(io, rows), 0;
    if (rows.length === 0) {
      println(io.stdout, `no mentions of ${JSON.stringify(name)}`);
      return 0;
    }
    const ids = [...new Set(rows.map((r) => `${r.name} (${r.entityId})`))];
    const docs = new Set(rows.map((r) => r.docId)).size;
    println(io.stdout, `${ids.join(', ')}: ${rows.length} mention${rows.length === 1 ? '' : 's'} in ${docs} document${docs === 1 ? '' : 's'}`);
    let last = '';
    for (const r of rows) {
      if (r.docId !== last) {
        last = r.docId;
        println(io.stdout, `\n${r.published?.slice(0, 10) ?? '????-??-??'}  ${r.title ?? '(untitled)'}  [${r.docId}]`);
      }
      const a = r.start - r.sentence.start;
      const b = r.end - r.sentence.start;
      const sent = r.sentence.text;
      println(io.stdout, `  ${(sent.slice(0, a) + '[' + sent.slice(a, b) + ']' + sent.slice(b)).replace(/\s+/g, ' ')}`);
    }
    return 0;
  });
};
