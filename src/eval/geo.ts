/**
 * @module `triangulate eval geo`: scores toponym recognition and resolution on LGL and GeoVirus.
 *
 * - Text is the `<text>` element content (CDATA as is, XML entities decoded); gold offsets index into it
 *   (GeoVirus offsets are one past the start: each is aligned on its `<name>` within ±2 characters).
 * - Recognition: a gold toponym is found when a predicted place overlaps it; precision counts predictions overlapping
 *   any gold toponym.
 * - Resolution: a toponym is correct when the predicted point lies within 161 km (100 miles) of the gold point
 *   (accuracy@161km), measured (a) on the toponyms we found and (b) with the gold spans given (`resolveSpans`).
 * - Gold toponyms without coordinates count for recognition only.
 * - Each article's URL (LGL `<url>`, else `<domain>`; GeoVirus `<source>`) is passed as the document's source, as the
 *   pipeline passes a Document's `url`: the outlet's home is weak context for resolution.
 */

import { readFileSync, existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sharedPath } from '../core/paths.js';
import { println, type Command } from '../apps/cli/io.js';
import { splitSentences } from '../stages/segment/index.js';
import { findPlaces, getGazetteer, haversineKm, resolveSpans } from '../stages/places/index.js';

/** Distance within which a resolution counts as correct. */
export const ACCURACY_KM = 161;

export interface GoldToponym {
  start: number;
  end: number;
  text: string;
  lat: number | null;
  lon: number | null;
}

export interface GeoDoc {
  id: string;
  corpus: 'lgl' | 'geovirus';
  text: string;
  /** The article's URL or domain, when the corpus gives one. */
  url: string | null;
  toponyms: GoldToponym[];
}

export interface GeoScores {
  docs: number;
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
  /** accuracy@161km over found toponyms with gold coordinates. */
  accFound: number;
  /** accuracy@161km with gold spans given. */
  accGiven: number;
  meanKmGiven: number;
  medianKmGiven: number;
  docsPerSecond: number;
  msPerDoc: number;
}

