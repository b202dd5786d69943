/**
 * @module `triangulate eval ner`: entity-level exact-match P/R/F1 of the entities stage on CoNLL-2003-style gold (IOB2).
 *
 * Adapter decisions:
 * - Each document's text is rebuilt from its tokens: tokens joined by one space, sentences by a newline; gold spans are
 *   the character spans of their tokens. The stage sees the sentences as given (no re-segmentation).
 * - Our types map to CoNLL: PERSON→PER, ORG→ORG, GROUP→ORG, PLACE→LOC, OTHER→MISC (nationalities and demonyms
 *   are OTHER, which CoNLL tags MISC). Role coreference ("the Russian leader") is switched off: CoNLL does not tag it.
 * - A prediction is correct when its start, end and mapped type equal a gold entity's. We also report the span-only
 *   (untyped) F1 to tell boundary errors from type errors.
 * - The recogniser is rules + knowledge base + corpus capitalisation statistics; nothing is fitted on this file.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityType } from '../core/doc.js';
import { emptyDocument } from '../core/doc.js';
import { sharedPath } from '../core/paths.js';
import { println, type Command } from '../apps/cli/io.js';
import { entitiesStage } from '../stages/entities/index.js';

/** Default gold folder (under the shared data). */
export const DEFAULT_NER_DATA = 'data/ner/conll2003-test-corrected';
/** CoNLL label of each of our entity types. */
export const TYPE_MAP: Record<EntityType, string> = { PERSON: 'PER', ORG: 'ORG', GROUP: 'ORG', PLACE: 'LOC', OTHER: 'MISC' };
const LABELS = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** A gold or predicted entity: character span and CoNLL label. */
export interface NerSpan {
  start: number;
  end: number;
  label: string;
}

/** One CoNLL document rebuilt as text. */
export interface NerDoc {
  text: string;
  sentences: Array<{ start: number; end: number; paragraph: number; text: string }>;
  gold: NerSpan[];
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  gold: number;
  predicted: number;
}

export interface NerScores {
  docs: number;
  overall: Prf;
  untyped: Prf;
  byType: Record<string, Prf>;
  /** Documents per CPU-second of this process (CPU time, so other load on the machine does not skew it). */
  docsPerSecond: number;
  msPer4KB: number;
  /** Misses and false alarms (only when `opts.errors` is set), at most that many of each. */
  errors?: NerError[];
}

/** One scoring error: a gold entity not predicted exactly (`miss`) or a prediction not in the gold (`false`). */
export interface NerError {
  kind: 'miss' | 'false';
  text: string;
  label: string;
  /** For a miss, what we predicted over the same characters ("" when nothing); for a false alarm, the gold there. */
  other: string;
  context: string;
}

/** Parses CoNLL text (`token POS chunk tag` lines, blank lines between sentences, `-DOCSTART-` between documents). */
export function parseConll(raw: string): NerDoc[] {
  const docs: NerDoc[] = [];
  let sentences: Array<Array<[string, string]>> = [];
  let cur: Array<[string, string]> = [];
  const flushSentence = (): void => {
    if (cur.length) sentences.push(cur);
    cur = [];
  };
  const flushDoc = (): void => {
    flushSentence();
    if (sentences.length) docs.push(buildDoc(sentences));
    sentences = [];
  };
  for (const line of raw.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.startsWith('-DOCSTART-')) {
      flushDoc();
      continue;
    }
    if (trimmed === '') {
      flushSentence();
      continue;
    }
    const cols = trimmed.split(/\s+/);
    cur.push([cols[0]!, cols[cols.length - 1]!]);
  }
  flushDoc();
  return docs;
}

function buildDoc(sentences: Array<Array<[string, string]>>): NerDoc {
  let text = '';
  const sents: NerDoc['sentences'] = [];
  const gold: NerSpan[] = [];
  sentences.forEach((sent, si) => {
    if (si > 0) text += '\n';
    const sStart = text.length;
    let open: NerSpan | null = null;
    sent.forEach(([tok, tag], ti) => {
      if (ti > 0) text += ' ';
      const start = text.length;
      text += tok;
      const end = text.length;
      const [bio, label] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
      if (bio === 'B' || (bio === 'I' && (!open || open.label !== label))) {
        if (open) gold.push(open);
        open = { start, end, label };
      } else if (bio === 'I' && open) {
        open.end = end;
      } else {
        if (open) gold.push(open);
        open = null;
      }
    });
    if (open) gold.push(open);
    sents.push({ start: sStart, end: text.length, paragraph: si, text: text.slice(sStart) });
  });
  return { text, sentences: sents, gold };
}

function prf(tp: number, gold: number, predicted: number): Prf {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, gold, predicted };
}

/** Runs the entities stage on one rebuilt document and returns its predictions as CoNLL spans. */
export function predictNer(doc: NerDoc): NerSpan[] {
  const d = { ...emptyDocument('conll', doc.text), sentences: doc.sentences };
  const out = entitiesStage.run(d, { options: { entities: { roleCoref: false } } });
  return (out.entities ?? []).map((e) => ({ start: e.start, end: e.end, label: TYPE_MAP[e.type] }));
}

/**
 * Scores the entities stage on CoNLL gold.
 * @param opts.data Folder or file of the gold (default `../shared/data/ner/conll2003-test-corrected`).
 * @param opts.limit Score only the first N documents.
 */
