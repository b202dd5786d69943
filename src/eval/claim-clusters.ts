/**
 * @module `triangulate eval claim-clusters`: clusters the claims of the gold documents and scores them against hand-labelled claim clusters.
 *
 * - Gold: `test/gold/claim-clusters/gold.tsv` (`doc_id<TAB>label<TAB>start:end` of a snippet in the input article, `#` comments), annotated by
 *   `docs/claim-cluster-guidelines.md`. A gold row names the first claim of its document (in document order, not
 *   yet taken by an earlier row) whose content contains the snippet.
 * - Documents: read with the ingest readers from the seeds and the NYT/Guardian 2022 corpus in `../shared`, analysed
 *   with the full pipeline; every claim of a referenced document is clustered (so unlabelled claims can still pull
 *   gold claims into wrong clusters), only gold claims are scored.
 * - Scores: pairwise and B-cubed precision/recall/F1 over the gold claims ({@link scoreClustering}).
 */

import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT, sharedPath } from '../core/paths.js';
import type { Document } from '../core/doc.js';
import { println, type Command } from '../apps/cli/io.js';
import { claimInputsFromDocument, claimPairScore, clusterClaims, type ClaimInput } from '../corpus/claim-clusters/index.js';
import { scoreClustering, type PRF } from './stories.js';

/** A gold row: the claim of `docId` whose content contains `snippet` belongs to cluster `label`. */
export interface GoldClaim {
  docId: string;
  label: string;
  snippet: string;
}

export interface ClaimClustersEvalOptions {
  /** Gold file (default `test/gold/claim-clusters/gold.tsv`). */
  gold?: string;
  /** Paths (files or folders) holding the referenced documents (default: the seeds and the NYT/Guardian corpus). */
  inputs?: string[];
  /** Join threshold passed to {@link clusterClaims}. */
  threshold?: number;
}

export interface ClaimClustersScores {
  /** Gold claims found among the extracted claims. */
  claims: number;
  /** Gold rows whose document or claim was not found. */
  missing: string[];
  goldClusters: number;
  /** Gold clusters with more than one claim. */
  goldMulti: number;
  /** Predicted clusters holding at least one gold claim. */
  predictedClusters: number;
  /** Documents analysed and claims clustered. */
  docs: number;
  allClaims: number;
  pairwise: PRF;
  bcubed: PRF;
  /** Predicted joins that the gold splits (`label ~ label: snippet | snippet`), up to {@link MAX_LISTED}. */
  falseJoins: string[];
  /** Gold pairs the prediction splits (`label: snippet | snippet  [why the pair does not match]`), up to {@link MAX_LISTED}. */
  missedJoins: string[];
  ms: number;
}

/** Errors listed per kind with `--verbose`. */
export const MAX_LISTED = 60;

/** Default gold file. */
export const DEFAULT_GOLD = `${REPO_ROOT}/test/gold/claim-clusters/gold.tsv`;

/**
 * Parses the gold TSV.
 * @returns The rows in file order; throws on a malformed line.
 */
