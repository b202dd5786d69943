/** @module Turns one input record into a fully analysed Document: clean, then run every stage. */

import type { Document } from '../core/doc.js';
import type { InputRecord } from '../core/input.js';
import type { ErrorPolicy } from '../core/pipeline.js';
import { buildDocument } from '../clean/index.js';
import { defaultPipeline, PIPELINE_NAMES } from './stages.js';
import { PIPELINE_VERSION } from './version.js';

export { PIPELINE_NAMES } from './stages.js';

export type AnalyzeResult = { ok: true; doc: Document } | { ok: false; code: string; message: string };

/**
 * Cleans an input and runs the default pipeline over it.
 * @param input A record from the ingest readers.
 * @param options `onError` — `record` (default) keeps going when a stage throws, `throw` fails fast.
 * @returns The Document with every layer, or the reason the input was rejected (no text left after cleaning).
 */
export function analyzeInput(input: InputRecord, options: { onError?: ErrorPolicy } = {}): AnalyzeResult {
  const built = buildDocument(input);
  if (!built.ok) return built;
  const doc = defaultPipeline().run(built.doc, { onError: options.onError });
  doc.meta = { ...doc.meta, pipeline: { version: PIPELINE_VERSION, stages: [...PIPELINE_NAMES] } };
  return { ok: true, doc };
}

/** Runs only the stages over an already built Document (used by evaluations on raw text). */
export function analyzeDocument(doc: Document, options: { onError?: ErrorPolicy } = {}): Document {
  return defaultPipeline().run(doc, { onError: options.onError });
}
