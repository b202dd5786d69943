/** @module Assembles the claims of a document: sources resolved, attributes, relays, non-crossing spans, OUTLET claims, nesting, links. */

import type { Claim, Document, SourceSpan, Span } from '../../core/doc.js';
import { trimSpan } from '../../core/doc.js';
import { findQuotes, paragraphsOf } from './01-quotes.js';
import { tokenize } from './02-tokens.js';
import { findAttributions, trimContent, type RawClaim } from './03-attribution.js';
import { resolveSource, type History } from './04-sources.js';
import { findDenials, findHedges, quoteType } from './05-attributes.js';
import { isOutletClaim } from './06-outlet.js';
import { linkClaim } from './07-links.js';
import { CERTAINTY_ADVERBS, INFERENCE_CUES, NON_ANSWER_CONTENT_RE } from './data/cues.js';
import { RELAY_SIDES, RELAY_SOURCE_RE, TITLE_WORDS } from './data/sides.js';

/** Widest gap between a source and its cue searched for hedging adverbs. */
export const MAX_GAP_CHARS = 40;
/** Quotations with at least this many words block their sentences from being OUTLET claims (shorter ones are scare quotes). */
export const OUTLET_QUOTE_BLOCK_WORDS = 5;
/** Words an unattributed clause before an attribution needs to be an OUTLET claim of its own. */
export const MIN_PREFACE_WORDS = 6;
const CERTAINTY_RE = new RegExp(`\\b(?:${CERTAINTY_ADVERBS.join('|')})\\b`, 'i');
const CONNECTOR_END = /(?:,\s*|\s+)(?:but|after|while|as|and|because|since|although|though|whereas|when)\s*$|;\s*$/i;

interface Draft {
  raw: RawClaim;
  claim: Claim;
}

function toSpan(text: string, r: [number, number]): Span {
  return trimSpan(text, r[0], r[1]);
}

function within(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start >= b.start && a.end <= b.end;
}

function crosses(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.end <= b.start || b.end <= a.start) return false;
  return !(within(a, b) || within(b, a));
}