export function parseGold(text: string): GoldClaim[] {
  const out: GoldClaim[] = [];
  for (const [n, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [docId, label, snippet] = line.split('\t');
    if (!docId || !label || !snippet) throw new Error(`gold line ${n + 1}: expected doc_id<TAB>label<TAB>snippet`);
    out.push({ docId, label, snippet });
  }
  return out;
}

/**
 * Maps gold rows onto extracted claims: per document, in row order, the first claim not yet taken whose content
 * contains the snippet.
 * @returns Claim id → gold label, and the rows not found.
 */
export function alignGold(gold: readonly GoldClaim[], claims: readonly ClaimInput[]): { labels: Map<string, string>; missing: GoldClaim[] } {
  const byDoc = new Map<string, ClaimInput[]>();
  for (const c of claims) {
    let l = byDoc.get(c.docId);
    if (!l) byDoc.set(c.docId, (l = []));
    l.push(c);
  }
  const taken = new Set<string>();
  const labels = new Map<string, string>();
  const missing: GoldClaim[] = [];
  for (const g of gold) {
    const hit = (byDoc.get(g.docId) ?? []).find((c) => !taken.has(c.id!) && c.claim.text.includes(g.snippet));
    if (!hit) {
      missing.push(g);
      continue;
    }
    taken.add(hit.id!);
    labels.set(hit.id!, g.label);
  }
  return { labels, missing };
}

/**
 * Runs the claim-cluster evaluation.
 * @returns The scores; throws when the gold file is missing.
 */
export async function evaluateClaimClusters(opts: ClaimClustersEvalOptions = {}): Promise<ClaimClustersScores> {
  const gold = parseGold(readFileSync(opts.gold ?? DEFAULT_GOLD, 'utf8'));
  const wanted = new Set(gold.map((g) => g.docId));
  const paths = opts.inputs ?? [sharedPath('seeds'), sharedPath('data', 'corpus', 'nyt-guardian-2022')];
  const { readInputs } = await import('../ingest/index.js');
  const { analyzeInput } = await import('../pipeline/analyze.js');
  const t0 = performance.now();
  const docs: Document[] = [];
  const sources = new Map<string, string>();
  for await (const r of readInputs(paths)) {
    if (!r.ok || !wanted.has(r.id)) continue;
    sources.set(r.id, r.headlineFirstLine ? r.content : (r.title ? `${r.title}\n\n` : '') + r.content);
    const a = analyzeInput(r);
    if (a.ok) docs.push(a.doc);
  }
  // Gold rows point into the input articles by offsets; read their snippets from there.
  for (const g of gold) {
    const m = /^(\d+):(\d+)$/.exec(g.snippet);
    const src = sources.get(g.docId);
    if (m && src) g.snippet = src.slice(Number(m[1]), Number(m[2]));
  }
  const claims = docs.flatMap(claimInputsFromDocument);
  const clusters = clusterClaims(claims, opts.threshold === undefined ? {} : { threshold: opts.threshold });
  const ms = performance.now() - t0;
  const { labels, missing } = alignGold(gold, claims);
  const predicted = new Map<string, string>();
  for (const cl of clusters) for (const m of cl.members) predicted.set(m.id!, cl.id);
  const s = scoreClustering(predicted, labels);
  const sizes = new Map<string, number>();
  for (const l of labels.values()) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  const text = new Map(claims.map((c) => [c.id!, c.claim.text.replace(/\s+/g, ' ').slice(0, 60)]));
  const falseJoins: string[] = [];
  for (const cl of clusters) {
    const gm = cl.members.filter((m) => labels.has(m.id!));
    for (let i = 0; i < gm.length; i++)
      for (let j = i + 1; j < gm.length; j++) {
        const a = labels.get(gm[i]!.id!)!;
        const b = labels.get(gm[j]!.id!)!;
        if (a !== b && falseJoins.length < MAX_LISTED) falseJoins.push(`${a} ~ ${b}: ${text.get(gm[i]!.id!)} | ${text.get(gm[j]!.id!)}`);
      }
  }
  const byId = new Map(claims.map((c) => [c.id!, c]));
  const byLabel = new Map<string, string[]>();
  for (const [id, l] of labels) byLabel.set(l, [...(byLabel.get(l) ?? []), id]);
  const missedJoins: string[] = [];
  for (const [l, ids] of byLabel)
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        if (predicted.get(ids[i]!) !== predicted.get(ids[j]!) && missedJoins.length < MAX_LISTED) {
          const why: string[] = [];
          claimPairScore(byId.get(ids[i]!)!, byId.get(ids[j]!)!, claims, why);
          missedJoins.push(`${l}: ${text.get(ids[i]!)} | ${text.get(ids[j]!)}  [${why.join('; ')}]`);
        }
  return {
    claims: labels.size,
    missing: missing.map((g) => `${g.docId}: ${g.snippet}`),
    goldClusters: sizes.size,
    goldMulti: [...sizes.values()].filter((n) => n > 1).length,
    predictedClusters: new Set([...labels.keys()].map((id) => predicted.get(id))).size,
    docs: docs.length,
    allClaims: claims.length,
    ...s,
    falseJoins,
    missedJoins,
    ms: Math.round(ms),
  };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

export const run: Command = async (args, io) => {
  const opts: ClaimClustersEvalOptions = {};
  let json = false;
  let verbose = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--gold') opts.gold = args[++i];
    else if (a === '--json') json = true;
    else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--threshold') opts.threshold = Number(args[++i]);
    else if (a === '--input') (opts.inputs ??= []).push(args[++i]!);
    else {
      println(io.stderr, `triangulate eval claim-clusters: unknown option ${a}`);
      return 2;
    }
  }
  const file = opts.gold ?? DEFAULT_GOLD;
  if (!existsSync(file)) {
    println(io.stderr, `triangulate eval claim-clusters: no gold at ${file} (use --gold)`);
    return 2;
  }
  if (!opts.inputs && !existsSync(sharedPath('seeds'))) {
    println(io.stderr, `triangulate eval claim-clusters: no documents at ${sharedPath()} (use --input or TRIANGULATE_SHARED)`);
    return 2;
  }
  const res = await evaluateClaimClusters({ ...opts, gold: file });
  if (json) {
    println(io.stdout, JSON.stringify(res, null, 2));
    return 0;
  }
  println(io.stdout, `gold claims ${res.claims} (${res.missing.length} missing)  gold clusters ${res.goldClusters} (${res.goldMulti} multi)  predicted ${res.predictedClusters}  docs ${res.docs}  claims ${res.allClaims}  ${res.ms} ms`);
  println(io.stdout, 'score      P      R      F1');
  for (const [k, s] of [['pairwise', res.pairwise], ['b-cubed', res.bcubed]] as const) {
    println(io.stdout, `${k.padEnd(9)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`);
  }
  if (verbose) {
    for (const m of res.missing) println(io.stdout, `missing  ${m}`);
    for (const f of res.falseJoins) println(io.stdout, `false join  ${f}`);
    for (const f of res.missedJoins) println(io.stdout, `missed join  ${f}`);
  }
  return 0;
};
