/**
 * @module `triangulate eval time`: scores the times stage on TimeML gold (TempEval-3 TBAQ-cleaned: TimeBank + AQUAINT).
 *
 * Adapter decisions where TimeML and our spec (spec/claims.md §4) differ — the product keeps the spec's behaviour:
 * - The DCT (`functionInDocument="CREATION_TIME"`) is the reference date (`published`) and is not scored, as in TE3.
 * - Text is the plain text of `<TEXT>` with every tag removed and XML entities decoded; gold offsets index into it.
 * - Spans: TimeML sometimes includes leading determiners or prepositions and differs on modifiers ("over", "more than");
 *   we report strict (exact) and relaxed (any overlap, one-to-one) matches; value and type are scored on relaxed matches.
 * - "Value F1" is TE3's attribute F1: P = correct values / predictions, R = correct values / gold, which equals
 *   relaxed F1 × value accuracy.
 * - TimeML annotates some words our spec does not ("current", bare "recent", "the year") and vice versa; those count
 *   as misses / false alarms: no exceptions are made for them.
 * - Empty TIMEX3 elements (no text) are skipped.
 */

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import type { Document, TimeMention } from '../core/doc.js';
import { emptyDocument } from '../core/doc.js';
import { sharedPath } from '../core/paths.js';
import { println, type Command } from '../apps/cli/io.js';
import { splitSentences } from '../stages/segment/index.js';
import { timesStage } from '../stages/times/index.js';

/** One gold time expression. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** A parsed TimeML document. */
export interface TimeMlDoc {
  id: string;
  corpus: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

/** Scores for one corpus or the total. */
export interface TimeScores {
  docs: number;
  gold: number;
  predicted: number;
  strict: { p: number; r: number; f1: number };
  relaxed: { p: number; r: number; f1: number };
  /** Value accuracy on relaxed matches, with the tolerances of {@link valueMatches}. */
  valueAccuracy: number;
  /** TE3 value F1 = relaxed F1 × value accuracy (tolerant). */
  valueF1: number;
  /** The same two without tolerances (canonical equality only). */
  valueAccuracyExact: number;
  valueF1Exact: number;
  typeAccuracy: number;
  docsPerSecond: number;
  msPerDoc: number;
  /** Stage CPU time per 4 KB of text (ms; CPU rather than wall time, so a busy machine does not inflate it). */
  msPer4KB: number;
}

/** A miss, a false alarm or a wrong value, for error analysis. */
export interface TimeError {
  doc: string;
  kind: 'missed' | 'spurious' | 'value' | 'span';
  gold?: string;
  predicted?: string;
  context: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) => (e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : ENTITIES[e]!));
const attr = (tag: string, name: string): string | null => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/**
 * Parses one TimeML file: the DCT, the plain text of `<TEXT>` and the TIMEX3 spans in it.
 * @returns The document, or null when it has no `<TEXT>`.
 */
export function parseTimeMl(xml: string, id: string, corpus: string): TimeMlDoc | null {
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0];
  const dctValue = dctTag ? attr(dctTag, 'value') : null;
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (open < 0 || close < 0) return null;
  const inner = xml.slice(open + '<TEXT>'.length, close);
  let text = '';
  const timexes: GoldTimex[] = [];
  let current: { start: number; type: string; value: string } | null = null;
  const tagRe = /<[^>]+>/g;
  let last = 0;
  for (let m; (m = tagRe.exec(inner)); ) {
    text += decode(inner.slice(last, m.index));
    last = m.index + m[0].length;
    const tag = m[0];
    if (tag.startsWith('<TIMEX3')) {
      current = { start: text.length, type: attr(tag, 'type') ?? 'DATE', value: attr(tag, 'value') ?? '' };
      if (tag.endsWith('/>')) current = null;
    } else if (tag.startsWith('</TIMEX3') && current) {
      let { start } = current;
      let end = text.length;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) timexes.push({ start, end, text: text.slice(start, end), type: current.type, value: current.value });
      current = null;
    }
  }
  text += decode(inner.slice(last));
  return { id, corpus, dct: dctValue ? dctValue.slice(0, 10) : null, text, timexes };
}