const TITLE_TOKEN = /[\p{L}\p{N}.'’-]+/gu;

/** True when `source` holds `head` as a title directly before a capitalised name (`General Sergei Rudskoy, …`). */
function titledName(source: string, head: string): boolean {
  const ws = source.match(TITLE_TOKEN) ?? [];
  for (let i = 0; i + 1 < ws.length; i++) {
    if (ws[i]!.toLowerCase() === head && /^\p{Lu}/u.test(ws[i + 1]!) && !TITLE_WORDS.has(ws[i + 1]!.toLowerCase())) return true;
  }
  return false;
}

/**
 * Headline cataphora: a headline source that is only a role (`Top General says …`) refers forward to the first
 * body source titled with the same head noun (`General Sergei Rudskoy, first deputy chief …`); it takes that name and side.
 */
function resolveHeadlineRoles(drafts: readonly Draft[], bodyStart: number): void {
  if (bodyStart <= 0) return;
  const body = drafts.filter((d) => d.claim.source && d.claim.source.start >= bodyStart && d.claim.source.side !== 'ANON')
    .sort((a, b) => a.claim.source!.start - b.claim.source!.start);
  for (const d of drafts) {
    const src = d.claim.source;
    if (!src || src.end > bodyStart || src.side !== 'ANON') continue;
    const ws = (src.text.match(TITLE_TOKEN) ?? []).map((w) => w.toLowerCase());
    if (!ws.length || !ws.every((w) => TITLE_WORDS.has(w))) continue;
    const head = ws[ws.length - 1]!;
    const ref = body.find((o) => titledName(o.claim.source!.text, head))?.claim.source;
    if (!ref) continue;
    d.claim.source = { ...src, name: ref.name, side: ref.side, entityId: ref.entityId };
    d.claim.side = ref.side;
  }
}

function spansOf(c: Claim): Span[] {
  const out: Span[] = [c];
  if (c.source) out.push(c.source);
  if (c.cue) out.push(c.cue);
  return out;
}

/**
 * Extracts the claims of a document (spec/claims.md §1).
 * @param doc A document with `sentences`; entities, places, times and figures are used when present.
 * @returns Claims sorted by content start; `parent` indexes into the same list.
 */
export function extractClaims(doc: Readonly<Document>): Claim[] {
  const text = doc.text;
  const paras = paragraphsOf(text);
  const sents = doc.sentences.length ? doc.sentences : paras;
  const quotes = findQuotes(text, paras);
  const toks = tokenize(text, sents, quotes);
  const raws = findAttributions(text, toks, quotes, sents, paras);
  const history: History[] = [];
  const drafts: Draft[] = [];
  const resolvedAt = new Map<string, ReturnType<typeof resolveSource>>();
  const order = raws.map((r, i) => i).sort((a, b) => (raws[a]!.source?.[0] ?? raws[a]!.cue[0]) - (raws[b]!.source?.[0] ?? raws[b]!.cue[0]));
  for (const i of order) {
    const raw = raws[i]!;
    const content = toSpan(text, trimContent(text, raw.content[0], raw.content[1]));
    if (content.end <= content.start) continue;
    const cue = toSpan(text, raw.cue);
    let source: SourceSpan | null = null;
    let via: SourceSpan | null = null;
    const mk = (r: [number, number]): SourceSpan => {
      const sp = toSpan(text, r);
      const key = `${sp.start}:${sp.end}`;
      let res = resolvedAt.get(key);
      if (!res) {
        res = resolveSource(sp.text, sp.start, history, doc.entities, text);
        resolvedAt.set(key, res);
        history.push({ at: sp.start, text: sp.text, resolved: res });
      }
      return { ...sp, name: res.name, side: res.side, entityId: res.entityId };
    };
    if (raw.source) source = mk(raw.source);
    if (raw.cited) {
      via = source;
      source = mk(raw.cited);
    }
    // Hedges in the cue, the content, and adverbs between source and cue ("they reportedly told").
    const gapStart = raw.source && raw.source[1] <= cue.start && cue.start - raw.source[1] < MAX_GAP_CHARS ? raw.source[1] : cue.start;
    const hedges = findHedges(text, gapStart, cue.end).concat(findHedges(text, content.start, content.end));
    if (raw.kind === 'passive' && /^(?:said|believed|thought|reported|alleged|rumou?red|understood|known)$/i.test(cue.text)) {
      const m = /^\s+to\b/.exec(text.slice(cue.end, cue.end + 4));
      if (m) hedges.push({ start: cue.start, end: cue.end + m[0].length, text: text.slice(cue.start, cue.end + m[0].length) });
    }
    // "The comments clearly indicate that …": an inference the writer vouches for is analysis, not a reported statement.
    if (INFERENCE_CUES.has(cue.text.toLowerCase()) && CERTAINTY_RE.test(text.slice(gapStart, cue.start))) continue;
    if (NON_ANSWER_CONTENT_RE.test(content.text.replace(/[^\p{L}\p{N}'’\s]+/gu, ' ').replace(/\s+/g, ' ').trim())) continue;
    const denials = findDenials(text, cue, content);
    drafts.push({
      raw,
      claim: {
        ...content,
        source,
        cue,
        quote: quoteType(content.text, quotes.some((q) => q.start === content.start && q.end >= content.end && q.end - content.end <= 1)),
        side: source?.side ?? 'ANON',
        hedged: hedges.length > 0,
        denial: denials.length > 0,
        hedges,
        denials,
        via,
        parent: null,
      },
    });
  }
  resolveHeadlineRoles(drafts, doc.bodyStart);
  // Relays: an outer claim by a news organisation whose content holds a whole inner claim becomes the inner claim's `via`.
  const dropped = new Set<Draft>();
  for (const outer of drafts) {
    for (const inner of drafts) {
      if (inner === outer || dropped.has(inner) || !inner.claim.source || !outer.claim.source) continue;
      if (!within(inner.claim.source, outer.claim) || !within(inner.claim, outer.claim)) continue;
      if (RELAY_SIDES.has(outer.claim.side) || RELAY_SOURCE_RE.test(outer.claim.source.text) || outer.claim.source.name === inner.claim.via?.name) {
        inner.claim.via ??= outer.claim.source;
        dropped.add(outer);
      }
    }
  }
  // Keep spans non-crossing (spec §0): a claim whose spans cross an accepted one is dropped.
  const accepted: Claim[] = [];
  const taken: Span[] = [];
  const sorted = drafts.filter((d) => !dropped.has(d)).sort((a, b) => a.claim.start - b.claim.start || a.claim.end - b.claim.end);
  for (const d of sorted) {
    const mine = spansOf(d.claim);
    let bad = false;
    for (let i = 0; i < mine.length && !bad; i++) {
      for (const t of taken) if (crosses(mine[i]!, t)) { bad = true; break; }
      for (let j = i + 1; j < mine.length && !bad; j++) if (crosses(mine[i]!, mine[j]!)) bad = true;
    }
    if (bad) continue;
    accepted.push(d.claim);
    taken.push(...mine);
  }
  // OUTLET claims: sentences with no attribution and no quotation that are checkable.
  const blocked = new Uint8Array(doc.sentences.length);
  const block = (a: number, b: number) => {
    let lo = 0;
    let hi = doc.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (doc.sentences[mid]!.end <= a) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < doc.sentences.length && doc.sentences[k]!.start < b; k++) blocked[k] = 1;
  };
  // An unattributed clause before an attribution in the same sentence ("Russia fired 20 drones, but officials say …").
  const prefaces: Span[] = [];
  for (const c of accepted) {
    const frame = Math.min(c.source?.start ?? c.start, c.cue?.start ?? c.start, c.start);
    const sIdx = doc.sentences.findIndex((x) => x.start <= frame && frame < x.end);
    if (sIdx < 0) continue;
    const sent = doc.sentences[sIdx]!;
    const before = text.slice(sent.start, frame);
    const m = CONNECTOR_END.exec(before.replace(/(?:the|a|an)\s*$/i, ''));
    if (!m || (before.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_PREFACE_WORDS + 1) continue;
    if (taken.some((t) => t.start < sent.start + m.index && sent.start < t.end)) continue;
    const [a, b] = trimContent(text, sent.start, sent.start + m.index);
    const pre = trimSpan(text, a, b);
    if (/["“”]/.test(pre.text)) continue;
    if (isOutletClaim(doc, pre)) prefaces.push(pre);
  }
  for (const t of taken) block(t.start, t.end);
  for (const q of quotes) if ((text.slice(q.start, q.end).match(/[\p{L}\p{N}]+/gu) ?? []).length >= OUTLET_QUOTE_BLOCK_WORDS) block(q.open, q.close);
  for (const pre of prefaces) {
    const hedges = findHedges(text, pre.start, pre.end);
    accepted.push({ ...pre, source: null, cue: null, quote: 'none', side: 'OUTLET', hedged: hedges.length > 0, denial: false, hedges, denials: [], via: null, parent: null });
  }
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s]!;
    if (blocked[s]) continue;
    if (!isOutletClaim(doc, sent)) continue;
    const [a, b] = trimContent(text, sent.start, sent.end);
    const content = trimSpan(text, a, b);
    const hedges = findHedges(text, content.start, content.end);
    accepted.push({ ...content, source: null, cue: null, quote: 'none', side: 'OUTLET', hedged: hedges.length > 0, denial: false, hedges, denials: [], via: null, parent: null });
  }
  accepted.sort((a, b) => a.start - b.start || a.end - b.end);
  // Nesting: the smallest other claim whose content holds this claim's source, cue and content.
  for (let i = 0; i < accepted.length; i++) {
    const c = accepted[i]!;
    if (!c.cue) continue;
    let best = -1;
    for (let j = 0; j < accepted.length; j++) {
      if (j === i) continue;
      const o = accepted[j]!;
      if (!o.cue || (o.start === c.start && o.end === c.end)) continue;
      if (within(c, o) && within(c.cue, o) && (!c.source || within(c.source, o)) && (best < 0 || o.end - o.start < accepted[best]!.end - accepted[best]!.start)) best = j;
    }
    c.parent = best >= 0 ? best : null;
  }
  return accepted.map((c) => linkClaim(doc, c));
}
