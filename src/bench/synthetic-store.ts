/**
 * @module Synthetic corpora for scale benchmarks: the base articles (seeds + NYT/Guardian 2022 CSV bodies) are analysed
 * once with the real pipeline, then cloned into a store with new ids, publication dates spread over 2022–2024, a few
 * hundred outlet names, time values moved with the date, and small perturbations that keep every span valid (a suffix
 * sentence on most clones, varied figure digits on some).
 */

import type { Document, Sentence } from '../core/doc.js';
import type { Store } from '../storage/contract.js';
import { prng } from '../core/prng.js';

/** Outlet names the clones are spread over (`outlet-000.example` …), a few large ones and a long tail. */
export const SYNTHETIC_OUTLETS = 300;
/** Share of clones that get a unique suffix sentence (the rest copy their base text exactly). */
export const SUFFIX_SHARE = 0.7;
/** Share of clones whose integer figures get other digits (same length, so every span stays valid). */
export const FIGURE_SHARE = 0.25;
/** First publication day of the clones; they spread uniformly over {@link SYNTHETIC_DAYS} days from it. */
export const SYNTHETIC_FIRST_DAY = '2022-01-01';
/** 2022, 2023 and 2024 (a leap year). */
export const SYNTHETIC_DAYS = 1096;
/** Documents written per store transaction. */
export const SYNTHETIC_BATCH = 1000;
/** Seed of the pseudo-random choices: the same `n` always gives the same store. */
const SEED = 0x7a1a;

const MS_PER_DAY = 86_400_000;

/** Options of {@link buildSyntheticStore}. */
export interface SyntheticStoreOptions {
  /** Called after every batch with the documents stored so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Analysed base documents to clone (default: {@link loadBaseDocuments}, i.e. the benchmark's plain-text corpus). */
  bases?: readonly Document[];
  /**
   * Index of the first clone (default 0): a store filled with `n` and then given `m - n` more from `start: n` holds
   * the same documents as one filled with `m`.
   */
  start?: number;
}

/** What {@link buildSyntheticStore} did. */
export interface SyntheticStoreSummary {
  /** Documents put into the store. */
  documents: number;
  /** Base documents the clones were made from. */
  baseDocuments: number;
  /** Seconds spent analysing the base corpus. */
  analyseSeconds: number;
  /** Seconds spent in `store.putDocument` (and the batch commits). */
  storeSeconds: number;
  /** `putDocument` outcomes (added, duplicate, updated, unchanged). */
  statuses: Record<string, number>;
}


/**
 * Analyses the benchmark's plain-text corpus (the seeds and the NYT/Guardian 2022 CSV bodies) with the real pipeline.
 * Needs the shared data folder.
 * @returns The analysed documents, in reading order.
 */
export async function loadBaseDocuments(): Promise<Document[]> {
  const { loadTextRecords } = await import('./index.js');
  const { analyzeInput } = await import('../pipeline/analyze.js');
  const out: Document[] = [];
  for (const rec of await loadTextRecords()) {
    const r = analyzeInput(rec);
    if (r.ok) out.push(r.doc);
  }
  if (out.length === 0) throw new Error('synthetic store: no base documents could be analysed (is the shared data folder there?)');
  return out;
}

/** Re-reads every span's `text` from the document text (after a same-length edit), recursively through the layers. */
function refreshSpans(value: unknown, text: string): void {
  if (Array.isArray(value)) {
    for (const v of value) refreshSpans(v, text);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') o.text = text.slice(o.start, o.end);
  for (const k of Object.keys(o)) if (k !== 'text') refreshSpans(o[k], text);
}

/** One written integer inside a figure's text (`953`, `134,500`), not part of a decimal (`10.5`). */
const INTEGER_IN_FIGURE = /(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d.,]\d)|(?<![\d.,])[1-9]\d*(?![\d.,]\d)/g;
const DIGITS_PER_RANDOM = 10;

/**
 * Gives each figure written with one integer equal to its bounds (`953`, `more than 53,000`; not `10.5 million`,
 * not a converted unit) other digits of the same layout, in the text and in the figure's bounds, so that clones of
 * one article disagree on figures as real reports do.
 * @returns True when a figure was changed.
 */
