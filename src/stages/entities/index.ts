/** @module Entities stage: PERSON, ORG, PLACE, GROUP and OTHER mentions in news text, linked to the knowledge base. */

import type { Document, EntityMention, Sentence } from '../../core/doc.js';
import type { Stage } from '../../core/pipeline.js';
import { findMentions, type DocContext } from './02-mentions.js';
import { linkMention, relinkShortMentions, type Registry } from './03-link.js';
import { roleCoreferences } from './04-roles.js';
import { applyDocumentContext } from './05-context.js';

export { tokenize } from './01-tokens.js';

/** Options of the recogniser (stage options under `entities`). */
export interface EntityOptions {
  /** Emit nationalities and demonyms ("Russian", "Ukrainians") as OTHER mentions. Default true. */
  demonyms?: boolean;
  /** Join "the Russian leader" to the last Russian leader named. Default true. */
  roleCoref?: boolean;
}

/**
 * Recognises and links the entity mentions of `text` sentence by sentence.
 * @param sentences Sentence spans (from the segment stage); the whole text is one sentence when empty.
 * @returns Mentions sorted by start, never overlapping, spans exact into `text`.
 */
export function recogniseEntities(text: string, sentences: readonly Pick<Sentence, 'start' | 'end'>[], options: EntityOptions = {}): EntityMention[] {
  const ctx: DocContext = { persons: new Set() };
  const reg: Registry = new Map();
  const spans = sentences.length ? sentences : [{ start: 0, end: text.length }];
  let out: EntityMention[] = [];
  for (const s of spans) {
    for (const raw of findMentions(text, s.start, s.end, ctx)) {
      const e = linkMention(text, raw, reg);
      if (e.type === 'PERSON') {
        for (const w of raw.norms) ctx.persons.add(w);
      }
      out.push(e);
    }
  }
  out = relinkShortMentions(out, reg);
  out = applyDocumentContext(text, spans, out);
  if (options.demonyms === false) out = out.filter((e) => !e.id.startsWith('nationality:'));
  if (options.roleCoref !== false) {
    const roles = roleCoreferences(text, out);
    if (roles.length) {
      out = out.filter((e) => !roles.some((r) => e.start < r.end && r.start < e.end));
      out.push(...roles);
      out.sort((a, b) => a.start - b.start);
    }
  }
  return out;
}

/** Assigns `entities`. Options: `ctx.options.entities` as {@link EntityOptions}. */
export const entitiesStage: Stage = {
  name: 'entities.rules.v1',
  requires: ['sentences'],
  assigns: ['entities'],
  run(doc: Readonly<Document>, ctx) {
    const options = (ctx.options?.entities ?? {}) as EntityOptions;
    return { entities: recogniseEntities(doc.text, doc.sentences, options) };
  },
};
