/**
 * @module `triangulate eval attribution`: scores the claims stage on PolNeAR (brat standoff) attribution relations.
 *
 * Decisions (documented here, see also the report printed with `--json`):
 * - One annotator per article: PolNeAR has several `.ann` files for some articles; we score against the first
 *   file in sorted order, so every article counts once.
 * - Predictions are the stage's attributed claims (OUTLET claims, which PolNeAR does not annotate, are left out).
 *   Claims that share one cue span (a quotation resumed after its cue) are merged into one predicted relation whose
 *   content is the union of their content spans, because PolNeAR annotates one relation per cue with a
 *   discontinuous content. Relays (`…, according to TASS`) are folded into the inner claim's `via` by our spec and
 *   are not predicted as relations of their own, so PolNeAR's relay relations count as misses.
 * - Spans are compared as sets of character ranges. Overlap match: the two range sets share at least one
 *   non-space character. Exact match: equal after normalising both sides (trim whitespace, outer quotation marks,
 *   trailing `, . ; :` and a leading `that `), since PolNeAR keeps quote marks and final punctuation in content and
 *   our spec drops them.
 * - Scope (fixed, from the specification; independent of the extractor's cue lexicon): PolNeAR annotates far more
 *   than reporting events (`called for`, `wants`, `plans`, `shows`, polls, punctuation cues such as `―` and headline
 *   colons), while our spec (spec/claims.md §1.1.1, §1.3) annotates reporting events only. The headline figures are
 *   computed on the in-scope gold relations, defined by these rules over the brat gold alone (word lists in
 *   `src/eval/data/attribution-scope.ts`, which the claims stage never imports):
 *   C1. Cue: lower-cased, `’` read as `'`, split into letter words. A cue that begins with a phrase cue of §1.3
 *       (`according to`, `in the words of`, `pointed out`, `learned from`, …) is in scope.
 *   C2. Otherwise its head is the first word that is not an auxiliary, modal, negation or adverb (SCOPE_SKIP_WORDS,
 *       or any other word ending in `-ly`; `reply` is a head): `has repeatedly said` → `said`. The cue is in scope when the head is an
 *       inflection of a reporting verb (SCOPE_VERB_FORMS: saying, telling, claiming, warning, estimating, denying,
 *       insisting, stating, announcing, writing, adding, noting, confirming, reporting, accusing, arguing, assessing,
 *       believing/thinking, tweeting/posting, and their near synonyms) or a reporting noun (SCOPE_NOUN_FORMS:
 *       `statement`, `report`, `claim`, …). Directives, commissives, wishes, plans, perception and evaluation verbs
 *       are out (`called for`, `urged`, `asked`, `pledged`, `wants`, `shows`, `found`, `praised`), as are
 *       punctuation-only cues.
 *   C3. A cue that ends with a preposition of SCOPE_NP_PREPOSITIONS (`warned of`, `spoke about`) has a noun-phrase
 *       complement, not a clause: out (C1 phrase cues excepted).
 *   K1. Content (normalised as for exact match) that ends with `?` and holds no sentence boundary before it is a
 *       question only: out.
 *   K2. Content that opens with an exhortation or request (`let's`, `let us`, `please`; any case) is an appeal only:
 *       out. (`Let everyone know that X` is kept: `let` + name cannot be told from a statement mechanically.)
 *   K3. Content that opens with lower-case `to` or `of` + word continues the cue's clause as a non-clausal complement:
 *       an infinitive (`told them to leave`: an order, appeal or intention) or a prepositional noun phrase
 *       (`accused him of fanatic recklessness`): out. Capitalised openings (`To be clear, …`, `Of course, …`) start a
 *       quoted sentence and are kept.
 *   Not decidable from the brat gold without a parser, hence not applied: a bare noun-phrase content with no
 *   preposition (`played down fears`), a feeling or value judgement without a factual core.
 *   A prediction that matches an out-of-scope gold relation and no in-scope one is neither a hit nor a false
 *   positive (it is ignored). The same figures over all gold relations are reported under `all`.
 * - A relation matches (overlap) when its content spans overlap AND its cue spans overlap; exact when content and
 *   cue are exact and the sources are exact (or both absent). Relations are paired one-to-one, greedily, largest
 *   content overlap first. Source, cue and content F1 are scored separately over the matched-or-not span lists
 *   of each kind, paired one-to-one by overlap the same way.
 */

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { emptyDocument } from '../core/doc.js';
import { sharedPath } from '../core/paths.js';
import { println, type Command } from '../apps/cli/io.js';
import { splitSentences } from '../stages/segment/index.js';
import { extractClaims } from '../stages/claims/08-assemble.js';
import {
  SCOPE_COMPLEMENT_OPENERS, SCOPE_DIRECTIVE_OPENERS, SCOPE_NOUN_FORMS, SCOPE_NP_PREPOSITIONS, SCOPE_PHRASE_CUES, SCOPE_SKIP_WORDS, SCOPE_VERB_FORMS,
} from './data/attribution-scope.js';