export function evaluateNer(opts: { data?: string; limit?: number; errors?: number } = {}): NerScores {
  let file = opts.data ?? sharedPath(DEFAULT_NER_DATA);
  if (existsSync(file) && !file.endsWith('.txt')) file = path.join(file, 'conllpp_test.txt');
  let docs = parseConll(readFileSync(file, 'utf8'));
  if (opts.limit) docs = docs.slice(0, opts.limit);
  const counts = new Map<string, { tp: number; gold: number; predicted: number }>();
  for (const l of LABELS) counts.set(l, { tp: 0, gold: 0, predicted: 0 });
  let untypedTp = 0;
  let goldN = 0;
  let predN = 0;
  let chars = 0;
  let ms = 0;
  const errors: NerError[] = [];
  const cap = opts.errors ?? 0;
  if (docs[0]) predictNer(docs[0]); // loads the lexicon and knowledge base outside the timing
  for (const doc of docs) {
    const c0 = process.cpuUsage();
    const pred = predictNer(doc);
    const c = process.cpuUsage(c0);
    ms += (c.user + c.system) / 1000;
    chars += doc.text.length;
    const goldKeys = new Map(doc.gold.map((g) => [`${g.start}:${g.end}`, g.label]));
    goldN += doc.gold.length;
    predN += pred.length;
    for (const g of doc.gold) counts.get(g.label)!.gold++;
    for (const p of pred) {
      const c = counts.get(p.label)!;
      c.predicted++;
      const g = goldKeys.get(`${p.start}:${p.end}`);
      if (g !== undefined) {
        untypedTp++;
        if (g === p.label) c.tp++;
      }
    }
    if (cap) collectErrors(doc, pred, errors, cap);
  }
  const byType: Record<string, Prf> = {};
  let tp = 0;
  for (const [l, c] of counts) {
    byType[l] = prf(c.tp, c.gold, c.predicted);
    tp += c.tp;
  }
  return {
    docs: docs.length,
    overall: prf(tp, goldN, predN),
    untyped: prf(untypedTp, goldN, predN),
    byType,
    docsPerSecond: ms ? docs.length / (ms / 1000) : 0,
    msPer4KB: chars ? ms / (chars / 4096) : 0,
    ...(cap ? { errors } : {}),
  };
}

/** Characters of context printed either side of an error. */
const ERROR_CONTEXT = 40;

function collectErrors(doc: NerDoc, pred: NerSpan[], out: NerError[], cap: number): void {
  const key = (s: NerSpan): string => `${s.start}:${s.end}:${s.label}`;
  const predKeys = new Set(pred.map(key));
  const goldKeys = new Set(doc.gold.map(key));
  const over = (list: NerSpan[], s: NerSpan): string =>
    list
      .filter((x) => x.start < s.end && s.start < x.end)
      .map((x) => `${x.label}:${doc.text.slice(x.start, x.end)}`)
      .join(' | ');
  const ctx = (s: NerSpan): string =>
    `${doc.text.slice(Math.max(0, s.start - ERROR_CONTEXT), s.start)}[[${doc.text.slice(s.start, s.end)}]]${doc.text.slice(s.end, s.end + ERROR_CONTEXT)}`.replace(/\n/g, ' / ');
  const misses = out.filter((e) => e.kind === 'miss').length;
  const falses = out.length - misses;
  let m = misses;
  let f = falses;
  for (const g of doc.gold) if (m < cap && !predKeys.has(key(g))) (out.push({ kind: 'miss', text: doc.text.slice(g.start, g.end), label: g.label, other: over(pred, g), context: ctx(g) }), m++);
  for (const p of pred) if (f < cap && !goldKeys.has(key(p))) (out.push({ kind: 'false', text: doc.text.slice(p.start, p.end), label: p.label, other: over(doc.gold, p), context: ctx(p) }), f++);
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

/** `triangulate eval ner [--data PATH] [--limit N] [--errors N] [--json]`. */
export const run: Command = async (args, io) => {
  let data: string | undefined;
  let limit: number | undefined;
  let json = false;
  let errors = 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--data') data = args[++i];
    else if (a === '--limit') limit = Number(args[++i]);
    else if (a === '--errors') errors = Number(args[++i]);
    else {
      println(io.stderr, `triangulate eval ner: unknown option ${a}`);
      return 2;
    }
  }
  const file = data ? path.resolve(data) : sharedPath(DEFAULT_NER_DATA);
  if (!existsSync(file)) {
    println(io.stderr, `triangulate eval ner: no gold data at ${file}`);
    return 2;
  }
  const scores = evaluateNer({ data: file, limit, errors });
  if (json) {
    println(io.stdout, JSON.stringify(scores, null, 2));
    return 0;
  }
  println(io.stdout, `NER (entities stage) on ${scores.docs} documents — exact-match entity P/R/F1`);
  println(io.stdout, `type      P      R     F1   gold  pred`);
  for (const [l, s] of [...Object.entries(scores.byType), ['ALL', scores.overall] as const, ['SPAN', scores.untyped] as const]) {
    println(io.stdout, `${String(l).padEnd(5)} ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f1)}  ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)}`);
  }
  for (const e of scores.errors ?? []) {
    println(io.stdout, `${e.kind === 'miss' ? 'MISS ' : 'FALSE'} ${e.label.padEnd(4)} ${JSON.stringify(e.text)}  ${e.kind === 'miss' ? 'pred' : 'gold'}: ${e.other || '-'}  …${e.context}…`);
  }
  println(io.stdout, `speed (CPU time of this process): ${scores.docsPerSecond.toFixed(0)} docs/s, ${scores.msPer4KB.toFixed(2)} ms per 4 KB`);
  return 0;
};
