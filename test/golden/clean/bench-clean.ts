/** @module Quick throughput check of the cleaner: the seeds ×1000 plus the NYT/Guardian CSV bodies, on one core (CPU time). Run: `npx vite-node test/golden/clean/bench-clean.ts`. */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { buildDocument } from '../../../src/clean/index.js';
import { normaliseText } from '../../../src/clean/normalise.js';
import { cleanPlainText } from '../../../src/clean/text/index.js';
import { sharedPath } from '../../../src/core/paths.js';

const SEED_REPEAT = 1000;
const WARMUP = 300;

const inputs: string[] = [];
const seedDir = sharedPath('seeds');
const seeds = existsSync(seedDir) ? readdirSync(seedDir).map((f) => readFileSync(`${seedDir}/${f}`, 'utf8')) : [];
for (let i = 0; i < SEED_REPEAT; i++) inputs.push(...seeds);
for (const f of ['Guardians_Russia_Ukraine.csv', 'NYT_Russia_Ukraine.csv']) {
  const p = sharedPath('data', 'corpus', 'nyt-guardian-2022', f);
  if (!existsSync(p)) continue;
  const rows = parse(readFileSync(p, 'utf8'), { columns: true }) as Array<Record<string, string>>;
  for (const r of rows) inputs.push(`${r.headlines ?? ''}\n${r.articles ?? ''}`);
}
if (inputs.length === 0) throw new Error('no shared seeds or corpus found; set TRIANGULATE_SHARED');
const avgKb = inputs.reduce((a, s) => a + s.length, 0) / inputs.length / 1024;

function run(label: string, fn: (s: string) => unknown): void {
  for (let i = 0; i < WARMUP; i++) fn(inputs[i % inputs.length]!);
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const s of inputs) fn(s);
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const perS = Math.round(inputs.length / (cpuMs / 1000));
  console.log(
    `${label}: ${inputs.length} articles (${avgKb.toFixed(1)} KB avg), cpu ${cpuMs.toFixed(0)} ms (wall ${wallMs.toFixed(0)} ms) → ${perS} articles/s, ${((cpuMs / inputs.length) * 1000).toFixed(0)} µs/article`,
  );
}

run('cleanPlainText (normalise + boilerplate rules)', (s) => cleanPlainText(normaliseText(s).text, { headlineFirstLine: true }));
run('buildDocument (+ metadata, language, hash)', (s) =>
  buildDocument({ ok: true, id: 'bench', kind: 'text', content: s, origin: { file: 'bench' }, headlineFirstLine: true }),
);
