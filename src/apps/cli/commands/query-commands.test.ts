/** @module Tests of the store query commands (docs, search, entities, entity, places, figures, claims) through `main`. */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../../core/doc.js';
import { sampleDocument } from '../../../storage/sample-docs.js';
import { openSqliteStore } from '../../../storage/sqlite/index.js';
import { main } from '../main.js';
import { captureIo } from './testing/capture-io.js';

let tmp: string;
let db: string;
const docs: Document[] = [];

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'triangulate-query-'));
  db = path.join(tmp, 'q.db');
  const store = openSqliteStore(db);
  for (let i = 1; i <= 4; i++) {
    const d = sampleDocument(`doc-${i}`, i, 6);
    docs.push(d);
    await store.putDocument(d, { pipelineVersion: 'test', stages: ['x.v1'] });
  }
  const copy = structuredClone(docs[0]!);
  copy.id = 'doc-copy';
  await store.putDocument(copy, { pipelineVersion: 'test', stages: ['x.v1'] });
  await store.close();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(argv: string[], tty = false): Promise<{ code: number; out: string; err: string }> {
  const c = captureIo({ tty, columns: 100 });
  const code = await main([...argv, '--db', db], c.io);
  return { code, out: c.out(), err: c.err() };
}

const all = () => docs.flatMap((d) => d.claims.map((c) => ({ d, c })));

describe('store query commands', () => {
  it('docs lists every document with its duplicate link', async () => {
    const r = await run(['docs']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^id\s+date\s+outlet\s+lang\s+duplicate of\s+title$/);
    for (const d of docs) expect(r.out).toContain(d.id);
    expect(r.out).toMatch(/doc-copy .* doc-1 /);
    const j = await run(['docs', '--json', '--limit', '2']);
    expect(JSON.parse(j.out)).toHaveLength(2);
  });

  it.each([
    ['soldiers', 5],
    ['"seed 2"', 1],
    ['soldiers -Mariupol', -1],
    ['"unbalanced', 0],
    ['-', 0],
  ])('search %j', async (q, hits) => {
    const r = await run(['search', q, '--json']);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.out) as Array<{ id: string; snippet: string }>;
    if (hits >= 0) expect(res.length).toBe(hits);
    else expect(res.length).toBe(docs.filter((d) => !d.text.includes('Mariupol')).length + (docs[0]!.text.includes('Mariupol') ? 0 : 1));
  });

  it('search prints numbered hits with a marked snippet', async () => {
    const r = await run(['search', 'Kharkiv']);
    expect(r.out).toMatch(/^1\. .+\[doc-\w+\]\n {3}.*\[Kharkiv\]/m);
  });

  it('entities groups by id and filters by type', async () => {
    const r = await run(['entities', '--type', 'person', '--json']);
    const rows = JSON.parse(r.out) as Array<{ id: string; type: string; mentions: number }>;
    expect(rows.every((e) => e.type === 'PERSON')).toBe(true);
    const expected = new Map<string, number>();
    for (const d of [...docs, docs[0]!]) for (const e of d.entities) if (e.type === 'PERSON') expected.set(e.id, (expected.get(e.id) ?? 0) + 1);
    expect(new Map(rows.map((e) => [e.id, e.mentions]))).toEqual(expected);
    expect((await run(['entities', '--type', 'ANIMAL'])).code).toBe(2);
    expect((await run(['entities'])).out).toMatch(/^name\s+type\s+side\s+mentions\s+docs\s+id/);
  });

  it('entity prints each mention inside its sentence', async () => {
    const e = docs[0]!.entities[0]!;
    const r = await run(['entity', e.name]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`[${e.text}]`);
    expect(r.out).toContain('soldiers were killed');
    const j = JSON.parse((await run(['entity', e.id, '--json'])).out) as Array<{ docId: string; sentence: { text: string } }>;
    expect(j.length).toBe([...docs, docs[0]!].reduce((n, d) => n + d.entities.filter((x) => x.id === e.id).length, 0));
    expect((await run(['entity', 'Nobody Atall'])).out).toContain('no mentions');
    expect((await run(['entity'])).code).toBe(2);
  });

  it('places and figures list with filters', async () => {
    const places = JSON.parse((await run(['places', '--json'])).out) as Array<{ mentions: number }>;
    expect(places.reduce((n, p) => n + p.mentions, 0)).toBe([...docs, docs[0]!].reduce((n, d) => n + d.places.length, 0));
    const figs = JSON.parse((await run(['figures', '--category', 'killed', '--about', 'RU', '--json'])).out) as Array<{ about: string }>;
    expect(figs.length).toBe([...docs, docs[0]!].reduce((n, d) => n + d.figures.filter((f) => f.about === 'RU').length, 0));
    expect((await run(['figures'])).out).toMatch(/~\d+/);
  });

  it.each([
    [['--side', 'RU'], ({ c }: ReturnType<typeof all>[number]) => c.side === 'RU'],
    [['--hedged'], ({ c }: ReturnType<typeof all>[number]) => c.hedged],
    [['--denial'], ({ c }: ReturnType<typeof all>[number]) => c.denial],
    [['--category', 'killed'], () => true],
    [['--about', 'Kyiv'], ({ c }: ReturnType<typeof all>[number]) => c.placeNames!.includes('Kyiv')],
    [['--source', 'putin'], ({ c }: ReturnType<typeof all>[number]) => c.source!.name === 'Vladimir Putin'],
    [['--side', 'ua', '--hedged'], ({ c }: ReturnType<typeof all>[number]) => c.side === 'UA' && c.hedged],
  ])('claims %j', async (args, pred) => {
    const r = await run(['claims', ...args, '--json']);
    expect(r.code).toBe(0);
    const expected = [...all(), ...docs[0]!.claims.map((c) => ({ d: docs[0]!, c }))].filter(pred).length;
    expect((JSON.parse(r.out) as unknown[]).length).toBe(expected);
  });

  it('claims rejects an unknown side and prints a readable table on a terminal', async () => {
    const bad = await run(['claims', '--side', 'MARS']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown side');
    const t = await run(['claims', '--side', 'RU'], true);
    const lines = t.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^date\s+side\s+source\s+cue\s+flags\s+doc\s+claim$/);
    expect(lines.every((l) => l.length <= 100)).toBe(true);
    expect(t.out).toContain('…');
  });

  it('a query command on a missing database says so and exits 1', async () => {
    const c = captureIo();
    expect(await main(['docs', '--db', path.join(tmp, 'none.db')], c.io)).toBe(1);
    expect(c.err()).toContain('no database at');
  });

  it('refuses a database from a newer schema (E302)', async () => {
    const newer = path.join(tmp, 'newer.db');
    const s = openSqliteStore(newer);
    s.db.pragma('user_version = 99');
    await s.close();
    const c = captureIo();
    expect(await main(['docs', '--db', newer], c.io)).toBe(1);
    expect(c.err()).toMatch(/E302.*newer schema version \(99 > \d+\)/);
  });
});
