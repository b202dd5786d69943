/** @module Tunable limits of keeping the triangulation tables (stories, claim clusters, verdicts) up to date. */

import { MAX_STORY_SPAN_DAYS, STORY_WINDOW_DAYS } from '../stories/constants.js';
import { CLAIM_PERIOD_DAYS } from '../claim-clusters/constants.js';

/**
 * After an ingest, a corpus of at most this many documents is triangulated again from scratch (exactly what
 * `triangulate triangulate` gives); a larger one is updated in the date window of the new documents only.
 */
export const FULL_REBUILD_MAX_DOCS = 5000;

/**
 * Days either side of the new documents' publication dates whose documents are re-clustered in a windowed update:
 * wide enough for any story or claim cluster a new document could join.
 */
export const UPDATE_WINDOW_DAYS = Math.max(MAX_STORY_SPAN_DAYS + STORY_WINDOW_DAYS, 2 * CLAIM_PERIOD_DAYS);
