/** @module The Document JSON of BRIEF.md: contract fields first, in the documented order, then the extra layers. */

import type { Document } from '../core/doc.js';

/**
 * Serialisable form of a Document. Sentences are internal and left out; everything else is kept.
 * @returns A plain object whose key order follows BRIEF.md.
 */
export function toDocumentJson(doc: Document): Record<string, unknown> {
  return {
    id: doc.id,
    title: doc.title,
    url: doc.url,
    outlet: doc.outlet,
    published: doc.published,
    language: doc.language,
    text: doc.text,
    entities: doc.entities,
    places: doc.places,
    times: doc.times,
    figures: doc.figures,
    claims: doc.claims,
    author: doc.author,
    bodyStart: doc.bodyStart,
    removed: doc.removed,
    meta: doc.meta,
  };
}