export interface GeoOptions {
  data?: string;
  set?: 'lgl' | 'geovirus' | 'all';
  /** Keep at most this many documents per corpus. */
  limit?: number;
  /** Collect per-toponym errors of the given-span resolution. */
  errors?: boolean;
  /** Leave out the articles' URLs (the outlet prior), to measure what it brings. */
  noUrl?: boolean;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

function inner(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? m[1]! : null;
}

function textOf(xml: string): string {
  const raw = inner(xml, 'text') ?? '';
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(raw);
  return cdata ? cdata[1]! : decode(raw);
}

function num(s: string | null): number | null {
  if (s === null || s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Parses lgl.xml (articles with `<toponym>` elements). */
export function parseLgl(xml: string): GeoDoc[] {
  const docs: GeoDoc[] = [];
  for (const m of xml.matchAll(/<article docid="([^"]*)">([\s\S]*?)<\/article>/g)) {
    const body = m[2]!;
    const text = textOf(body);
    const toponyms: GoldToponym[] = [];
    for (const t of body.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const start = num(inner(t[1]!, 'start'));
      const end = num(inner(t[1]!, 'end'));
      if (start === null || end === null) continue;
      const gaz = inner(t[1]!, 'gaztag');
      toponyms.push({ start, end, text: text.slice(start, end), lat: gaz ? num(inner(gaz, 'lat')) : null, lon: gaz ? num(inner(gaz, 'lon')) : null });
    }
    const url = inner(body, 'url')?.trim() || inner(body, 'domain')?.trim() || null;
    docs.push({ id: `lgl:${m[1]}`, corpus: 'lgl', text, url: url ? decode(url) : null, toponyms });
  }
  return docs;
}

/** Parses GeoVirus.xml (articles with `<location>` elements). */
export function parseGeoVirus(xml: string): GeoDoc[] {
  const docs: GeoDoc[] = [];
  let n = 0;
  for (const m of xml.matchAll(/<article>([\s\S]*?)<\/article>/g)) {
    const body = m[1]!;
    const text = textOf(body);
    const toponyms: GoldToponym[] = [];
    for (const t of body.matchAll(/<location>([\s\S]*?)<\/location>/g)) {
      let start = num(inner(t[1]!, 'start'));
      let end = num(inner(t[1]!, 'end'));
      if (start === null || end === null) continue;
      // GeoVirus offsets are one past the name's start; align on the <name> (shift within ±2).
      const name = decode(inner(t[1]!, 'name') ?? '');
      const shift = [0, -1, 1, -2, 2].find((d) => text.slice(start! + d, end! + d) === name);
      if (shift !== undefined) {
        start += shift;
        end += shift;
      }
      toponyms.push({ start, end, text: text.slice(start, end), lat: num(inner(t[1]!, 'lat')), lon: num(inner(t[1]!, 'lon')) });
    }
    const url = inner(body, 'source')?.trim() || null;
    docs.push({ id: `geovirus:${n++}`, corpus: 'geovirus', text, url: url ? decode(url) : null, toponyms });
  }
  return docs;
}

/** Loads the requested corpora from `data` (default `shared/data/geo`). */
export function loadGeo(opts: GeoOptions = {}): GeoDoc[] {
  const dir = opts.data ?? sharedPath('data', 'geo');
  const set = opts.set ?? 'all';
  const docs: GeoDoc[] = [];
  if (set !== 'geovirus') docs.push(...parseLgl(readFileSync(`${dir}/lgl.xml`, 'utf8')).slice(0, opts.limit));
  if (set !== 'lgl') docs.push(...parseGeoVirus(readFileSync(`${dir}/GeoVirus.xml`, 'utf8')).slice(0, opts.limit));
  return docs;
}

export interface GeoError {
  doc: string;
  text: string;
  predicted: string | null;
  km: number | null;
}

/**
 * Runs recognition and given-span resolution over the corpora and scores them.
 * @returns Scores per corpus and in total, plus given-span errors when asked.
 */
export function evaluateGeo(opts: GeoOptions = {}): { byCorpus: Record<string, GeoScores>; total: GeoScores; errors: GeoError[]; loadMs: number } {
  const t0 = performance.now();
  const loadMs = getGazetteer().loadMs || Math.round(performance.now() - t0);
  const docs = loadGeo(opts);
  const errors: GeoError[] = [];
  const acc = new Map<string, { docs: number; gold: number; found: number; pred: number; predOk: number; accFoundN: number; accFoundOk: number; givenN: number; givenOk: number; kms: number[]; ms: number }>();
  const bucket = (k: string) => {
    let b = acc.get(k);
    if (!b) acc.set(k, (b = { docs: 0, gold: 0, found: 0, pred: 0, predOk: 0, accFoundN: 0, accFoundOk: 0, givenN: 0, givenOk: 0, kms: [], ms: 0 }));
    return b;
  };
  for (const doc of docs) {
    const bs = [bucket(doc.corpus), bucket('total')];
    const t = performance.now();
    const url = opts.noUrl ? null : doc.url;
    const preds = findPlaces(doc.text, splitSentences(doc.text), [], url);
    const ms = performance.now() - t;
    const given = resolveSpans(doc.text, doc.toponyms, url);
    for (const b of bs) {
      b.docs++;
      b.ms += ms;
      b.gold += doc.toponyms.length;
      b.pred += preds.length;
      b.predOk += preds.filter((p) => doc.toponyms.some((g) => p.start < g.end && g.start < p.end)).length;
    }
    doc.toponyms.forEach((g, i) => {
      const hit = preds.find((p) => p.start < g.end && g.start < p.end);
      const hasCoord = g.lat !== null && g.lon !== null;
      const givenPick = given[i];
      const km = hasCoord && givenPick ? haversineKm(g.lat!, g.lon!, givenPick.lat, givenPick.lon) : null;
      for (const b of bs) {
        if (hit) b.found++;
        if (hit && hasCoord) {
          b.accFoundN++;
          if (haversineKm(g.lat!, g.lon!, hit.lat, hit.lon) <= ACCURACY_KM) b.accFoundOk++;
        }
        if (hasCoord) {
          b.givenN++;
          if (km !== null && km <= ACCURACY_KM) b.givenOk++;
          b.kms.push(km ?? 20037);
        }
      }
      if (opts.errors && hasCoord && (km === null || km > ACCURACY_KM)) {
        errors.push({ doc: doc.id, text: g.text, predicted: givenPick ? `${givenPick.name} (${givenPick.country ?? '-'}, ${givenPick.admin1 ?? '-'})` : null, km: km === null ? null : Math.round(km) });
      }
    });
  }
  const scores = (k: string): GeoScores => {
    const b = bucket(k);
    const p = b.pred ? b.predOk / b.pred : 0;
    const r = b.gold ? b.found / b.gold : 0;
    const sorted = [...b.kms].sort((x, y) => x - y);
    return {
      docs: b.docs,
      gold: b.gold,
      predicted: b.pred,
      precision: p,
      recall: r,
      f1: p + r ? (2 * p * r) / (p + r) : 0,
      accFound: b.accFoundN ? b.accFoundOk / b.accFoundN : 0,
      accGiven: b.givenN ? b.givenOk / b.givenN : 0,
      meanKmGiven: sorted.length ? sorted.reduce((s, x) => s + x, 0) / sorted.length : 0,
      medianKmGiven: sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0,
      docsPerSecond: b.ms ? (b.docs * 1000) / b.ms : 0,
      msPerDoc: b.docs ? b.ms / b.docs : 0,
    };
  };
  const byCorpus: Record<string, GeoScores> = {};
  for (const k of acc.keys()) if (k !== 'total') byCorpus[k] = scores(k);
  return { byCorpus, total: scores('total'), errors, loadMs };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** `triangulate eval geo [--data DIR] [--set lgl|geovirus|all] [--json] [--given-toponyms] [--errors N] [--no-url]` */
export const run: Command = async (args, io) => {
  const opts: GeoOptions = {};
  let json = false;
  let givenOnly = false;
  let showErrors = 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--data') opts.data = args[++i];
    else if (a === '--set') {
      const v = args[++i];
      if (v !== 'lgl' && v !== 'geovirus' && v !== 'all') {
        println(io.stderr, 'triangulate eval geo: --set takes lgl | geovirus | all');
        return 2;
      }
      opts.set = v;
    } else if (a === '--json') json = true;
    else if (a === '--given-toponyms') givenOnly = true;
    else if (a === '--errors') showErrors = Number(args[++i] ?? 20);
    else if (a === '--limit') opts.limit = Number(args[++i]);
    else if (a === '--no-url') opts.noUrl = true;
    else {
      println(io.stderr, `triangulate eval geo: unknown option ${a}`);
      return 2;
    }
  }
  const dir = opts.data ?? sharedPath('data', 'geo');
  if (!existsSync(dir)) {
    println(io.stderr, `triangulate eval geo: no gold data at ${dir} (use --data or TRIANGULATE_SHARED)`);
    return 2;
  }
  opts.errors = showErrors > 0;
  const res = evaluateGeo(opts);
  if (json) {
    println(io.stdout, JSON.stringify({ byCorpus: res.byCorpus, total: res.total, gazetteerLoadMs: res.loadMs }, null, 2));
    return 0;
  }
  println(io.stdout, `gazetteer loaded in ${res.loadMs} ms`);
  println(io.stdout, givenOnly ? 'corpus     docs  gold  acc@161(given)  meanKm  medianKm' : 'corpus     docs  gold   pred   P      R      F1    acc@161(found) acc@161(given) meanKm  ms/doc');
  for (const [k, s] of [...Object.entries(res.byCorpus), ['total', res.total] as const]) {
    if (givenOnly) println(io.stdout, `${k.padEnd(10)} ${String(s.docs).padStart(4)} ${String(s.gold).padStart(5)}  ${pct(s.accGiven)}%        ${s.meanKmGiven.toFixed(0).padStart(6)}  ${s.medianKmGiven.toFixed(0).padStart(6)}`);
    else println(io.stdout, `${k.padEnd(10)} ${String(s.docs).padStart(4)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(6)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${pct(s.accFound)}%        ${pct(s.accGiven)}%       ${s.meanKmGiven.toFixed(0).padStart(6)}  ${s.msPerDoc.toFixed(2)}`);
  }
  for (const e of res.errors.slice(0, showErrors)) println(io.stdout, `  ${e.doc}  ${JSON.stringify(e.text)} → ${e.predicted ?? '(none)'}  ${e.km ?? '-'} km`);
  return 0;
};
