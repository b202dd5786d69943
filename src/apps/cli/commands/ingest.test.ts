/** @module Tests of `triangulate ingest`: counts, usage errors, progress, and crash safety (SIGKILL half-way, then re-run). */

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../core/paths.js';
import { openSqliteStore } from '../../../storage/sqlite/index.js';
import { main } from '../main.js';
import { ingestPaths, progressFor, type IngestSummary } from './ingest.js';
import { captureIo } from './testing/capture-io.js';
import { fakeAnalyze } from './testing/ingest-child.js';

const VOCAB = (
  'army front city village shelling drone missile attack defence ministry governor region border night morning civilians ' +
  'soldiers killed wounded report statement official spokesman forces troops tank artillery bridge railway power station ' +
  'energy grid water school hospital market convoy aid refugees evacuation talks ceasefire sanctions grain port ship sea'
).split(' ');

/** A deterministic pseudo-random article of `n` words (different seeds share no long word runs). */
function article(seed: number, n = 160): string {
  let x = seed * 2654435761;
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + i) >>> 0;
    words.push(VOCAB[x % VOCAB.length]!);
  }
  const lines: string[] = [`Report ${seed}`];
  for (let i = 0; i < n; i += 20) lines.push(words.slice(i, i + 20).join(' ') + '.');
  return lines.join('\n') + '\n';
}

const pipelineReady = await import('../../../pipeline/analyze.js').then(
  () => true,
  () => false,
);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'triangulate-ingest-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const FAKE = { analyze: (i: Parameters<typeof fakeAnalyze>[0]) => fakeAnalyze(i), pipeline: { version: 'test', stages: ['fake.v1'] } };

describe('ingestPaths (real readers, stand-in analyzer)', () => {
  it('counts added, duplicates, skipped and failed inputs, and a re-run changes nothing', async () => {
    const dir = path.join(tmp, 'mixed');
    mkdirSync(dir);
    for (let i = 0; i < 5; i++) writeFileSync(path.join(dir, `a${i}.txt`), article(i));
    writeFileSync(path.join(dir, 'copy.txt'), article(2));
    writeFileSync(path.join(dir, 'near.txt'), article(3).replace(/\n$/, '\nThis story was first published by another outlet.\n'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0, 0, 0, 1, 2]));
    const store = openSqliteStore(path.join(tmp, 'mixed.db'));
    const first = await ingestPaths([dir], store, { batch: 3, deps: FAKE });
    expect(first).toMatchObject({ added: 5, updated: 0, unchanged: 0, duplicates: { exact: 1, near: 1 }, files: 9, inputs: 9 });
    expect(first.skipped.map((p) => [path.basename(p.file), p.code])).toEqual([['empty.txt', 'E101']]);
    expect(first.failed.map((p) => [path.basename(p.file), p.code])).toEqual([['binary.txt', 'E102']]);
    const again = await ingestPaths([dir], store, { batch: 3, deps: FAKE });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 7, duplicates: { exact: 0, near: 0 } });
    const next = await ingestPaths([dir], store, { batch: 3, deps: { ...FAKE, pipeline: { version: 'test-2', stages: ['fake.v1'] } } });
    expect(next).toMatchObject({ added: 0, updated: 7, unchanged: 0 });
    expect((await store.stats()).documents).toBe(7);
    await store.close();
  });
});

describe('progress', () => {
  it('prints plain periodic lines when stderr is not a terminal, and nothing when quiet', async () => {
    const dir = path.join(tmp, 'progress');
    mkdirSync(dir);
    for (let i = 0; i < 3; i++) writeFileSync(path.join(dir, `p${i}.txt`), article(300 + i));
    const store = openSqliteStore(':memory:');
    const c = captureIo();
    await ingestPaths([dir], store, { deps: FAKE, progress: progressFor(c.io, false, 0) });
    expect(c.err()).toMatch(/^ingest: \d\/3 files \| \d records \| [\d.]+ files\/s/m);
    expect(progressFor(c.io, true)).toBeUndefined();
    await store.close();
  });
});

