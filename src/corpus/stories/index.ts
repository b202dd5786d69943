/** @module Story clustering: groups articles about the same happening (time window, shared entities and places, text similarity). */

import type { Document } from '../../core/doc.js';
import type { StoryInput } from './clusterer.js';

export * from './constants.js';
export { StoryClusterer, clusterStories, featureStats, storyFeatures } from './clusterer.js';
export type { StoryCluster, StoryClustererOptions, StoryInput, FeatureStats } from './clusterer.js';
export { contentWords, dayNumber, normaliseName, stem, termCounts } from './tokens.js';

/**
 * Projects an analysed Document onto the slim {@link StoryInput} (title, body, entity ids, place names).
 * @returns The story input for `doc`.
 */
export function storyInputFromDocument(doc: Document): StoryInput {
  return {
    id: doc.id,
    published: doc.published,
    title: doc.title,
    text: doc.bodyStart > 0 ? doc.text.slice(doc.bodyStart) : doc.text,
    entityIds: [...new Set(doc.entities.filter((e) => e.type !== 'PLACE').map((e) => e.id))],
    placeNames: [...new Set(doc.places.map((p) => p.name))],
  };
}
