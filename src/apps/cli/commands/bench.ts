/** @module `triangulate bench`: prints docs/s, MB/s and peak memory for HTML and plain-text cleaning, each stage, and ingest. */

import { parseArgs } from 'node:util';
import { buildDocument } from '../../../clean/index.js';
import type { Document } from '../../../core/doc.js';
import { hasShared } from '../../../core/paths.js';
import { benchHtml, benchIngest, benchStages, benchText, loadHtmlPages, loadTextRecords, peakRssMb, type BenchResult } from '../../../bench/index.js';
import { println, type Command } from '../io.js';

const USAGE = `Usage: triangulate bench [--docs N] [--ingest N] [--html-rounds R] [--only html,text,stages,ingest] [--json]
  --docs N         plain-text documents to clean (default 20000)
  --ingest N       documents to ingest into a temporary SQLite store (default 2000; 100000 for the full figure)
  --html-rounds R  passes over the HTML pages (default 3)`;

export const run: Command = async (args, io) => {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        docs: { type: 'string', default: '20000' },
        ingest: { type: 'string', default: '2000' },
        'html-rounds': { type: 'string', default: '3' },
        only: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    println(io.stderr, `triangulate bench: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    println(io.stdout, USAGE);
    return 0;
  }
  if (!hasShared()) {
    println(io.stderr, 'triangulate bench: the shared data folder (../shared/data or $TRIANGULATE_SHARED) is needed for the benchmark corpora');
    return 2;
  }
  const only = new Set((values.only ?? 'html,text,stages,ingest').split(','));
  const results: BenchResult[] = [];
  const report = (r: BenchResult) => {
    results.push(r);
    if (!values.json) {
      println(io.stdout, `${r.name.padEnd(44)} ${String(r.docs).padStart(7)} docs ${r.docsPerSec.toFixed(1).padStart(9)} docs/s ${r.mbPerSec.toFixed(2).padStart(7)} MB/s${r.msPer4k != null ? ` ${r.msPer4k.toFixed(3).padStart(7)} ms/4KB` : ''}${r.note ? `  (${r.note})` : ''}  peak ${peakRssMb()} MB`);
    }
  };
  if (only.has('html')) for (const r of benchHtml(loadHtmlPages(), Number(values['html-rounds']))) report(r);
  const records = await loadTextRecords();
  if (only.has('text')) report(benchText(records, Number(values.docs)));
  if (only.has('stages')) {
    const docs: Document[] = [];
    for (const rec of records) {
      const b = buildDocument(rec);
      if (b.ok) docs.push(b.doc);
    }
    for (const r of benchStages(docs)) report(r);
  }
  if (only.has('ingest')) report(await benchIngest(records, Number(values.ingest)));
  if (values.json) println(io.stdout, JSON.stringify({ results, peakRssMb: peakRssMb(), node: process.version }, null, 2));
  else println(io.stdout, `peak memory: ${peakRssMb()} MB (max RSS of this process)`);
  return 0;
};
