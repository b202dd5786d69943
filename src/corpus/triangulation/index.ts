/** @module Triangulation orchestration: stories, claim clusters and verdicts built from stored documents and kept in the store. */

export * from './constants.js';
export { buildClusters, buildClustersChunked, buildStories, clusterRecord, CLUSTER_CHUNK, slimClaim, triangulateDocuments, TriangulationInputs, type TriangulationResult } from './build.js';
export { rebuildTriangulation, updateTriangulation, type TriangulationSummary } from './sync.js';
