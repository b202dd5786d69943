/**
 * @module `triangulate eval extraction`: scores the HTML extraction cascade (and plain Readability as the yardstick) on the Zyte article-extraction benchmark pages.
 *
 * Scoring follows the benchmark's evaluate.py: text is tokenised into `\w+` runs (Unicode letters, digits, `_`),
 * tokens are joined into overlapping 4-token shingles, and per page TP/FP/FN are the multiset overlap of the
 * shingle counts. Precision and recall are computed per page (1 when both FP and FN are 0), averaged over pages
 * (precision over pages with a prediction, recall over pages with gold text), and F1 is the harmonic mean of the
 * two averages. "Accuracy" is the share of pages whose token sequences are identical. "Lede kept" is the share of
 * pages where at least `LEDE_MIN_SHARE` of the shingles of the gold body's first `LEDE_TOKENS` tokens occur in the output.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { println, type Io } from '../apps/cli/io.js';
import { sharedPath } from '../core/paths.js';
import { extractHtml, readabilityRaw } from '../clean/html/index.js';

/** Shingle size used by the benchmark. */
export const SHINGLE_N = 4;
/** Tokens of the gold body that make up its lede. */
export const LEDE_TOKENS = 20;
/** Share of the lede's shingles that must appear in the output for the lede to count as kept. */
export const LEDE_MIN_SHARE = 0.8;

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

