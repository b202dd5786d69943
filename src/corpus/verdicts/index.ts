/** @module Verdicts over claim clusters: independent origins, relay chains, contradictions, denials and an evidence score. */

export * from './constants.js';
export { assessCluster, chainText, figuresConflict, originKey, rootDoc, sourceKey } from './verdict.js';
export type { Contradiction, Origin, RelayChain, Verdict, VerdictLabel, VerdictOptions } from './verdict.js';
export { outletProfiles, triangulate, type AssessedCluster, type OutletProfile } from './triangulate.js';