function varyFigures(doc: Document, rand: () => number): boolean {
  let text = doc.text;
  let changed = false;
  for (const f of doc.figures) {
    if (f.converted) continue;
    const found = [...text.slice(f.start, f.end).matchAll(INTEGER_IN_FIGURE)];
    if (found.length !== 1) continue;
    const m = found[0]!;
    const old = Number(m[0].replaceAll(',', ''));
    const bounds = [f.low, f.high].filter((x) => x !== null);
    if (bounds.length === 0 || bounds.some((x) => x !== old)) continue;
    let first = true;
    const written = m[0].replace(/\d/g, () => {
      const d = first ? 1 + Math.floor(rand() * (DIGITS_PER_RANDOM - 1)) : Math.floor(rand() * DIGITS_PER_RANDOM);
      first = false;
      return String(d);
    });
    const next = Number(written.replaceAll(',', ''));
    if (next === old) continue;
    const at = f.start + m.index!;
    text = text.slice(0, at) + written + text.slice(at + written.length);
    if (f.low !== null) f.low = next;
    if (f.high !== null) f.high = next;
    changed = true;
  }
  if (changed) {
    doc.text = text;
    refreshSpans([doc.sentences, doc.entities, doc.places, doc.times, doc.figures, doc.claims], text);
  }
  return changed;
}

/** Appends a sentence of its own after the body, as a new paragraph with its sentence span. */
function appendSuffix(doc: Document, sentence: string): void {
  const sep = '\n\n';
  const start = doc.text.length + sep.length;
  doc.text = doc.text + sep + sentence;
  const lastParagraph = doc.sentences.length ? doc.sentences[doc.sentences.length - 1]!.paragraph : 0;
  const s: Sentence = { start, end: start + sentence.length, text: sentence, paragraph: lastParagraph + 1 };
  doc.sentences.push(s);
}

/** Publication day assumed for undated base articles when shifting their time values. */
const UNDATED_BASE_DAY = '2022-06-01';
const DAYS_PER_MONTH = 30.44;
const DAYS_PER_YEAR = 365.25;
const MONTHS_PER_YEAR = 12;
const TIME_VALUE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(.*)$/;
const pad2 = (x: number): string => String(x).padStart(2, '0');

/**
 * Moves a TIMEX3 value by `days`: a full date by that many days, a month by the nearest number of months, a year by
 * the nearest number of years (the rest of the value, e.g. a time of day, is kept); other values (`PAST_REF`, `P3M`,
 * weeks) are returned unchanged.
 * @returns The shifted value.
 */
export function shiftTimeValue(value: string, days: number): string {
  const m = TIME_VALUE.exec(value);
  if (!m || (m[4] && !m[4].startsWith('T')) || (m[4] && !m[3])) return value;
  const [, y, mo, d, rest] = m;
  if (d && mo) {
    const t = Date.UTC(Number(y), Number(mo) - 1, Number(d)) + days * MS_PER_DAY;
    return new Date(t).toISOString().slice(0, 10) + (rest ?? '');
  }
  if (mo) {
    const total = Number(y) * MONTHS_PER_YEAR + Number(mo) - 1 + Math.round(days / DAYS_PER_MONTH);
    return `${Math.floor(total / MONTHS_PER_YEAR)}-${pad2((total % MONTHS_PER_YEAR) + 1)}`;
  }
  return String(Number(y) + Math.round(days / DAYS_PER_YEAR));
}

/** Shifts every resolved time value of a document (times layer, claims' time values and the time part of their keys). */
function shiftTimes(doc: Document, days: number): void {
  if (days === 0) return;
  for (const t of doc.times) t.value = shiftTimeValue(t.value, days);
  for (const c of doc.claims) {
    if (c.timeValues) c.timeValues = c.timeValues.map((v) => shiftTimeValue(v, days));
    if (c.key) {
      const parts = c.key.split('|');
      if (parts[3]) parts[3] = shiftTimeValue(parts[3], days);
      c.key = parts.join('|');
    }
  }
}