let scopeHeads: ReadonlySet<string> | null = null;
let scopeSkip: ReadonlySet<string> | null = null;
let npPreps: ReadonlySet<string> | null = null;
let complementOpeners: ReadonlySet<string> | null = null;
const SCOPE_WORD_RE = /[a-z]+(?:'[a-z]+)?/g;

function words(s: string): string[] {
  return s.toLowerCase().replace(/[’‘]/g, "'").match(SCOPE_WORD_RE) ?? [];
}

/** True when a gold cue text is a reporting expression of spec §1.3 (rules C1–C3 of the module comment). */
export function inScopeCue(cue: string): boolean {
  scopeHeads ??= new Set([...SCOPE_VERB_FORMS, ...SCOPE_NOUN_FORMS]);
  scopeSkip ??= new Set(SCOPE_SKIP_WORDS);
  npPreps ??= new Set(SCOPE_NP_PREPOSITIONS);
  const ws = words(cue).flatMap((w) => w.split("'"));
  const joined = ws.join(' ');
  if (SCOPE_PHRASE_CUES.some((p) => joined === p || joined.startsWith(p + ' '))) return true;
  const head = ws.findIndex((w) => scopeHeads!.has(w) || (!scopeSkip!.has(w) && !/ly$/.test(w)));
  if (head < 0 || !scopeHeads.has(ws[head]!)) return false;
  return !(ws.length > head + 1 && npPreps.has(ws[ws.length - 1]!));
}

/** True when a normalised gold content is a clause or quotation, not only a question, appeal or complement phrase (rules K1–K3). */
export function inScopeContent(content: string): boolean {
  complementOpeners ??= new Set(SCOPE_COMPLEMENT_OPENERS);
  const c = content.trim();
  if (/\?\s*$/.test(c) && !/[.!?]["”’]?\s+["“‘]?[A-Z]/.test(c.replace(/\?\s*$/, ''))) return false;
  const ws = words(c);
  if (!ws.length) return false;
  const opening = ws.slice(0, 2).join(' ');
  if (SCOPE_DIRECTIVE_OPENERS.some((d) => opening === d || ws[0] === d)) return false;
  const m = /^[a-z]+/.exec(c);
  return !(m && complementOpeners.has(m[0]) && ws.length > 1);
}

/** True when a gold relation is in the fixed evaluation scope: reporting cue (C1–C3) and clause/quotation content (K1–K3). */
export function inScopeRelation(text: string, rel: Relation): boolean {
  return inScopeCue(normSpan(text, rel.cue)) && inScopeContent(normSpan(text, rel.content));
}

type Ranges = Array<[number, number]>;

/** One attribution relation: source (may be absent), cue and content as character range sets. */
export interface Relation {
  source: Ranges | null;
  cue: Ranges;
  content: Ranges;
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
  tp: number;
  pred: number;
  gold: number;
}

export interface AttributionReport {
  docs: number;
  goldRelations: number;
  predRelations: number;
  overlap: { source: PRF; cue: PRF; content: PRF; relation: PRF };
  exact: { source: PRF; cue: PRF; content: PRF; relation: PRF };
  /** The same relation scores over all gold relations (out-of-scope ones included). */
  all: { relation: PRF; goldRelations: number };
  docsPerSecond: number;
  annotatorPolicy: string;
}

/** Parses a brat `.ann` file into relations (E lines tie Source/Cue/Content T lines). */
export function parseBrat(ann: string): Relation[] {
  const spans = new Map<string, Ranges>();
  const rels: Relation[] = [];
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [id, info] = line.split('\t');
      if (!id || !info) continue;
      const sp = info.indexOf(' ');
      const ranges = info.slice(sp + 1).split(';').map((r) => r.trim().split(/\s+/).map(Number) as [number, number]);
      spans.set(id, ranges);
    } else if (line.startsWith('E')) events.push(line);
  }
  for (const line of events) {
    const parts = (line.split('\t')[1] ?? '').split(/\s+/);
    const role = new Map<string, string>();
    for (const p of parts) {
      const [k, v] = p.split(':');
      if (k && v) role.set(k.replace(/\d+$/, ''), v);
    }
    const cue = spans.get(role.get('Cue') ?? '');
    const content = spans.get(role.get('Content') ?? '');
    if (!cue || !content) continue;
    const src = role.get('Source');
    rels.push({ source: src ? spans.get(src) ?? null : null, cue, content });
  }
  return rels;
}