/** Reads every `.tml` file under the corpus folders of `dataDir` (TimeBank, AQUAINT). */
export function loadTimeMl(dataDir: string): TimeMlDoc[] {
  const docs: TimeMlDoc[] = [];
  for (const corpus of readdirSync(dataDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = path.join(dataDir, corpus);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.tml')).sort()) {
      const doc = parseTimeMl(readFileSync(path.join(dir, file), 'utf8'), file.replace(/\.tml$/, ''), corpus);
      if (doc) docs.push(doc);
    }
  }
  return docs;
}

interface Tally {
  docs: number; gold: number; predicted: number; strict: number; relaxed: number; value: number; valueExact: number; type: number; ms: number; cpuMs: number; chars: number;
}

const prf = (tp: number, pred: number, gold: number) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

function toScores(t: Tally): TimeScores {
  const relaxed = prf(t.relaxed, t.predicted, t.gold);
  const valueAccuracy = t.relaxed ? t.value / t.relaxed : 0;
  const valueAccuracyExact = t.relaxed ? t.valueExact / t.relaxed : 0;
  return {
    valueAccuracyExact, valueF1Exact: relaxed.f1 * valueAccuracyExact,
    docs: t.docs, gold: t.gold, predicted: t.predicted,
    strict: prf(t.strict, t.predicted, t.gold), relaxed, valueAccuracy,
    valueF1: relaxed.f1 * valueAccuracy,
    typeAccuracy: t.relaxed ? t.type / t.relaxed : 0,
    docsPerSecond: t.ms ? (t.docs * 1000) / t.ms : 0,
    msPerDoc: t.docs ? t.ms / t.docs : 0,
    msPer4KB: t.chars ? (t.cpuMs * 4096) / t.chars : 0,
  };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * The chrono-node baseline (`--baseline chrono`): `chrono.en.casual` with the DCT as reference and `forwardDate: false`,
 * values at the granularity chrono is certain of. Used only to measure what chrono alone finds and misses.
 */
export function chronoTimes(text: string, dct: string | null): TimeMention[] {
  const ref = dct ? new Date(`${dct}T12:00:00Z`) : new Date();
  return chrono.en.casual.parse(text, ref, { forwardDate: false }).map((r) => {
    const c = r.start;
    const y = c.get('year') ?? 0, m = c.get('month') ?? 1, d = c.get('day') ?? 1;
    let value = `${pad(y, 4)}`;
    let type: TimeMention['type'] = 'DATE';
    if (c.isCertain('hour')) {
      value = `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
      type = 'TIME';
    } else if (c.isCertain('day') || c.isCertain('weekday')) value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    else if (c.isCertain('month')) value = `${pad(y, 4)}-${pad(m)}`;
    return { start: r.index, end: r.index + r.text.length, text: r.text, value, type };
  });
}

/** Options of {@link evaluateTime}. */
export interface EvaluateTimeOptions {
  /** Score the chrono-node baseline instead of the times stage. */
  baseline?: 'chrono';
  /** Folder holding TimeBank/ and AQUAINT/ (default: shared data TBAQ-cleaned). */
  dataDir?: string;
  /** Collect per-item errors (for error analysis). */
  collectErrors?: boolean;
}

/**
 * Runs the times stage over TimeML gold and scores it TempEval-3 style.
 * @returns Scores per corpus and in total, and errors when asked for.
 */
export function evaluateTime(opts: EvaluateTimeOptions = {}): { byCorpus: Record<string, TimeScores>; total: TimeScores; errors: TimeError[] } {
  const dataDir = opts.dataDir ?? sharedPath('data', 'time', 'TBAQ-cleaned');
  if (!existsSync(dataDir)) throw new Error(`no TimeML data at ${dataDir}; pass --data or set TRIANGULATE_SHARED`);
  const docs = loadTimeMl(dataDir);
  const tallies = new Map<string, Tally>();
  const total: Tally = { docs: 0, gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0, valueExact: 0, type: 0, ms: 0, cpuMs: 0, chars: 0 };
  const errors: TimeError[] = [];
  const ctx = (text: string, s: number, e: number) => text.slice(Math.max(0, s - 40), s) + '[' + text.slice(s, e) + ']' + text.slice(e, e + 30);
  // Warm-up (regex compilation, JIT) outside the timed loop, so ms/4KB reflects steady-state cost.
  if (docs[0] && opts.baseline !== 'chrono') timesStage.run({ ...emptyDocument('warm-up', docs[0].text), published: docs[0].dct }, {});
  for (const d of docs) {
    const doc: Document = { ...emptyDocument(d.id, d.text), published: d.dct, sentences: splitSentences(d.text) };
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const pred = opts.baseline === 'chrono' ? chronoTimes(d.text, d.dct) : timesStage.run(doc, {}).times ?? [];
    const ms = performance.now() - t0;
    const c1 = process.cpuUsage(c0);
    const cpuMs = (c1.user + c1.system) / 1000;
    const tally = tallies.get(d.corpus) ?? { docs: 0, gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0, valueExact: 0, type: 0, ms: 0, cpuMs: 0, chars: 0 };
    tallies.set(d.corpus, tally);
    const used = new Set<number>();
    const add = (k: keyof Tally, n: number) => { tally[k] += n; total[k] += n; };
    add('docs', 1); add('gold', d.timexes.length); add('predicted', pred.length); add('ms', ms); add('cpuMs', cpuMs); add('chars', d.text.length);
    for (const g of d.timexes) {
      const exact = pred.findIndex((p, i) => !used.has(i) && p.start === g.start && p.end === g.end);
      const idx = exact >= 0 ? exact : pred.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
      if (idx < 0) {
        if (opts.collectErrors) errors.push({ doc: d.id, kind: 'missed', gold: `${g.type} ${g.value}`, context: ctx(d.text, g.start, g.end) });
        continue;
      }
      used.add(idx);
      const p = pred[idx]!;
      add('relaxed', 1);
      if (exact >= 0) add('strict', 1);
      else if (opts.collectErrors) errors.push({ doc: d.id, kind: 'span', gold: g.text, predicted: p.text, context: ctx(d.text, g.start, g.end) });
      if (valueMatches(p.value, g.value, false)) add('valueExact', 1);
      if (valueMatches(p.value, g.value, true)) add('value', 1);
      if (!valueMatches(p.value, g.value, true) && opts.collectErrors) errors.push({ doc: d.id, kind: 'value', gold: `${g.type} ${g.value}`, predicted: `${p.type} ${p.value} dct=${d.dct}`, context: ctx(d.text, p.start, p.end) });
      if (p.type === g.type) add('type', 1);
    }
    if (opts.collectErrors) {
      pred.forEach((p, i) => {
        if (!used.has(i)) errors.push({ doc: d.id, kind: 'spurious', predicted: `${p.type} ${p.value}`, context: ctx(d.text, p.start, p.end) });
      });
    }
  }
  const byCorpus: Record<string, TimeScores> = {};
  for (const [k, t] of tallies) byCorpus[k] = toScores(t);
  return { byCorpus, total: toScores(total), errors };
}

/**
 * Canonical form of a TIMEX3 value for comparison. Adapter tolerance: TimeML writes the same reduced-precision
 * value in several ways (`1998-XX-XX` and `1998-XX` for `1998`, `2000-W7` for `2000-W07`, `198X` for the decade `198`, `19XX` for the century `19`);
 * they are compared as equal. Nothing else is normalised.
 */
export function canonicalValue(v: string): string {
  let out = v.trim().replace(/(?:-XX)+$/, '').replace(/-W(\d)(?!\d)/, '-W0$1');
  if (/^\d{2,3}X+$/.test(out)) out = out.replace(/X+$/, '');
  return out;
}

const PART_OF_DAY_SUFFIX = /T(?:MO|AF|EV|NI)$/;

/**
 * Whether a predicted value counts as the gold value. Exact (canonical) equality, plus two documented tolerances:
 * 1. An underspecified gold value (`1989-WXX`, `1998-10-XX`) is matched by a prediction that agrees on every
 *    specified character and fills in the `X`s (TimeBank often leaves a week or day unspecified that a system can resolve).
 * 2. A prediction that adds a part of day to the gold day (`1998-10-23TNI` for gold `1998-10-23`): spec §4 gives
 *    "Friday night" a part-of-day TIME value, while TimeBank annotators often kept the bare day.
 * The exact figure is always reported beside the tolerant one.
 */
export function valueMatches(pred: string, gold: string, tolerant: boolean): boolean {
  const p = canonicalValue(pred);
  const g = canonicalValue(gold);
  if (p === g) return true;
  if (!tolerant) return false;
  const gx = gold.trim();
  if (gx.includes('X') && pred.length === gx.length && [...gx].every((ch, i) => ch === 'X' || ch === pred[i])) return true;
  return PART_OF_DAY_SUFFIX.test(pred) && pred.replace(PART_OF_DAY_SUFFIX, '') === g;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

/** `triangulate eval time [--data DIR] [--json] [--errors] [--baseline chrono]`. */
export const run: Command = async (args, io) => {
  let dataDir: string | undefined;
  let json = false;
  let showErrors = false;
  let baseline: 'chrono' | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--data') dataDir = args[++i];
    else if (a === '--json') json = true;
    else if (a === '--errors') showErrors = true;
    else if (a === '--baseline' && args[i + 1] === 'chrono') {
      baseline = 'chrono';
      i++;
    }
    else {
      println(io.stderr, `triangulate eval time: unknown option "${a}"; usage: eval time [--data DIR] [--json] [--errors] [--baseline chrono]`);
      return 2;
    }
  }
  if (args.includes('--data') && !dataDir) {
    println(io.stderr, 'triangulate eval time: --data needs a folder');
    return 2;
  }
  let result: ReturnType<typeof evaluateTime>;
  try {
    result = evaluateTime({ dataDir: dataDir ? path.resolve(dataDir) : undefined, collectErrors: showErrors, baseline });
  } catch (err) {
    println(io.stderr, `triangulate eval time: ${(err as Error).message}`);
    return 1;
  }
  if (json) {
    println(io.stdout, JSON.stringify({ byCorpus: result.byCorpus, total: result.total }, null, 2));
    return 0;
  }
  if (showErrors) for (const e of result.errors) println(io.stdout, `${e.kind}\t${e.gold ?? ''}\t${e.predicted ?? ''}\t${e.context.replace(/\s+/g, ' ')}`);
  println(io.stdout, 'corpus      docs  gold  pred | strict P    R   F1 | relaxed P    R   F1 | value acc  F1 | exact acc  F1 | type acc | docs/s ms/4KB');
  const rows = [...Object.entries(result.byCorpus), ['TOTAL', result.total] as const];
  for (const [name, s] of rows) {
    println(io.stdout, `${name.padEnd(10)} ${String(s.docs).padStart(5)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} |    ${pct(s.strict.p)}${pct(s.strict.r)}${pct(s.strict.f1)} |     ${pct(s.relaxed.p)}${pct(s.relaxed.r)}${pct(s.relaxed.f1)} |   ${pct(s.valueAccuracy)}${pct(s.valueF1)} |   ${pct(s.valueAccuracyExact)}${pct(s.valueF1Exact)} |   ${pct(s.typeAccuracy)} | ${s.docsPerSecond.toFixed(0).padStart(6)} ${s.msPer4KB.toFixed(2)}`);
  }
  return 0;
};