/** `\w+` tokens, as Python's `re.findall(r'\w+', text)` with Unicode. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Counts of the `n`-token shingles of a token list (one shorter shingle when there are fewer than `n` tokens). */
export function shingles(tokens: readonly string[], n = SHINGLE_N): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const s = tokens.slice(i, i + n).join(' ');
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** Per-page TP/FP/FN over shingle multisets (normalised to sum 1, as upstream). */
export function shingleMatch(gold: string, pred: string): [number, number, number] {
  const g = shingles(tokenize(gold));
  const p = shingles(tokenize(pred));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, gc] of g) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(gc, pc);
    fn += Math.max(0, gc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (g.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

function precisionOf([tp, fp, fn]: [number, number, number]): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf([tp, fp, fn]: [number, number, number]): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Aggregate P/R/F1 from per-page TP/FP/FN, as the benchmark's `metrics_from_tp_fp_fns`. */
export function aggregate(rows: ReadonlyArray<[number, number, number]>): { precision: number; recall: number; f1: number } {
  const ps = rows.filter(([tp, fp]) => tp + fp > 0).map(precisionOf);
  const rs = rows.filter(([tp, , fn]) => tp + fn > 0).map(recallOf);
  const precision = ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : 0;
  const recall = rs.length ? rs.reduce((a, b) => a + b, 0) / rs.length : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** True when the gold body's lede survives in the prediction (see module docs). */
export function ledeKept(gold: string, pred: string): boolean {
  const lede = shingles(tokenize(gold).slice(0, LEDE_TOKENS));
  if (lede.size === 0) return true;
  const p = shingles(tokenize(pred));
  let hit = 0;
  let total = 0;
  for (const [k, c] of lede) {
    total += c;
    hit += Math.min(c, p.get(k) ?? 0);
  }
  return hit / total >= LEDE_MIN_SHARE;
}

/** Scores of one extractor over the pages. */
export interface ExtractorScores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  ledeKept: number;
  pagesPerSecond: number;
  seconds: number;
}

/** One page's result. */
export interface PageScore {
  id: string;
  url: string;
  precision: number;
  recall: number;
  ledeKept: boolean;
  chosen: string;
  readabilityF1?: number;
  /** Milliseconds the cascade (and Readability) took on this page. */
  ms: number;
  readabilityMs?: number;
}

/** What `evaluateExtraction` returns. */
export interface ExtractionReport {
  dataDir: string;
  pages: number;
  cascade: ExtractorScores;
  readability: ExtractorScores | null;
  /** How often each cascade step was chosen. */
  chosen: Record<string, number>;
  perPage: PageScore[];
}

/** Options of `evaluateExtraction`. */
export interface EvaluateExtractionOptions {
  /** Folder with `ground-truth.json` and `html/` (default: shared `data/extraction/zyte-dev`). */
  dataDir?: string;
  /** Only the first N pages (in ground-truth order). */
  limit?: number;
  /** Also score plain Readability (default true). */
  readability?: boolean;
  /** Timing passes over all pages (default 1); pages/s comes from each extractor's fastest pass, which damps noise on a shared machine. */
  repeat?: number;
}

/** Pages run untimed before measuring speed. */
export const WARMUP_PAGES = 20;

function safeReadability(html: string): string {
  try {
    return readabilityRaw(html)?.textContent ?? '';
  } catch {
    return '';
  }
}

function sameTokens(a: string, b: string): boolean {
  return tokenize(a).join(' ') === tokenize(b).join(' ');
}

function f1Of(t: [number, number, number]): number {
  const p = precisionOf(t);
  const r = recallOf(t);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/**
 * Runs the cascade (body only, no title) and optionally plain Readability over the benchmark pages and scores both.
 * @throws Error when the data folder or its ground truth is missing.
 */
export async function evaluateExtraction(opts: EvaluateExtractionOptions = {}): Promise<ExtractionReport> {
  const dataDir = opts.dataDir ?? sharedPath('data', 'extraction', 'zyte-dev');
  const gtPath = path.join(dataDir, 'ground-truth.json');
  if (!existsSync(gtPath)) throw new Error(`eval extraction: no ground-truth.json in ${dataDir}`);
  const gt = JSON.parse(readFileSync(gtPath, 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  let ids = Object.keys(gt).filter((id) => existsSync(path.join(dataDir, 'html', `${id}.html.gz`)));
  if (opts.limit && opts.limit > 0) ids = ids.slice(0, opts.limit);
  const pages = ids.map((id) => ({ id, url: gt[id]!.url ?? '', gold: gt[id]!.articleBody ?? '', html: gunzipSync(readFileSync(path.join(dataDir, 'html', `${id}.html.gz`))).toString('utf8') }));

  // Warm up both extractors (JIT, lazy tables) so pages/s compares steady-state speed.
  for (const page of pages.slice(0, WARMUP_PAGES)) {
    extractHtml(page.html, { url: page.url });
    if (opts.readability !== false) safeReadability(page.html);
  }
  const withReadability = opts.readability !== false;
  const rows: Array<[number, number, number]> = [];
  const rRows: Array<[number, number, number]> = [];
  const perPage: PageScore[] = [];
  const chosen: Record<string, number> = {};
  let [exact, lede, ms, rExact, rLede, rms] = [0, 0, 0, 0, 0, 0];
  // Both extractors run page by page, interleaved, so load changes on a shared machine hit both alike.
  for (const page of pages) {
    const t0 = performance.now();
    const out = extractHtml(page.html, { url: page.url });
    const took = performance.now() - t0;
    ms += took;
    const t = shingleMatch(page.gold, out.body);
    rows.push(t);
    const kept = ledeKept(page.gold, out.body);
    if (kept) lede++;
    if (sameTokens(page.gold, out.body)) exact++;
    chosen[out.chosen] = (chosen[out.chosen] ?? 0) + 1;
    const row: PageScore = { id: page.id, url: page.url, precision: precisionOf(t), recall: recallOf(t), ledeKept: kept, chosen: out.chosen, ms: took };
    if (withReadability) {
      const r0 = performance.now();
      const text = safeReadability(page.html);
      row.readabilityMs = performance.now() - r0;
      rms += row.readabilityMs;
      const rt = shingleMatch(page.gold, text);
      rRows.push(rt);
      row.readabilityF1 = f1Of(rt);
      if (ledeKept(page.gold, text)) rLede++;
      if (sameTokens(page.gold, text)) rExact++;
    }
    perPage.push(row);
  }
  for (let pass = 1; pass < Math.max(1, opts.repeat ?? 1); pass++) {
    let [a, b] = [0, 0];
    for (const page of pages) {
      const t0 = performance.now();
      extractHtml(page.html, { url: page.url });
      a += performance.now() - t0;
      if (withReadability) {
        const r0 = performance.now();
        safeReadability(page.html);
        b += performance.now() - r0;
      }
    }
    ms = Math.min(ms, a);
    if (withReadability) rms = Math.min(rms, b);
  }
  const n = pages.length || 1;
  const speed = (total: number): number => pages.length / Math.max(total / 1000, 1e-9);
  const cascade: ExtractorScores = { ...aggregate(rows), accuracy: exact / n, ledeKept: lede / n, seconds: ms / 1000, pagesPerSecond: speed(ms) };
  const readability: ExtractorScores | null = withReadability
    ? { ...aggregate(rRows), accuracy: rExact / n, ledeKept: rLede / n, seconds: rms / 1000, pagesPerSecond: speed(rms) }
    : null;
  return { dataDir, pages: pages.length, cascade, readability, chosen, perPage };
}

const USAGE = 'usage: triangulate eval extraction [--data DIR] [--json] [--limit N] [--repeat N] [--no-readability]';

/** CLI entry: `triangulate eval extraction [--data DIR] [--json] [--limit N] [--repeat N] [--no-readability]`. */
export async function run(args: string[], io: Io): Promise<number> {
  let dataDir: string | undefined;
  let json = false;
  let limit: number | undefined;
  let withReadability = true;
  let repeat = 1;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--data') dataDir = args[++i];
    else if (a === '--json') json = true;
    else if (a === '--limit') limit = Number(args[++i]);
    else if (a === '--repeat') repeat = Number(args[++i]);
    else if (a === '--no-readability') withReadability = false;
    else {
      println(io.stderr, USAGE);
      return 2;
    }
  }
  if ((dataDir !== undefined && !dataDir) || (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) || !(Number.isInteger(repeat) && repeat > 0)) {
    println(io.stderr, USAGE);
    return 2;
  }
  let report: ExtractionReport;
  try {
    report = await evaluateExtraction({ dataDir: dataDir ? path.resolve(dataDir) : undefined, limit, readability: withReadability, repeat });
  } catch (err) {
    println(io.stderr, err instanceof Error ? err.message : String(err));
    return 1;
  }
  if (json) {
    println(io.stdout, JSON.stringify(report, null, 2));
    return 0;
  }
  const line = (name: string, s: ExtractorScores): string =>
    `${name.padEnd(12)} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)} accuracy=${s.accuracy.toFixed(3)} lede-kept=${s.ledeKept.toFixed(3)} pages/s=${s.pagesPerSecond.toFixed(1)}`;
  println(io.stdout, `eval extraction: ${report.pages} pages from ${report.dataDir}${repeat > 1 ? ` (pages/s: fastest of ${repeat} passes)` : ''}`);
  println(io.stdout, line('cascade', report.cascade));
  if (report.readability) println(io.stdout, line('readability', report.readability));
  println(io.stdout, `chosen: ${Object.entries(report.chosen).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  return 0;
}
