/** @module `triangulate stories`: the stories (articles about one happening) with dates, size, label words and members. */

import { println, type Command } from '../io.js';
import { intOption, openForCommand, parseCommand, printJson, printUsage, withStore } from './query-common.js';
import { labelWord, NOT_TRIANGULATED } from './triangulate.js';

const USAGE = 'stories [--limit N] [--db PATH] [--json]';

export const run: Command = async (args, io) => {
  const p = parseCommand('stories', USAGE, args, { limit: { type: 'string' } }, io);
  if (!p) return 2;
  if (p.values.help) return printUsage(io, USAGE, ['Largest stories first; each with its member articles (date, outlet, title).']), 0;
  const limit = intOption(p.values.limit) ?? 100;
  if (Number.isNaN(limit) || p.positionals.length > 0) {
    println(io.stderr, `usage: triangulate ${USAGE}`);
    return 2;
  }
  const store = await openForCommand('stories', p.values.db, io);
  if (!store) return 1;
  return withStore(store, async (s) => {
    const stories = await s.listStories({ limit });
    if (p.values.json) return printJson(io, stories), 0;
    if (stories.length === 0) {
      println(io.stdout, `No stories: ${NOT_TRIANGULATED}`);
      return 0;
    }
    for (const st of stories) {
      const dates = st.first ? (st.last && st.last !== st.first ? `${st.first} … ${st.last}` : st.first) : 'undated';
      println(io.stdout, `${st.id}  ${dates}  ${st.size} article${st.size === 1 ? '' : 's'}  [${st.label.map(labelWord).join(', ')}]`);
      for (const m of st.members) {
        println(io.stdout, `  - ${m.published?.slice(0, 10) ?? 'undated'}  ${m.outlet ?? '(unknown outlet)'}  ${(m.title ?? m.docId).replace(/\s+/g, ' ').trim()}`);
      }
    }
    return 0;
  });
};
