/** @module Golden harness for the cleaner: each `*.json` case names an input and pins title, outlet, date, removals, kept lines and a hash of `doc.text`. */

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/clean/index.js';
import type { Document } from '../../../src/core/doc.js';
import type { InputRecord } from '../../../src/core/input.js';
import { sharedPath } from '../../../src/core/paths.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Regenerate expected values only on explicit request, never in CI. */
const UPDATE = process.env.UPDATE_GOLDEN === '1' && !process.env.CI;

/** A golden case: the input (a shared seed file, or inline synthetic content) and the expected fields. */
interface GoldenCase {
  description: string;
  input: {
    /** Path under the shared folder (`seeds/…`), for copyrighted articles kept out of the repo. */
    shared?: string;
    /** Inline content for our own synthetic cases. */
    content?: string;
    kind?: 'text' | 'html';
    headlineFirstLine?: boolean;
    raw?: boolean;
    title?: string | null;
    url?: string | null;
    outlet?: string | null;
    published?: string | null;
  };
  expected: Expected;
}

interface Expected {
  title: string | null;
  outlet: string | null;
  outletSource: string | null;
  published: string | null;
  publishedSource: string | null;
  author: string | null;
  language: string | null;
  syndication: string[];
  /** Removals as offset and length into the input plus the reason: the removed text itself stays out of the repo. */
  removed: Array<{ at: number | null; length: number; reason: string }>;
  keptBodyLines: number;
  firstBodyLineSha256: string | null;
  lastBodyLineSha256: string | null;
  textSha256: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function observe(doc: Document): Expected {
  const lines = doc.text.slice(doc.bodyStart).split('\n').filter((l) => l.trim().length > 0);
  return {
    title: doc.title,
    outlet: doc.outlet,
    outletSource: doc.meta.outletSource ?? null,
    published: doc.published,
    publishedSource: doc.meta.publishedSource ?? null,
    author: doc.author,
    language: doc.language,
    syndication: doc.meta.syndication ?? [],
    removed: doc.removed.map((r) => ({ at: r.at, length: r.text.length, reason: r.reason })),
    keptBodyLines: lines.length,
    firstBodyLineSha256: lines[0] == null ? null : sha256(lines[0]),
    lastBodyLineSha256: lines.at(-1) == null ? null : sha256(lines.at(-1)!),
    textSha256: sha256(doc.text),
  };
}

function toRecord(name: string, c: GoldenCase): InputRecord | null {
  let content = c.input.content;
  if (c.input.shared) {
    const p = sharedPath(c.input.shared);
    if (!existsSync(p)) return null;
    content = readFileSync(p, 'utf8');
  }
  if (content == null) throw new Error(`${name}: golden case has neither input.shared nor input.content`);
  return {
    ok: true,
    id: name,
    kind: c.input.kind ?? 'text',
    content,
    origin: { file: c.input.shared ?? name },
    headlineFirstLine: c.input.headlineFirstLine ?? true,
    raw: c.input.raw,
    title: c.input.title,
    url: c.input.url,
    outlet: c.input.outlet,
    published: c.input.published,
  };
}

const files = readdirSync(HERE).filter((f) => f.endsWith('.json')).sort();
const FIELDS: Array<keyof Expected> = [
  'title', 'outlet', 'outletSource', 'published', 'publishedSource', 'author', 'language',
  'syndication', 'removed', 'keptBodyLines', 'firstBodyLineSha256', 'lastBodyLineSha256', 'textSha256',
];

describe.each(files)('golden %s', (file) => {
  const full = path.join(HERE, file);
  const c = JSON.parse(readFileSync(full, 'utf8')) as GoldenCase;
  const record = toRecord(file, c);
  const built = record ? buildDocument(record) : null;
  const doc = built?.ok ? built.doc : null;
  const actual = doc ? observe(doc) : null;
  if (UPDATE && actual) {
    writeFileSync(full, `${JSON.stringify({ ...c, expected: actual }, null, 2)}\n`);
  }

  it.skipIf(!record)('builds a document', () => {
    expect(built?.ok).toBe(true);
  });

  it.skipIf(!record).each(FIELDS)('expected %s', (field) => {
    expect(actual?.[field]).toEqual(c.expected[field]);
  });

  it.skipIf(!record)('keeps every kept line verbatim and the removed ones out', () => {
    expect(doc).not.toBeNull();
    const text = doc!.text;
    for (const r of doc!.removed) {
      if (r.text.length > 30) expect(text.includes(r.text)).toBe(c.expected.title?.includes(r.text) ?? false);
    }
  });
});
