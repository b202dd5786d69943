/**
 * @module Test helper run as a child process (vite-node) by the crash test: ingests a folder into a database.
 * `fake` mode uses the real readers and a stand-in analyzer (optionally slowed), so the test does not depend on the pipeline;
 * `cli` mode runs the real `triangulate ingest`.
 * Arguments come as JSON in $TRIANGULATE_CHILD_ARGS: `["fake"|"cli", DIR, DB, BATCH, DELAY_MS?]` (vite-node would parse flags itself).
 */

import { emptyDocument } from '../../../../core/doc.js';
import type { InputRecord } from '../../../../core/input.js';
import { openSqliteStore } from '../../../../storage/sqlite/index.js';
import { main } from '../../main.js';
import { ingestPaths } from '../ingest.js';

/** A stand-in analyzer: the text as is, one sentence per line and an entity for the first word. */
export function fakeAnalyze(input: InputRecord, delayMs = 0): { ok: true; doc: ReturnType<typeof emptyDocument> } {
  const until = performance.now() + delayMs;
  while (performance.now() < until) {
    // busy-wait: stands in for analysis time so that the parent can kill this process half-way
  }
  const text = input.content.trim();
  const doc = emptyDocument(input.id, text);
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) doc.sentences.push({ start: at, end: at + line.length, text: line, paragraph: doc.sentences.length });
    at += line.length + 1;
  }
  const m = /\p{L}+/u.exec(text);
  if (m) doc.entities.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: 'OTHER', id: `unk:${m[0].toLowerCase()}`, name: m[0] });
  doc.meta.origin = input.origin;
  return { ok: true, doc };
}

async function childMain(): Promise<number> {
  const [mode, dir, db, batch, delay] = JSON.parse(process.env.TRIANGULATE_CHILD_ARGS ?? '[]') as string[];
  if (!dir || !db || !batch) return 2;
  if (mode === 'cli') return main(['ingest', dir, '--db', db, '--quiet', '--json', '--batch', batch]);
  const { expandPaths, readInputs } = await import('../../../../ingest/index.js');
  const store = openSqliteStore(db);
  const s = await ingestPaths([dir], store, {
    batch: Number(batch),
    db,
    deps: { expand: expandPaths, read: readInputs, analyze: (i) => fakeAnalyze(i, Number(delay ?? 0)), pipeline: { version: 'test', stages: ['fake.v1'] } },
  });
  await store.close();
  process.stdout.write(JSON.stringify(s) + '\n');
  return s.failed.length ? 1 : 0;
}

if (process.env.TRIANGULATE_CHILD_ARGS) {
  childMain().then(
    (code) => (process.exitCode = code),
    (err) => {
      process.stderr.write(String(err?.stack ?? err) + '\n');
      process.exitCode = 2;
    },
  );
}