function charSet(text: string, r: Ranges): Set<number> {
  const s = new Set<number>();
  for (const [a, b] of r) for (let i = a; i < b; i++) if (!/\s/.test(text[i] ?? ' ')) s.add(i);
  return s;
}

function overlapSize(text: string, a: Ranges, b: Ranges): number {
  const sa = charSet(text, a);
  let n = 0;
  for (const i of charSet(text, b)) if (sa.has(i)) n++;
  return n;
}

/** Normalised text of a range set for exact comparison. */
export function normSpan(text: string, r: Ranges): string {
  return r
    .map(([a, b]) => text.slice(a, b).trim().replace(/^["“”'‘’]+|["“”'‘’]+$/g, '').replace(/[\s,.;:]+$/g, '').replace(/^that,?\s+/i, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')
    .replace(/[\s,.;:]+$/g, '')
    .replace(/^that\s+/i, '')
    .replace(/["“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Greedy one-to-one pairing by overlap size; returns pairs [predIdx, goldIdx]. */
function pair<T>(pred: T[], gold: T[], score: (p: T, g: T) => number): Array<[number, number]> {
  const cands: Array<[number, number, number]> = [];
  for (let i = 0; i < pred.length; i++) for (let j = 0; j < gold.length; j++) {
    const s = score(pred[i]!, gold[j]!);
    if (s > 0) cands.push([s, i, j]);
  }
  cands.sort((a, b) => b[0] - a[0]);
  const up = new Set<number>();
  const ug = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of cands) {
    if (up.has(i) || ug.has(j)) continue;
    up.add(i);
    ug.add(j);
    out.push([i, j]);
  }
  return out;
}

function prf(tp: number, pred: number, gold: number): PRF {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, pred, gold };
}

/** Predicted relations of one text: attributed claims, merged by shared cue span. */
export function predictRelations(text: string): Relation[] {
  const nl = text.indexOf('\n\n');
  const doc = emptyDocument('polnear', text, nl > 0 && nl < 400 ? nl + 2 : 0);
  doc.sentences = splitSentences(text);
  const byCue = new Map<string, Relation>();
  for (const c of extractClaims(doc)) {
    if (!c.cue) continue;
    const key = `${c.cue.start}:${c.cue.end}`;
    const rel = byCue.get(key);
    if (rel) rel.content.push([c.start, c.end]);
    else byCue.set(key, { source: c.source ? [[c.source.start, c.source.end]] : null, cue: [[c.cue.start, c.cue.end]], content: [[c.start, c.end]] });
  }
  return [...byCue.values()];
}

interface Counts { tp: number; pred: number; gold: number }

/**
 * Scores the stage against a PolNeAR split folder holding `text/` and `attributions/`.
 * @param opts.data Folder of the split (default `../shared/data/attribution/polnear/dev`).
 * @param opts.limit Score only the first n articles.
 */
export function evaluateAttribution(opts: { data?: string; limit?: number } = {}): AttributionReport {
  let dir = opts.data ?? sharedPath('data', 'attribution', 'polnear');
  if (!existsSync(path.join(dir, 'attributions')) && existsSync(path.join(dir, 'dev'))) dir = path.join(dir, 'dev');
  const anns = readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const firstByDoc = new Map<string, string>();
  for (const f of anns) {
    const stem = f.replace(/_[0-9a-f]+\.ann$/, '');
    if (!firstByDoc.has(stem)) firstByDoc.set(stem, f);
  }
  let docs = [...firstByDoc.entries()];
  if (opts.limit) docs = docs.slice(0, opts.limit);
  const z = (): Counts => ({ tp: 0, pred: 0, gold: 0 });
  const ov = { source: z(), cue: z(), content: z(), relation: z() };
  const ex = { source: z(), cue: z(), content: z(), relation: z() };
  let ms = 0;
  let goldN = 0;
  let predN = 0;
  let allTp = 0;
  let allPred = 0;
  let allGoldN = 0;
  for (const [stem, annFile] of docs) {
    const textFile = path.join(dir, 'text', stem + '.txt');
    if (!existsSync(textFile)) continue;
    const text = readFileSync(textFile, 'utf8');
    const allGold = parseBrat(readFileSync(path.join(dir, 'attributions', annFile), 'utf8'));
    const gold = allGold.filter((g) => inScopeRelation(text, g));
    const outGold = allGold.filter((g) => !gold.includes(g));
    const t0 = performance.now();
    const pred = predictRelations(text);
    ms += performance.now() - t0;
    const relOverlap = (p: Relation, g: Relation) => (overlapSize(text, p.cue, g.cue) > 0 ? overlapSize(text, p.content, g.content) : 0);
    const allPairs = pair(pred, allGold, relOverlap);
    allTp += allPairs.length;
    allPred += pred.length;
    allGoldN += allGold.length;
    // Predictions that only match out-of-scope gold relations are ignored.
    const scoredPred = pred.filter((p) => !outGold.some((g) => relOverlap(p, g) > 0) || gold.some((g) => relOverlap(p, g) > 0));
    pred.length = 0;
    pred.push(...scoredPred);
    goldN += gold.length;
    predN += pred.length;
    // Relations.
    const relPairs = pair(pred, gold, (p, g) => (overlapSize(text, p.cue, g.cue) > 0 ? overlapSize(text, p.content, g.content) : 0));
    ov.relation.tp += relPairs.length;
    ov.relation.pred += pred.length;
    ov.relation.gold += gold.length;
    const exactRel = (p: Relation, g: Relation) =>
      normSpan(text, p.content) === normSpan(text, g.content) && normSpan(text, p.cue) === normSpan(text, g.cue) &&
      ((!p.source && !g.source) || (!!p.source && !!g.source && normSpan(text, p.source) === normSpan(text, g.source)));
    ex.relation.tp += relPairs.filter(([i, j]) => exactRel(pred[i]!, gold[j]!)).length;
    ex.relation.pred += pred.length;
    ex.relation.gold += gold.length;
    // Components.
    for (const kind of ['source', 'cue', 'content'] as const) {
      const ps = pred.map((r) => r[kind]).filter((x): x is Ranges => !!x);
      const gs = gold.map((r) => r[kind]).filter((x): x is Ranges => !!x);
      const dedupe = (xs: Ranges[]) => [...new Map(xs.map((x) => [JSON.stringify(x), x])).values()];
      const pu = dedupe(ps);
      const gu = dedupe(gs);
      const pairs = pair(pu, gu, (a, b) => overlapSize(text, a, b));
      ov[kind].tp += pairs.length;
      ov[kind].pred += pu.length;
      ov[kind].gold += gu.length;
      const exPairs = pair(pu, gu, (a, b) => (normSpan(text, a) === normSpan(text, b) ? 1 : 0));
      ex[kind].tp += exPairs.length;
      ex[kind].pred += pu.length;
      ex[kind].gold += gu.length;
    }
  }
  const fin = (c: { source: Counts; cue: Counts; content: Counts; relation: Counts }) => ({
    source: prf(c.source.tp, c.source.pred, c.source.gold),
    cue: prf(c.cue.tp, c.cue.pred, c.cue.gold),
    content: prf(c.content.tp, c.content.pred, c.content.gold),
    relation: prf(c.relation.tp, c.relation.pred, c.relation.gold),
  });
  return {
    docs: docs.length,
    goldRelations: goldN,
    predRelations: predN,
    overlap: fin(ov),
    exact: fin(ex),
    all: { relation: prf(allTp, allPred, allGoldN), goldRelations: allGoldN },
    docsPerSecond: ms > 0 ? (docs.length * 1000) / ms : 0,
    annotatorPolicy: 'first .ann file (sorted) per article',
  };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** `triangulate eval attribution [--data DIR] [--limit N] [--json]` */
export const run: Command = async (args, io) => {
  let data: string | undefined;
  let json = false;
  let limit: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--data') data = args[++i];
    else if (a === '--json') json = true;
    else if (a === '--limit') limit = Number(args[++i]);
    else {
      println(io.stderr, `triangulate eval attribution: unknown option ${a}; usage: triangulate eval attribution [--data DIR] [--limit N] [--json]`);
      return 2;
    }
  }
  const dir = data ?? sharedPath('data', 'attribution', 'polnear');
  if (!existsSync(dir)) {
    println(io.stderr, `triangulate eval attribution: no data at ${dir}; pass --data or set TRIANGULATE_SHARED`);
    return 2;
  }
  const rep = evaluateAttribution({ data: dir, limit });
  if (json) {
    println(io.stdout, JSON.stringify(rep, null, 2));
    return 0;
  }
  println(io.stdout, `PolNeAR attribution: ${rep.docs} docs, ${rep.goldRelations} in-scope gold / ${rep.predRelations} scored predicted relations (${rep.annotatorPolicy})`);
  println(io.stdout, `             overlap P/R/F1          exact P/R/F1`);
  for (const k of ['source', 'cue', 'content', 'relation'] as const) {
    const o = rep.overlap[k];
    const e = rep.exact[k];
    println(io.stdout, `${k.padEnd(9)} ${pct(o.p)} ${pct(o.r)} ${pct(o.f1)}     ${pct(e.p)} ${pct(e.r)} ${pct(e.f1)}`);
  }
  const a = rep.all.relation;
  println(io.stdout, `all gold relations (${rep.all.goldRelations}, out-of-scope relations included): relation overlap ${pct(a.p)} ${pct(a.r)} ${pct(a.f1)}`);
  println(io.stdout, `speed: ${rep.docsPerSecond.toFixed(0)} docs/s`);
  return 0;
};
