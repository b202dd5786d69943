/** @module `triangulate analyze`: the X-ray of one article, its Document JSON, or a JSONL stream in and out (BRIEF.md). */

import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatInputError, type InputResult } from '../../../core/input.js';
import { readInputs, readJsonl } from '../../../ingest/index.js';
import { analyzeInput } from '../../../pipeline/analyze.js';
import { toDocumentJson } from '../../../pipeline/document-json.js';
import { println, type Command } from '../io.js';
import { renderXray } from '../xray.js';

const USAGE = `Usage:
  triangulate analyze FILE [--json] [--raw] [--no-color]   X-ray (or Document JSON) of each article in FILE
  triangulate analyze --jsonl [FILE|-] [--raw]             JSONL in ({"id","text"|"html","title"?,"url"?,"outlet"?,"published"?}), one Document per line out`;

export const run: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        raw: { type: 'boolean', default: false },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    println(io.stderr, `triangulate analyze: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    println(io.stdout, USAGE);
    return 0;
  }
  let records: AsyncIterable<InputResult>;
  if (values.jsonl) {
    const name = positionals[0] ?? '-';
    const stream = name === '-' ? io.stdin : createReadStream(name);
    records = readJsonl(stream, name, { raw: values.raw });
  } else {
    if (positionals.length === 0) {
      println(io.stderr, `triangulate analyze: name a file to analyze\n${USAGE}`);
      return 2;
    }
    records = readInputs(positionals, { stdin: io.stdin, raw: values.raw });
  }
  const color = !values.json && !values.jsonl && !values['no-color'] && !!io.stdout.isTTY && !process.env.NO_COLOR;
  let failed = 0;
  let count = 0;
  for await (const rec of records) {
    if (!rec.ok) {
      failed++;
      println(io.stderr, formatInputError(rec));
      continue;
    }
    const result = analyzeInput(rec);
    if (!result.ok) {
      failed++;
      println(io.stderr, `${rec.origin.file}${rec.origin.record != null ? `:${rec.origin.record}` : ''}: [${result.code}] ${result.message}`);
      continue;
    }
    count++;
    if (values.jsonl) println(io.stdout, JSON.stringify(toDocumentJson(result.doc)));
    else if (values.json) println(io.stdout, JSON.stringify(toDocumentJson(result.doc), null, 2));
    else {
      if (count > 1) println(io.stdout, '\n' + '═'.repeat(64) + '\n');
      io.stdout.write(renderXray(result.doc, color));
    }
  }
  return failed ? 1 : 0;
};
