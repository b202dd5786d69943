import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasShared, sharedPath } from '../../../src/core/paths.js';
import { analyzeInput } from '../../../src/pipeline/analyze.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(path.join(HERE, 'seed-figures.json'), 'utf8')) as Record<string, unknown[][]>;
const seeds = hasShared() ? readdirSync(sharedPath('seeds')).filter((f) => f.endsWith('.txt')).sort() : [];

describe.skipIf(!hasShared())('figures: the seeds, pinned by hand (needs ../shared)', () => {
  it.each(seeds)('%s', (file) => {
    const id = file.replace(/\.txt$/, '');
    const content = readFileSync(path.join(sharedPath('seeds'), file), 'utf8');
    const res = analyzeInput({ ok: true, id, kind: 'text', content, origin: { file }, headlineFirstLine: true }, { onError: 'throw' });
    if (!res.ok) throw new Error(res.message);
    const got = res.doc.figures.map((f) => [f.text, f.low, f.high, f.approx, f.unit, f.category, f.about]);
    expect(got).toEqual(gold[id]);
  });
});
