/** @module Source resolution: full name (pronouns and short forms resolved to the named speaker) and side (KB first, then descriptors). */

import type { EntityMention, Side } from '../../core/doc.js';
import { findActor, sideOfDescriptor } from '../../kb/index.js';
import { ANON_HEADS, FORMER_WORDS, PERSON_POSSESSIVES, PLURAL_GROUP_HEADS, SIDE_TERMS, TITLE_WORDS } from './data/sides.js';

/** A resolved source. */
export interface Resolved {
  name: string;
  side: Side;
  entityId: string | null;
  person: boolean;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'i']);
const GROUP_PRONOUNS = new Set(['it', 'they', 'we']);
const MAX_TERM_WORDS = 4;
let termMap: Map<string, Side> | null = null;

function terms(): Map<string, Side> {
  termMap ??= new Map(SIDE_TERMS.map(([k, v]) => [k, v]));
  return termMap;
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];
}

/** Side from the fallback table: the first-named term wins; former office-holders are OSINT; generic heads ANON. */
export function fallbackSide(text: string): Side | null {
  const ws = words(text).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  const map = terms();
  let former = false;
  for (let i = 0; i < ws.length; i++) {
    if (FORMER_WORDS.has(ws[i]!)) former = true;
    for (let k = Math.min(MAX_TERM_WORDS, ws.length - i); k >= 1; k--) {
      const key = ws.slice(i, i + k).join(' ');
      const side = map.get(key);
      if (!side) continue;
      if (k === 1 && key.length <= 3 && !/^[A-Z.]+$/.test(words(text)[i]!.replace(/['’]s$/, ''))) continue;
      return former && side !== 'MEDIA' && side !== 'INTL' ? 'OSINT' : side;
    }
  }
  if (ws.some((w) => ANON_HEADS.has(w))) return 'ANON';
  return null;
}

/** The personal or institutional name inside a source phrase: the all-capitalised comma segment, titles dropped. */
export function nameOf(text: string): string {
  const clean = text.replace(/^(?:the|a|an)\s+/i, '');
  const segs = clean.split(/\s*,\s*/).filter(Boolean);
  for (const seg of segs) {
    const ws = words(seg);
    const stripped: string[] = [];
    let i = 0;
    while (i < ws.length && TITLE_WORDS.has(ws[i]!.toLowerCase())) i++;
    for (; i < ws.length; i++) stripped.push(ws[i]!);
    if (stripped.length >= 2 && stripped.every((w) => /^\p{Lu}/u.test(w)) && ws.length === seg.split(/\s+/).length) return stripped.join(' ');
    // "Kremlin watcher Pol Norman": a trailing run of capitalised words after a lower-case role word.
    let k = ws.length;
    while (k > 0 && /^\p{Lu}/u.test(ws[k - 1]!) && !TITLE_WORDS.has(ws[k - 1]!.toLowerCase())) k--;
    if (ws.length - k >= 2 && k > 0 && !/^\p{Lu}/u.test(ws[k - 1]!)) return ws.slice(k).join(' ');
  }
  // "Energoatom, the state-run operator of …", "Kryha, who led …", "Antonov, Russia's ambassador": a capitalised head
  // before an appositive or a relative clause is the name (one source however the description after it is worded).
  if (segs.length > 1 && APPOSITIVE_START.test(segs[1]!)) {
    const ws = words(segs[0]!);
    let i = 0;
    while (i < ws.length && TITLE_WORDS.has(ws[i]!.toLowerCase())) i++;
    const head = ws.slice(i);
    if (head.length >= 1 && head.every((w) => /^\p{Lu}/u.test(w)) && ws.length === segs[0]!.split(/\s+/).length) return head.join(' ');
  }
  return clean;
}

/** How an appositive or relative clause after a name begins: a relative pronoun, a determiner, a lower-case word, a possessive. */
const APPOSITIVE_START = /^(?:\p{Ll}|\p{Lu}[\p{L}.-]*['’]s\s)/u;

function looksPerson(text: string, entity: EntityMention | null): boolean {
  if (entity) return entity.type === 'PERSON';
  const n = nameOf(text);
  const ws = words(n);
  return ws.length >= 2 && ws.length <= 4 && ws.every((w) => /^\p{Lu}/u.test(w)) && fallbackSide(n) === null;
}

/** One earlier source, for resolving pronouns and short forms. */
export interface History {
  at: number;
  text: string;
  resolved: Resolved;
}

/**
 * Resolves a source span: pronouns to the latest fitting earlier source (or PERSON entity), surnames and
 * role short forms (`the minister`) to an earlier source that matches, then the side: entity side, KB actor,
 * KB descriptor, fallback table; a remaining capitalised name is OSINT (a named private source), otherwise ANON.
 */
/** How far back (characters) a pronoun or role short form looks for a name in the text when no earlier source fits. */
export const LOOKBACK_CHARS = 400;
/** How far back (characters) a bare generic plural (`officials`) may continue an earlier source with a side. */
export const COREF_MAX_CHARS = 1500;
const NAME_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu;

/** The last known person (KB) named in `doc[at - LOOKBACK_CHARS, at)`, with where the name starts. */
function lastNamedPerson(doc: string, at: number): { res: Resolved; at: number } | null {
  const from = Math.max(0, at - LOOKBACK_CHARS);
  const window = doc.slice(from, at);
  const runs = [...window.matchAll(NAME_RUN)];
  for (let k = runs.length - 1; k >= 0; k--) {
    const words = runs[k]![0].split(/\s+/);
    for (let i = 0; i + 1 < words.length; i++) {
      const a = findActor(words.slice(i).join(' '));
      if (a && a.type === 'PERSON') return { res: { name: a.name, side: a.side ?? 'OSINT', entityId: a.id, person: true }, at: from + runs[k]!.index! };
    }
  }
  return null;
}

const roleRes = new Map<string, RegExp>();

/** A role short form (`the officer`) resolved to the last fuller mention of the role in the text (`the group’s Russian officer`). */
function lastRoleMention(doc: string, at: number, role: string): Side | null {
  const window = doc.slice(Math.max(0, at - LOOKBACK_CHARS), at);
  let re = roleRes.get(role);
  if (!re) roleRes.set(role, (re = new RegExp(`((?:[\\p{L}'’-]+\\s+){1,3})${role.replace(/[^\p{L}'’-]/gu, '')}\\b`, 'giu')));
  re.lastIndex = 0;
  let last: string | null = null;
  for (let m = re.exec(window); m; m = re.exec(window)) last = m[1]!;
  return last ? sideOfDescriptor(last + role) ?? fallbackSide(last) : null;
}

/** How far back (characters) a plural pronoun looks for a human group noun phrase (`his top commanders`). */
export const GROUP_LOOKBACK_CHARS = 250;
/** Most modifier words kept before a group head (`Russia's beleaguered top generals`). */
const MAX_GROUP_MODIFIERS = 4;
/** Words that end a group noun phrase on its left (determiners without a side, prepositions, verbs, conjunctions). */
const GROUP_STOP = new Set([
  'the', 'a', 'an', 'these', 'those', 'their', 'its', 'our', 'my', 'your', 'of', 'from', 'by', 'with', 'after', 'before', 'to', 'and', 'or',
  'but', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'on', 'in', 'at', 'for', 'as', 'than', 'said', 'says', 'when',
  'while', 'if', 'some', 'many', 'all', 'most', 'other', 'both',
]);
let groupRe: RegExp | null = null;

/**
 * The nearest human group noun phrase before `at` in the same sentence (`his top commanders`), with a side
 * from its possessor (`his` → the last named person) or its modifiers (`Russian officials`); null when none has a side.
 */
export function lastPluralGroup(doc: string, at: number): { text: string; at: number; side: Side } | null {
  groupRe ??= new RegExp(`\\b(?:${[...PLURAL_GROUP_HEADS].join('|')})\\b`, 'giu');
  let from = Math.max(0, at - GROUP_LOOKBACK_CHARS);
  const window = doc.slice(from, at);
  // Only the sentence holding the pronoun: cut at the last sentence end or line break.
  const cut = Math.max(window.search(/[^.!?\n]*$/u), 0);
  const sent = window.slice(cut);
  from += cut;
  let best: { text: string; at: number; side: Side } | null = null;
  groupRe.lastIndex = 0;
  for (let m = groupRe.exec(sent); m; m = groupRe.exec(sent)) {
    const before = sent.slice(0, m.index).match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
    const mods: string[] = [];
    for (let k = before.length - 1; k >= 0 && mods.length < MAX_GROUP_MODIFIERS; k--) {
      const w = before[k]!;
      if (GROUP_STOP.has(w.toLowerCase())) break;
      mods.unshift(w);
      if (PERSON_POSSESSIVES.has(w.toLowerCase())) break;
    }
    if (!mods.length) continue;
    const np = `${mods.join(' ')} ${m[0]}`;
    const npAt = from + sent.lastIndexOf(np, m.index + m[0].length);
    let side: Side | null = null;
    if (PERSON_POSSESSIVES.has(mods[0]!.toLowerCase())) side = lastNamedPerson(doc, npAt)?.res.side ?? null;
    else {
      const fb = fallbackSide(np);
      side = fb && fb !== 'ANON' ? fb : sideOfDescriptor(np);
    }
    if (side && side !== 'ANON') best = { text: np, at: npAt, side };
  }
  return best;
}

/** `experts on North Korea`: the topic after an expertise noun names what the source knows about, not whom it speaks for. */
const EXPERTISE_TOPIC = /^((?:[\p{L}'’-]+\s+)*?(?:experts?|specialists?|analysts?|scholars?))\s+on\s+\p{Lu}.*$/isu;

/**
 * Resolves a source span to a full name and side (see the notes above `LOOKBACK_CHARS`); plural `they` may resolve to a
 * human group named earlier in its sentence, and `experts on X` take no side from X.
 */
export function resolveSource(text: string, at: number, history: readonly History[], entities: readonly EntityMention[], doc = ''): Resolved {
  const topic = EXPERTISE_TOPIC.exec(text);
  if (topic) return { ...resolveSource(topic[1]!, at, history, [], doc), name: text.replace(/^(?:the|a|an)\s+/i, '') };
  const low = text.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
  if (PERSON_PRONOUNS.has(low) || GROUP_PRONOUNS.has(low)) {
    const wantPerson = PERSON_PRONOUNS.has(low);
    const named = wantPerson && doc ? lastNamedPerson(doc, at) : null;
    // "they" after a human group named in the same sentence since the last speaker ("his top commanders … they told him").
    const group = low === 'they' && doc ? lastPluralGroup(doc, at) : null;
    if (group) {
      const prev = history.filter((h) => h.at <= at).pop();
      if (!prev || group.at > prev.at + prev.text.length) return { name: group.text, side: group.side, entityId: null, person: false };
    }
    for (let k = history.length - 1; k >= 0; k--) {
      const h = history[k]!;
      if (h.at > at) continue;
      if (h.resolved.person === wantPerson || (!wantPerson && low === 'they')) {
        // A person named (not quoted) after the last speaker is the likelier antecedent.
        if (named && named.at > h.at + h.text.length && named.res.name !== h.resolved.name) return named.res;
        return h.resolved;
      }
    }
    if (wantPerson) {
      let best: EntityMention | null = null;
      for (const e of entities) if (e.type === 'PERSON' && e.end <= at && (!best || e.start > best.start)) best = e;
      if (best) return { name: best.name, side: best.side ?? fallbackSide(best.name) ?? 'OSINT', entityId: best.id, person: true };
      if (named) return named.res;
    }
    return { name: text, side: 'ANON', entityId: null, person: wantPerson };
  }
  const inside = entities.filter((e) => e.start >= at && e.end <= at + text.length);
  const withSide = inside.find((e) => e.side);
  const name = nameOf(text);
  const ws = words(name);
  // A bare generic plural ("officials") continues the latest source with the same head and a known side ("Ukrainian officials").
  if (ws.length === 1 && ANON_HEADS.has(low)) {
    for (let k = history.length - 1; k >= 0; k--) {
      const h = history[k]!;
      if (h.at >= at || at - h.at > COREF_MAX_CHARS) break;
      if (h.resolved.side !== 'ANON' && (h.text.toLowerCase().endsWith(' ' + low) || h.text.toLowerCase() === low)) return h.resolved;
    }
  }
  // Short forms: a bare surname or role word matching an earlier, fuller source.
  if (ws.length <= 2) {
    for (let k = history.length - 1; k >= 0; k--) {
      const h = history[k]!;
      if (h.at >= at || h.text === text) continue;
      const hn = h.resolved.name;
      const last = ws[ws.length - 1]!;
      if (ws.length === 1 && /^\p{Lu}/u.test(last) && hn.split(' ').length > 1 && hn.endsWith(' ' + last)) return h.resolved;
      if (!/^\p{Lu}/u.test(text.replace(/^(?:the|a|an)\s+/i, '')) && ws.length === 1 && !ANON_HEADS.has(low) && h.text.toLowerCase().includes(low) && low.length > 3) return h.resolved;
    }
  }
  if (ws.length === 1 && !/^\p{Lu}/u.test(ws[0]!) && !ANON_HEADS.has(low) && doc) {
    const side = lastRoleMention(doc, at, ws[0]!);
    if (side && side !== 'ANON') return { name: text.replace(/^(?:the|a|an)\s+/i, ''), side, entityId: null, person: true };
  }
  const actor = findActor(name) ?? (name !== text ? findActor(text) : null);
  // The entity naming the source itself (the name part), as opposed to entities inside its modifiers ("Kremlin watcher").
  const nameAt = text.lastIndexOf(name);
  const nameEntity = nameAt >= 0 && name !== text
    ? inside.find((e) => e.side && e.start >= at + nameAt && e.end <= at + nameAt + name.length) ?? null
    : inside.length === 1 && inside[0]!.start === at && inside[0]!.end === at + text.length ? inside[0]! : null;
  const person = nameEntity ? nameEntity.type === 'PERSON' : actor ? actor.type === 'PERSON' : withSide?.type === 'PERSON' || looksPerson(text, inside[0] ?? null);
  const former = /\b(?:former|ex-|retired)\b/i.test(text);
  let side: Side | null = null;
  if (actor?.side && !former) side = actor.side;
  else if (nameEntity?.side && !former) side = nameEntity.side;
  if (!side) {
    const kb = sideOfDescriptor(text);
    if (kb && kb !== 'ANON') side = kb;
  }
  if (!side && withSide?.side && !former) side = withSide.side;
  if (!side) {
    const kb = sideOfDescriptor(text);
    const fb = fallbackSide(text);
    side = fb && fb !== 'ANON' ? fb : kb ?? fb;
  }
  if (!side) side = words(text).some((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase())) ? 'OSINT' : 'ANON';
  const resolvedName = actor && (actor.type !== 'PERSON' || person) ? actor.name : nameEntity?.name ?? name;
  return { name: resolvedName, side, entityId: actor?.id ?? nameEntity?.id ?? withSide?.id ?? null, person };
}
