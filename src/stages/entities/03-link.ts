/** @module Step 3: links mentions to the knowledge base, joins later short mentions to earlier full ones, gives unknown names stable ids. */

import type { EntityMention, EntityType, Side } from '../../core/doc.js';
import { lookupActor, sideOfDescriptor, type Actor } from '../../kb/index.js';
import type { RawMention } from './02-mentions.js';
import { getLexicon } from './lexicon.js';
import { foldName, slugOf } from './memo.js';

/** True when the corpus statistics have seen the word written in lower case. */
function isCorpusWord(norm: string): boolean {
  const s = getLexicon().caseStats.get(norm);
  return !!s && s[0] > 0;
}

/** Identity a short mention can join. */
interface Known {
  id: string;
  name: string;
  side: Side | null;
  role: string | null;
  type: EntityType;
}

/** Document-level registry of persons named in full so far: normalised surname or full name → identity. */
export type Registry = Map<string, Known>;

function fromActor(a: Actor): Known {
  return { id: a.id, name: a.name, side: a.side, role: a.role, type: a.type };
}

function mention(text: string, m: RawMention, k: Known, link: EntityMention['link'], type: EntityType = k.type): EntityMention {
  return { start: m.start, end: m.end, text: text.slice(m.start, m.end), type, id: k.id, name: k.name, side: k.side, role: k.role, link };
}

function register(reg: Registry, m: RawMention, k: Known): void {
  if (m.norms.length >= 2) {
    reg.set(m.norms.join(' '), k);
    const last = m.norms[m.norms.length - 1]!;
    if (!reg.has(last) || reg.get(last)!.id === k.id) reg.set(last, k);
  }
  if (k.id.startsWith('person:')) {
    const words = foldName(k.name).split(' ');
    const last = words[words.length - 1]!;
    if (!reg.has(last)) reg.set(last, k);
  }
}

/**
 * Links one raw mention, in document order, updating the registry.
 * @returns The entity mention (never null: unknown names get `unk:<type>:<slug>` ids and link `new`).
 */
export function linkMention(text: string, m: RawMention, reg: Registry): EntityMention {
  const surface = text.slice(m.start, m.end).replace(/\.$/, '');
  const key = m.norms.join(' ');
  const entry = m.entry;
  if (entry?.kind === 'kb' && entry.actor) {
    const k = fromActor(entry.actor);
    if (k.type === 'PERSON') register(reg, m, k);
    return mention(text, m, k, 'alias');
  }
  if (entry && (entry.kind === 'place' || entry.kind === 'city')) {
    const known = m.norms.length === 1 && entry.kind === 'city' ? reg.get(key) : undefined;
    if (known) return mention(text, m, known, 'coref', 'PERSON');
    return mention(text, m, { id: `place:${slugOf(entry.name)}`, name: entry.name, side: null, role: null, type: 'PLACE' }, 'alias');
  }
  if (entry?.kind === 'demonym') {
    return mention(text, m, { id: `nationality:${slugOf(entry.country || entry.name)}`, name: entry.name, side: sideOfDescriptor(entry.name), role: null, type: 'OTHER' }, 'alias');
  }
  if (entry?.kind === 'org') {
    return mention(text, m, { id: `org:${slugOf(entry.name)}`, name: entry.name, side: null, role: null, type: 'ORG' }, 'alias');
  }
  if (entry?.kind === 'misc') {
    return mention(text, m, { id: `misc:${slugOf(entry.name)}`, name: entry.name, side: null, role: null, type: 'OTHER' }, 'alias');
  }
  // Unknown surface: coreference to a person named earlier, then the knowledge base (fuzzy included), then new.
  if (m.norms.length === 1 && m.type !== 'GROUP') {
    const known = reg.get(key);
    if (known) return mention(text, m, known, 'coref', known.type);
  }
  if (m.type === 'ORG' || m.type === 'GROUP') {
    const hit = (m.possessor ? lookupActor(`${m.possessor}'s ${surface}`) : null) ?? lookupActor(surface);
    if (hit && hit.actor.type !== 'PERSON') return mention(text, m, fromActor(hit.actor), hit.link);
    const side = sideOfDescriptor(`${m.possessor ?? ''} ${surface}`.trim());
    return mention(text, m, { id: `unk:${m.type.toLowerCase()}:${slugOf(surface)}`, name: surface, side: side === 'ANON' ? null : side, role: null, type: m.type }, 'new');
  }
  if (m.type === 'PERSON' || m.type === 'OTHER') {
    const hit = lookupActor(surface);
    // A single ordinary word ("Marine") is never a misspelt name.
    const plainWord = hit?.link === 'fuzzy' && m.norms.length === 1 && isCorpusWord(m.norms[0]!);
    if (hit && !plainWord && (hit.actor.type === 'PERSON' || m.type === 'OTHER')) {
      const k = fromActor(hit.actor);
      if (k.type === 'PERSON') register(reg, m, k);
      return mention(text, m, k, hit.link);
    }
  }
  const role = m.titles.length ? m.titles.join(' ') : null;
  const k: Known = { id: `unk:${m.type.toLowerCase()}:${slugOf(surface)}`, name: surface, side: null, role, type: m.type };
  if (m.type === 'PERSON') register(reg, m, k);
  return mention(text, m, k, 'new');
}

/** Second pass: single-word mentions left unknown that match a person named anywhere in the document join that person. */
export function relinkShortMentions(mentions: EntityMention[], reg: Registry): EntityMention[] {
  return mentions.map((e) => {
    if (e.link !== 'new' || e.type === 'GROUP' || /\s/.test(e.text)) return e;
    const known = reg.get(foldName(e.text));
    if (!known) return e;
    return { ...e, type: 'PERSON', id: known.id, name: known.name, side: known.side, role: known.role, link: 'coref' };
  });
}