const outletName = (k: number): string => `outlet-${String(k).padStart(3, '0')}.example`;

const dayIso = (offset: number): string => new Date(Date.parse(SYNTHETIC_FIRST_DAY) + offset * MS_PER_DAY).toISOString().slice(0, 10);

/**
 * The `i`-th synthetic document: a deep copy of `base` with id `syn-<i>`, a publication day in 2022–2024, one of
 * {@link SYNTHETIC_OUTLETS} outlets (skewed so a few outlets are large), and — decided by a PRNG seeded with `i` — a
 * suffix sentence and varied figure digits. Resolved time values move with the publication date (the text keeps its
 * wording); headline, body and every other layer are the base's.
 * @returns A document whose spans all satisfy `text.slice(start, end) === span.text`.
 */
export function syntheticClone(base: Document, i: number): Document {
  const rand = prng(SEED ^ Math.imul(i + 1, 0x9e3779b1));
  const doc = structuredClone(base) as Document;
  const outlet = outletName(Math.floor(SYNTHETIC_OUTLETS * rand() ** 2));
  const published = dayIso(Math.floor(rand() * SYNTHETIC_DAYS));
  const baseDay = Date.parse((base.published ?? UNDATED_BASE_DAY).slice(0, 10));
  if (Number.isFinite(baseDay)) shiftTimes(doc, Math.round((Date.parse(published) - baseDay) / MS_PER_DAY));
  doc.id = `syn-${i}`;
  doc.outlet = outlet;
  doc.published = published;
  doc.url = `https://${outlet}/${published.replaceAll('-', '/')}/${i}`;
  doc.meta = { ...doc.meta, origin: { file: 'synthetic', record: i }, publishedSource: 'input', outletSource: 'input' };
  delete doc.meta.contentHash;
  if (rand() < FIGURE_SHARE) varyFigures(doc, rand);
  if (rand() < SUFFIX_SHARE) appendSuffix(doc, `Synthetic copy ${i} was filed by ${outlet} on ${published}.`);
  return doc;
}

/**
 * Adds `n` synthetic documents (clones `start` … `start + n - 1`) to `store`, cloned from analysed base articles (see the module comment), through
 * `store.putDocument` (real writes: layers, FTS, MinHash bands, duplicate detection), `SYNTHETIC_BATCH` per transaction.
 * Deterministic: the same `n` and bases give the same documents. Needs the shared data folder unless `bases` is given.
 * @returns Counts and timings.
 */
export async function buildSyntheticStore(store: Store, n: number, options: SyntheticStoreOptions = {}): Promise<SyntheticStoreSummary> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`synthetic store: document count must be a whole number ≥ 0, got ${n}`);
  const start = options.start ?? 0;
  if (!Number.isInteger(start) || start < 0) throw new RangeError(`synthetic store: start index must be a whole number ≥ 0, got ${start}`);
  const { PIPELINE_NAMES } = await import('../pipeline/analyze.js');
  const { PIPELINE_VERSION } = await import('../pipeline/version.js');
  const t0 = performance.now();
  const bases = options.bases ?? (await loadBaseDocuments());
  if (bases.length === 0) throw new RangeError('synthetic store: no base documents to clone');
  const t1 = performance.now();
  const put = { pipelineVersion: PIPELINE_VERSION, stages: [...PIPELINE_NAMES] };
  const statuses: Record<string, number> = {};
  for (let from = start; from < start + n; from += SYNTHETIC_BATCH) {
    const to = Math.min(start + n, from + SYNTHETIC_BATCH);
    await store.transaction(async () => {
      for (let i = from; i < to; i++) {
        const r = await store.putDocument(syntheticClone(bases[i % bases.length]!, i), put);
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      }
    });
    options.onProgress?.(to - start, n);
  }
  const t2 = performance.now();
  return { documents: n, baseDocuments: bases.length, analyseSeconds: (t1 - t0) / 1000, storeSeconds: (t2 - t1) / 1000, statuses };
}
