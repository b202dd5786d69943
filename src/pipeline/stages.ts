/** @module The default stage list, in run order: segment → entities → places → times → figures → claims. */

import { createPipeline, type Pipeline, type Stage } from '../core/pipeline.js';
import { claimsStage } from '../stages/claims/index.js';
import { entitiesStage } from '../stages/entities/index.js';
import { figuresStage } from '../stages/figures/index.js';
import { placesStage } from '../stages/places/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { timesStage } from '../stages/times/index.js';

/** Stages by layer, in the order they run. */
export const DEFAULT_STAGES: readonly Stage[] = [segmentStage, entitiesStage, placesStage, timesStage, figuresStage, claimsStage];

let pipeline: Pipeline | null = null;

/** The default pipeline, built once per process (order checked at construction). */
export function defaultPipeline(): Pipeline {
  pipeline ??= createPipeline(DEFAULT_STAGES);
  return pipeline;
}

/** Versioned names of the default stages, stored with each document. */
export const PIPELINE_NAMES: readonly string[] = DEFAULT_STAGES.map((s) => s.name);