describe('triangulate ingest (command)', () => {
  it.each([[['ingest']], [['ingest', '--bogus', 'x']], [['ingest', 'x', '--batch', 'many']]])('%j is a usage error (2)', async (argv) => {
    const c = captureIo();
    expect(await main(argv, c.io)).toBe(2);
    expect(c.err()).toContain('usage: triangulate ingest');
  });

  it.skipIf(!pipelineReady)('ingests text files through the real pipeline, prints the summary, exits 1 on a failed input', async () => {
    const dir = path.join(tmp, 'cli');
    mkdirSync(dir);
    for (let i = 0; i < 3; i++) writeFileSync(path.join(dir, `n${i}.txt`), article(100 + i));
    writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 9, 0]));
    const db = path.join(tmp, 'cli.db');
    const c = captureIo();
    expect(await main(['ingest', dir, '--db', db, '--quiet'], c.io)).toBe(1);
    expect(c.out()).toMatch(/added\s+3/);
    expect(c.out()).toMatch(/failed\s+1/);
    expect(c.out()).toMatch(/bad\.txt: \[E102\]/);
    const j = captureIo();
    expect(await main(['ingest', path.join(dir, 'n*.txt'), '--db', db, '--json'], j.io)).toBe(0);
    expect(JSON.parse(j.out())).toMatchObject({ unchanged: 3, added: 0, failed: [] });
  });

  it.skipIf(!pipelineReady)('reads an article from stdin (-)', async () => {
    const c = captureIo({ stdin: article(400) });
    expect(await main(['ingest', '-', '--db', path.join(tmp, 'stdin.db'), '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out())).toMatchObject({ added: 1, failed: [] });
  });

  it.skipIf(!pipelineReady)('draws a progress bar with files/s on a terminal', async () => {
    const dir = path.join(tmp, 'tty');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'one.txt'), article(200));
    const c = captureIo({ tty: true });
    expect(await main(['ingest', dir, '--db', path.join(tmp, 'tty.db')], c.io)).toBe(0);
    expect(c.err()).toMatch(/files\/s/);
  });
});

/** Runs the child ingester; resolves with its exit code and stdout. */
function child(args: string[], onSpawn?: (pid: number) => void): Promise<{ code: number | null; signal: string | null; out: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/vite-node/vite-node.mjs'), path.join(REPO_ROOT, 'src/apps/cli/commands/testing/ingest-child.ts')], {
      cwd: REPO_ROOT,
      env: { ...process.env, TRIANGULATE_CHILD_ARGS: JSON.stringify(args) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += String(d)));
    p.stderr.on('data', (d) => (err += String(d)));
    p.on('error', reject);
    p.on('exit', (code, signal) => (code === 2 ? reject(new Error(err)) : resolve({ code, signal, out })));
    if (p.pid) onSpawn?.(p.pid);
  });
}

function count(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

/** Every stored document has exactly the layer rows its JSON lists, and one full-text index row. */
function expectWholeDocuments(db: Database.Database, docs: number): void {
  for (const layer of ['entities', 'places', 'times', 'figures', 'claims', 'removals']) {
    const json = layer === 'removals' ? 'removed' : layer;
    const want = (db.prepare(`SELECT coalesce(sum(json_array_length(json, '$.${json}')), 0) AS n FROM documents`).get() as { n: number }).n;
    expect((db.prepare(`SELECT count(*) AS n FROM ${layer}`).get() as { n: number }).n, layer).toBe(want);
  }
  expect((db.prepare(`SELECT count(*) AS n FROM documents_fts`).get() as { n: number }).n).toBe(docs);
}

async function crashAndResume(mode: 'fake' | 'cli', name: string, n: number, batch: number, delayMs: number): Promise<void> {
  const dir = path.join(tmp, name);
  mkdirSync(dir);
  for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `doc-${String(i).padStart(4, '0')}.txt`), article(1000 + i));
  const db = path.join(tmp, `${name}.db`);
  let killedAt = -1;
  const first = await child([mode, dir, db, String(batch), String(delayMs)], (pid) => {
    const timer = setInterval(() => {
      const c = count(db);
      if (c >= 2 * batch) {
        clearInterval(timer);
        killedAt = c;
        process.kill(pid, 'SIGKILL');
      }
    }, 10);
  });
  expect(first.signal).toBe('SIGKILL');
  // Killed half-way: only whole batches were committed, and every committed document has all its rows.
  const mid = new Database(db);
  const docs = (mid.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  expect(docs).toBeGreaterThanOrEqual(killedAt);
  expect(docs).toBeLessThan(n);
  expect(docs % batch).toBe(0);
  expectWholeDocuments(mid, docs);
  mid.close();

  const second = await child([mode, dir, db, String(batch), '0']);
  expect(second.code).toBe(0);
  const s = JSON.parse(second.out) as IngestSummary;
  expect(s.unchanged).toBe(docs);
  expect(s.added).toBe(n - docs);
  console.log(`${mode}: killed with ${docs}/${n} documents committed; re-run: ${s.unchanged} unchanged, ${s.added} added, ${s.failed.length} failed`);
  const after = new Database(db);
  expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
  after.exec(`INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')`);
  expectWholeDocuments(after, n);
  expect((after.prepare('SELECT count(*) AS n, count(DISTINCT id) AS d FROM documents').get() as { n: number; d: number })).toEqual({ n, d: n });
  expect((after.prepare(`SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH '"report"'`).get() as { n: number }).n).toBe(n);
  after.close();
}

describe('crash safety: SIGKILL half-way through an ingest, then re-run', () => {
  it('completes without loss or duplicates (stand-in analyzer)', async () => {
    await crashAndResume('fake', 'crash-fake', 300, 50, 8);
  });

  it.skipIf(!pipelineReady)('completes without loss or duplicates (real triangulate ingest)', async () => {
    await crashAndResume('cli', 'crash-cli', 300, 50, 0);
  });
});
