import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/apps/cli/main.js';
import { hasShared, sharedPath } from '../../src/core/paths.js';
import { captureIo } from '../../src/apps/cli/commands/testing/capture-io.js';
import { spanViolations } from '../helpers/invariants.js';

const seeds = hasShared() ? readdirSync(sharedPath('seeds')).filter((f) => f.endsWith('.txt')).sort() : [];

describe.skipIf(!hasShared())('cli: analyze on the seeds (needs ../shared)', () => {
  it.each(seeds)('analyze %s --json gives a Document whose spans all hold', async (seed) => {
    const c = captureIo();
    const code = await main(['analyze', path.join(sharedPath('seeds'), seed), '--json'], c.io);
    expect(c.err()).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(c.out());
    for (const key of ['id', 'title', 'url', 'outlet', 'published', 'language', 'text', 'entities', 'places', 'times', 'figures', 'claims']) expect(doc).toHaveProperty(key);
    expect(doc.id).toBe(seed.replace(/\.txt$/, ''));
    expect(doc.language).toBe('en');
    expect(doc.text.startsWith(doc.title + '\n\n')).toBe(true);
    expect(spanViolations(doc)).toEqual([]);
    expect(doc.claims.length).toBeGreaterThan(0);
  });

  it('the X-ray shows the headline, removals with reasons and claims with sides, without colour when piped', async () => {
    const c = captureIo();
    const code = await main(['analyze', path.join(sharedPath('seeds'), seeds[3]!)], c.io);
    expect(code).toBe(0);
    const out = c.out();
    expect(out).toMatch(/^More Than 25,000 Demoralized Russian Conscripts/);
    expect(out).toContain('── Removed');
    expect(out).toMatch(/caption|photo-credit/);
    expect(out).toMatch(/\[(RU|UA|INTL|OSINT)\]/);
    expect(out).not.toContain('\x1b[');
  });
});

describe('cli: analyze --jsonl', () => {
  it('streams one Document per input line and reports a malformed line without stopping', async () => {
    const lines = [
      JSON.stringify({ id: 'a', title: 'Strike on port', text: 'Russia launched 40 missiles at Odesa on Monday, officials said.', published: '2023-05-17' }),
      '{"id": "broken", ',
      JSON.stringify({ id: 'b', text: 'Ukraine says it shot down 12 drones overnight.' }),
    ].join('\n');
    const c = captureIo({ stdin: lines + '\n' });
    const code = await main(['analyze', '--jsonl'], c.io);
    expect(code).toBe(1);
    const docs = c.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.id)).toEqual(['a', 'b']);
    expect(docs[0].text).toBe('Strike on port\n\nRussia launched 40 missiles at Odesa on Monday, officials said.');
    expect(c.err()).toMatch(/:2: \[E107\]/);
    for (const d of docs) expect(spanViolations(d)).toEqual([]);
  });

  it('--raw keeps the input text exactly', async () => {
    const text = '  Kyiv said 5 tanks were hit.\n\nRELATED ARTICLES\nNothing here';
    const c = captureIo({ stdin: JSON.stringify({ id: 'r', text, title: 'T' }) + '\n' });
    expect(await main(['analyze', '--jsonl', '--raw'], c.io)).toBe(0);
    const doc = JSON.parse(c.out());
    expect(doc.text).toBe(text);
  });
});
