/** @module Builds the entity recogniser's capitalisation statistics (data/models/ner-case-stats.tsv) from the shared war-news corpora. */
/*
 * Reproducible: `npx vite-node scripts/train-ner.ts` (reads ../shared/data/corpus or $TRIANGULATE_SHARED/data/corpus).
 * For every word seen inside a sentence (never sentence-initial, never in an all-caps or title-case line) it counts how often
 * it is written in lower case and how often Capitalised. The recogniser uses the ratio to tell common words that happen
 * to be capitalised (sentence starts, headlines) from names. Only counts are stored, no text.
 * The CoNLL test file is never read here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { dataPath, sharedPath } from '../src/core/paths.js';

/** Words seen fewer times than this in total are not stored. */
const MIN_COUNT = 2;

const SOURCES: Array<{ file: string; columns: string[] }> = [
  { file: 'corpus/guardian-132dow/guard-articles-nato.csv', columns: ['Text'] },
  { file: 'corpus/nyt-guardian-2022/Guardians_Russia_Ukraine.csv', columns: ['articles'] },
  { file: 'corpus/nyt-guardian-2022/NYT_Russia_Ukraine.csv', columns: ['articles'] },
];

const WORD = /[\p{L}][\p{L}'’-]*/gu;
const lower = new Map<string, number>();
const cap = new Map<string, number>();
let texts = 0;

function countSentence(sentence: string): void {
  const words = sentence.match(WORD) ?? [];
  if (words.length < 4) return;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitalised / words.length > 0.6) return; // headline or title case: no evidence
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!.replace(/['’]s$/, '');
    if (w.length < 2) continue;
    const key = w.toLowerCase();
    if (w === key) lower.set(key, (lower.get(key) ?? 0) + 1);
    else if (/^\p{Lu}\p{Ll}/u.test(w)) cap.set(key, (cap.get(key) ?? 0) + 1);
  }
}

for (const src of SOURCES) {
  const rows = parse(readFileSync(sharedPath('data', src.file), 'utf8'), { columns: true, relax_quotes: true, skip_records_with_error: true }) as Array<Record<string, string>>;
  for (const row of rows) {
    for (const col of src.columns) {
      const text = row[col];
      if (!text) continue;
      texts++;
      // Sentence split: terminal punctuation (optionally closing quote) followed by space; also line breaks.
      for (const s of text.split(/(?<=[.!?]["”’)]?)\s+|\n+/)) countSentence(s.replace(/^["“‘(]+/, ''));
    }
  }
}

const keys = new Set([...lower.keys(), ...cap.keys()]);
const out: string[] = ['# word\tlower\tcapitalised  (counts inside sentences of the war-news corpora; built by scripts/train-ner.ts)'];
for (const k of [...keys].sort()) {
  const l = lower.get(k) ?? 0;
  const c = cap.get(k) ?? 0;
  if (l + c < MIN_COUNT) continue;
  out.push(`${k}\t${l}\t${c}`);
}
writeFileSync(dataPath('models', 'ner-case-stats.tsv'), out.join('\n') + '\n');
console.log(`texts ${texts}, words ${out.length - 1}`);
