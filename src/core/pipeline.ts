/** @module Named, versioned stages over one immutable Document; the runner owns order, errors and writes. */

import type { Document, LayerName } from './doc.js';
import { TriangulateError } from './errors.js';

/** The layers a stage may return. */
export type Layers = Pick<Document, Exclude<LayerName, 'tokens'>>;
export type AssignableLayer = keyof Layers;

/** Context handed to every stage: options by stage name, nothing global and mutable. */
export interface StageContext {
  options?: Record<string, unknown>;
}

/**
 * A pipeline stage: a pure function over a document that returns new layers.
 * It never mutates the Document; the runner attaches what it returns.
 * @example
 * const upper: Stage = { name: 'demo.v1', requires: [], assigns: ['sentences'], run: (doc) => ({ sentences: [] }) };
 */
export interface Stage {
  /** Versioned name, e.g. `times.rules.v1`. */
  readonly name: `${string}.v${number}`;
  /** Layers that an earlier stage must assign. */
  readonly requires: readonly AssignableLayer[];
  /** Layers this stage assigns. */
  readonly assigns: readonly AssignableLayer[];
  /** Computes the layers; may also return meta additions under `meta`. */
  run(doc: Readonly<Document>, ctx: StageContext): Partial<Layers> & { meta?: Partial<Document['meta']> };
}

/** What the runner does when a stage throws on a document: `record` keeps going with an empty layer, `throw` fails fast. */
export type ErrorPolicy = 'record' | 'throw';

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Versioned stage names in order; stored with each document so results trace to the code. */
  readonly names: readonly string[];
  run(doc: Document, options?: { onError?: ErrorPolicy; ctx?: StageContext }): Document;
}

/**
 * Builds a pipeline after checking that every stage's `requires` is assigned by an earlier stage (E002).
 * @param stages Stages in run order.
 * @returns A pipeline whose `run` returns a new Document with the layers attached.
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const assigned = new Set<string>();
  for (const stage of stages) {
    for (const layer of stage.requires) {
      if (!assigned.has(layer)) throw new TriangulateError('E002', { stage: stage.name, layer });
    }
    for (const layer of stage.assigns) assigned.add(layer);
  }
  const names = stages.map((s) => s.name);
  return {
    stages,
    names,
    run(input, options = {}) {
      const policy = options.onError ?? 'record';
      let doc: Document = { ...input, meta: { ...input.meta } };
      const filled = new Set<string>();
      for (const stage of stages) {
        let out: ReturnType<Stage['run']>;
        try {
          out = stage.run(doc, options.ctx ?? {});
        } catch (err) {
          if (policy === 'throw') {
            throw new TriangulateError('E004', { stage: stage.name, doc: doc.id, message: (err as Error)?.message ?? String(err) }, { cause: err });
          }
          const errors = [...(doc.meta.stageErrors ?? [])];
          errors.push({ stage: stage.name, code: 'E004', message: (err as Error)?.message ?? String(err) });
          doc = { ...doc, meta: { ...doc.meta, stageErrors: errors } };
          continue;
        }
        const next: Document = { ...doc };
        for (const [key, value] of Object.entries(out)) {
          if (key === 'meta') {
            next.meta = { ...doc.meta, ...(value as Document['meta']) };
            continue;
          }
          if (!stage.assigns.includes(key as AssignableLayer)) {
            throw new TriangulateError('E003', { stage: stage.name, layer: key });
          }
          if (filled.has(key)) throw new TriangulateError('E005', { stage: stage.name, layer: key });
          filled.add(key);
          (next as unknown as Record<string, unknown>)[key] = value;
        }
        doc = next;
      }
      return doc;
    },
  };
}
