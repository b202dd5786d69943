/** @module `triangulate cluster ID`: every version of one claim side by side (outlet, source, side, date, exact text) with the verdict and its reasons. */

import type { Document } from '../../../core/doc.js';
import type { ClaimClusterDetail, Store } from '../../../storage/contract.js';
import { sentenceBounds } from '../../../storage/sqlite/layers.js';
import { println, type Command } from '../io.js';
import { openForCommand, parseCommand, printJson, printTable, printUsage, withStore } from './query-common.js';

const USAGE = 'cluster ID [--db PATH] [--json]';

/** One version of the claim: the member row with the sentence that holds it. */
export type ClusterVersion = ClaimClusterDetail['members'][number] & { sentence: { start: number; end: number; text: string } | null };

/** Adds to each member the exact sentence of its document that holds the claim (null when the document is gone). */
async function withSentences(store: Store, c: ClaimClusterDetail): Promise<ClusterVersion[]> {
  const docs = new Map<string, Document | null>();
  const out: ClusterVersion[] = [];
  for (const m of c.members) {
    if (!docs.has(m.docId)) docs.set(m.docId, await store.getDocument(m.docId));
    const d = docs.get(m.docId);
    let sentence: ClusterVersion['sentence'] = null;
    if (d) {
      const [s, e] = sentenceBounds(d, m.start, m.end);
      sentence = { start: s, end: e, text: d.text.slice(s, e) };
    }
    out.push({ ...m, sentence });
  }
  return out;
}

function flags(m: ClusterVersion): string {
  return [m.hedged ? 'hedged' : '', m.denial ? 'denial' : '', m.contradictedLater ? 'contradicted-later' : ''].filter(Boolean).join(',');
}

export const run: Command = async (args, io) => {
  const p = parseCommand('cluster', USAGE, args, {}, io);
  if (!p) return 2;
  if (p.values.help) return printUsage(io, USAGE, ['ID: a claim cluster id from "triangulate clusters"']), 0;
  if (p.positionals.length !== 1) {
    println(io.stderr, `usage: triangulate ${USAGE}`);
    return 2;
  }
  const id = p.positionals[0]!;
  const store = await openForCommand('cluster', p.values.db, io);
  if (!store) return 1;
  return withStore(store, async (s) => {
    const c = await s.getClaimCluster(id);
    if (!c) {
      println(io.stderr, `triangulate cluster: no claim cluster "${id}"; run "triangulate clusters" for the ids`);
      return 1;
    }
    const versions = await withSentences(s, c);
    if (p.values.json) return printJson(io, { ...c, members: versions }), 0;
    const v = c.verdict;
    println(io.stdout, `${c.id}: ${v.label} (score ${v.score.toFixed(2)}, ${v.independentOrigins} independent origin${v.independentOrigins === 1 ? '' : 's'})`);
    if (c.key) println(io.stdout, `key: ${c.key}`);
    if (c.categories.length) println(io.stdout, `figures: ${c.categories.join(', ')}`);
    println(io.stdout, 'Reasons:');
    for (const r of v.reasons) println(io.stdout, `  - ${r}`);
    println(io.stdout, '');
    println(io.stdout, `Versions (${versions.length}):`);
    printTable(
      io,
      [
        { header: '#', get: (m) => versions.indexOf(m) + 1, align: 'right' },
        { header: 'date', get: (m) => m.published?.slice(0, 10) ?? 'undated' },
        { header: 'outlet', get: (m) => m.outlet ?? '(unknown)', max: 24 },
        { header: 'source', get: (m) => m.sourceName ?? m.sourceText ?? '(outlet itself)', max: 32 },
        { header: 'side', get: (m) => m.side },
        { header: 'flags', get: flags },
        { header: 'claim', get: (m) => m.text },
      ],
      versions,
    );
    println(io.stdout, '');
    println(io.stdout, 'Sentences:');
    versions.forEach((m, i) => println(io.stdout, `  [${i + 1}] ${m.docId}: ${(m.sentence?.text ?? m.text).replace(/\s+/g, ' ')}`));
    return 0;
  });
};
