/** @module Figure timelines and their comparison with reference loss series. */

export * from './constants.js';
export { figureTimeline, figureValue, referenceFlag } from './timeline.js';
export type { ReferenceFlag, Timeline, TimelineOptions, TimelinePoint } from './timeline.js';
export { referenceValues, resetReferenceCache, type ReferenceValue } from './reference.js';
