/** @module The SQLite store (better-sqlite3, WAL, numbered migrations, FTS5): the default, zero set-up implementation of Store. */

import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import type { Document, EntityType, Side } from '../../core/doc.js';
import { TriangulateError } from '../../core/errors.js';
import { NEAR_DUPLICATE_JACCARD, estimateJaccard, fingerprint, signatureFromBuffer, signatureToBuffer, type Fingerprint } from '../../corpus/dedup/index.js';
import type {
  ClaimClusterDetail,
  ClaimClusterRecord,
  ClaimClusterSummary,
  ClaimFilter,
  ClaimListRow,
  ClaimQueryFilter,
  ClaimQueryOptions,
  CacheWarmth,
  CountOptions,
  PlaceClaimStats,
  ClaimRow,
  DuplicateRow,
  OutletStats,
  StoryRecord,
  StoryRow,
  StoredVerdict,
  VerdictLabel,
  DocumentSummary,
  EntityMentionRow,
  EntitySummary,
  FigureRow,
  PlaceSummary,
  PutOptions,
  PutResult,
  SearchHit,
  SearchOrder,
  Store,
  StoreStats,
} from '../contract.js';
import { UNKNOWN_OUTLET } from '../contract.js';
import { claimCategories, joinSet, sentenceBounds, splitSet } from './layers.js';
import { migrate } from './migrations/index.js';
import { toFtsQuery } from './fts-query.js';
import { cappedCount, countClaimRows, entityByIdOrName, entityRow, placeRow, placeStats, queryClaimRows, type SqlRunner } from './queries.js';

/** Most candidates taken from one LSH bucket (a bucket shared by thousands of pages of boilerplate must not stall a write). */
export const MAX_BUCKET_CANDIDATES = 50;
/** Most candidates whose signatures are compared for one document. */
export const MAX_CANDIDATES = 200;
/** Default row limit of the listing queries. */
export const DEFAULT_LIMIT = 100;
/** Documents read per page by streamDocuments. */
export const DOCUMENT_PAGE_SIZE = 200;
/** Length of a `YYYY-MM-DD` day prefix of an ISO date. */
export const DAY_LENGTH = 10;
/** Ids bound per `IN (…)` query (well under SQLite's variable limit). */
export const IN_CHUNK = 500;

/** Splits a list into chunks of {@link IN_CHUNK}. */
function chunks<T>(xs: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += IN_CHUNK) out.push(xs.slice(i, i + IN_CHUNK));
  return out;
}

function parseJson<T>(v: unknown, fallback: T): T {
  if (v == null) return fallback;
  try {
    return JSON.parse(String(v)) as T;
  } catch {
    return fallback;
  }
}

/**
 * What a serving process reads on most list pages, most used first: the claim indexes of the date-ordered pages and
 * filters, the claim → category, entity and place links, cluster membership and verdicts, the cluster and story lists,
 * the document cards and list, the syndication links of the outlet profiles, and the full-text indexes. Large tables
 * (documents, claims, entities, places) are left to be read as needed.
 */
export const WARM_OBJECTS: ReadonlyArray<{ table: string; index?: string; column: string; where?: string }> = [
  { table: 'claims', index: 'claims_day', column: 'day' },
  { table: 'claim_keys', column: 'idx' },
  { table: 'claims', index: 'sqlite_autoindex_claims_1', column: 'idx' },
  { table: 'cluster_members', index: 'sqlite_autoindex_cluster_members_1', column: 'claim_idx' },
  { table: 'cluster_members', column: 'contradicted_later' },
  { table: 'verdicts', index: 'sqlite_autoindex_verdicts_1', column: 'cluster_id' },
  { table: 'verdicts', column: 'first_appearance' },
  { table: 'verdicts', index: 'verdicts_score_id', column: 'score' },
  { table: 'verdicts', index: 'verdicts_label_score_id', column: 'score' },
  { table: 'claim_clusters', column: 'size' },
  { table: 'cluster_members', index: 'cluster_members_cluster', column: 'claim_idx' },
  { table: 'documents', index: 'documents_card', column: 'published' },
  { table: 'documents', index: 'documents_list', column: 'ingested_at' },
  { table: 'documents', index: 'documents_outlet_list', column: 'ingested_at' },
  { table: 'documents', index: 'documents_id_outlet', column: 'outlet' },
  { table: 'duplicates', column: 'original_id' },
  { table: 'claims', index: 'claims_side_day', column: 'day' },
  { table: 'claims', index: 'claims_source_day', column: 'day' },
  { table: 'claims', index: 'claims_hedged_day', column: 'day', where: 'hedged = 1' },
  { table: 'claims', index: 'claims_denial_day', column: 'day', where: 'denial = 1' },
  { table: 'claim_categories', index: 'claim_categories_category', column: 'day' },
  { table: 'claim_places', column: 'day' },
  { table: 'claim_entities', column: 'day' },
  { table: 'stories', column: 'label' },
  { table: 'story_members', column: 'position' },
  // The full-text indexes of claims and documents (the `q` filter and search).
  { table: 'claims_fts_data', column: 'block' },
  { table: 'documents_fts_data', column: 'block' },
];

/** `PRAGMA optimize` mask on opening: check every table (0x10000) and analyse where needed (0x2), on a sample. */
export const OPTIMIZE_ON_OPEN = 0x10002;

/** How long a writer waits for another process's lock before failing (ms). */
export const BUSY_TIMEOUT_MS = 10_000;

const LAYER_TABLES = [
  'removals', 'entities', 'places', 'times', 'figures', 'claims', 'claim_entities', 'claim_places', 'claim_categories', 'lsh_bands', 'duplicates',
] as const;

/** The contribution (times @sign) to `outlet_counts` of the claims matching `where` (over `claims c`), with their clusters. */
const OUTLET_COUNTS = (where: string): string => `INSERT INTO outlet_counts (outlet, side, claims, attributed, hedged, own, single, later)
  SELECT coalesce(c.outlet, '(unknown)'), c.side, count(*) * @sign, sum(c.source_text IS NOT NULL AND c.side NOT IN ('OUTLET')) * @sign,
    sum(c.hedged) * @sign, sum(c.side = 'OUTLET' OR c.source_text IS NULL) * @sign, coalesce(sum(v.label = 'single-origin'), 0) * @sign,
    sum(coalesce(m.contradicted_later, 0)) * @sign
  FROM claims c LEFT JOIN cluster_members m ON m.doc_id = c.doc_id AND m.claim_idx = c.idx LEFT JOIN verdicts v ON v.cluster_id = m.cluster_id
  WHERE ${where} GROUP BY 1, 2
  ON CONFLICT (outlet, side) DO UPDATE SET claims = claims + excluded.claims, attributed = attributed + excluded.attributed,
    hedged = hedged + excluded.hedged, own = own + excluded.own, single = single + excluded.single, later = later + excluded.later`;

/** The claims whose cluster membership a scoped cluster replacement changes (a temporary table, filled per call). */
const AFFECTED_CLAIMS = 'CREATE TEMP TABLE IF NOT EXISTS affected_claims (doc_id TEXT NOT NULL, idx INTEGER NOT NULL, PRIMARY KEY (doc_id, idx)) WITHOUT ROWID';

/** Claims listed in `temp.affected_claims`. */
const AFFECTED_WHERE = '(c.doc_id, c.idx) IN (SELECT doc_id, idx FROM temp.affected_claims)';

/** One document's contribution to each `store_counts` key (see migration 6). */
const COUNT_ROWS = `SELECT 'documents' AS k, 1 AS n FROM documents WHERE id = @doc
  UNION ALL SELECT 'lang:' || coalesce(language, '?'), 1 FROM documents WHERE id = @doc
  UNION ALL SELECT CASE WHEN outlet IS NULL THEN 'nooutlet' ELSE 'outlet:' || outlet END, 1 FROM documents WHERE id = @doc
  UNION ALL SELECT 'dup:' || kind, 1 FROM duplicates WHERE doc_id = @doc
  UNION ALL SELECT 'entities', count(*) FROM entities WHERE doc_id = @doc
  UNION ALL SELECT 'places', count(*) FROM places WHERE doc_id = @doc
  UNION ALL SELECT 'figures', count(*) FROM figures WHERE doc_id = @doc
  UNION ALL SELECT 'claims', count(*) FROM claims WHERE doc_id = @doc
  UNION ALL SELECT 'side:' || side, count(*) FROM claims WHERE doc_id = @doc GROUP BY side`;

/** The counters maintained on write, each as an upsert of one document's contribution times the sign (@sign). */
const COUNTERS = [
  `INSERT INTO store_counts (key, n) SELECT k, n * @sign FROM (${COUNT_ROWS}) WHERE true
   ON CONFLICT (key) DO UPDATE SET n = n + excluded.n`,
  `INSERT INTO figure_categories (category, figures) SELECT category, count(*) * @sign FROM figures WHERE doc_id = @doc AND category IS NOT NULL GROUP BY category
   ON CONFLICT (category) DO UPDATE SET figures = figures + excluded.figures`,
  `INSERT INTO entity_counts (entity_id, type, name, side, mentions)
   SELECT entity_id, type, name, coalesce(side, ''), count(*) * @sign FROM entities WHERE doc_id = @doc GROUP BY 1, 2, 3, 4
   ON CONFLICT (entity_id, type, name, side) DO UPDATE SET mentions = mentions + excluded.mentions`,
  `INSERT INTO entity_docs (entity_id, type, documents)
   SELECT DISTINCT entity_id, type, @sign FROM entities WHERE doc_id = @doc UNION SELECT DISTINCT entity_id, '', @sign FROM entities WHERE doc_id = @doc
   ON CONFLICT (entity_id, type) DO UPDATE SET documents = documents + excluded.documents`,
  `INSERT INTO place_counts (name, lat, lon, country, admin1, mentions)
   SELECT name, lat, lon, coalesce(country, ''), coalesce(admin1, ''), count(*) * @sign FROM places WHERE doc_id = @doc GROUP BY 1, 2, 3, 4, 5
   ON CONFLICT (name, lat, lon, country, admin1) DO UPDATE SET mentions = mentions + excluded.mentions`,
  `INSERT INTO place_docs (name, lat, lon, documents) SELECT DISTINCT name, lat, lon, @sign FROM places WHERE doc_id = @doc
   ON CONFLICT (name, lat, lon) DO UPDATE SET documents = documents + excluded.documents`,
  `INSERT INTO place_claims (name, lat, lon, day, claims)
   SELECT name, lat, lon, coalesce(day, ''), count(*) * @sign FROM claim_places WHERE doc_id = @doc GROUP BY 1, 2, 3, 4
   ON CONFLICT (name, lat, lon, day) DO UPDATE SET claims = claims + excluded.claims`,
  OUTLET_COUNTS('c.doc_id = @doc'),
] as const;

/** Drops the counters a removal brought to zero (the aggregates they replace list no empty groups). */
const PRUNE_COUNTERS = [
  'DELETE FROM store_counts WHERE n <= 0',
  'DELETE FROM figure_categories WHERE figures <= 0',
  'DELETE FROM entity_counts WHERE mentions <= 0',
  'DELETE FROM entity_docs WHERE documents <= 0',
  'DELETE FROM place_counts WHERE mentions <= 0',
  'DELETE FROM place_docs WHERE documents <= 0',
  'DELETE FROM place_claims WHERE claims <= 0',
  'DELETE FROM outlet_counts WHERE claims <= 0',
] as const;

/** Links each claim of a document to the entities whose span lies inside it (the `entity` filter's table). */
const LINK_ENTITIES = `INSERT OR IGNORE INTO claim_entities (doc_id, idx, entity_id, day)
  SELECT c.doc_id, c.idx, e.entity_id, c.day FROM claims c JOIN entities e ON e.doc_id = c.doc_id AND e.start >= c.start AND e.end <= c.end
  WHERE c.doc_id = ?`;
/** Links each claim of a document to the places whose span lies inside it (the `place` filter's table). */
const LINK_PLACES = `INSERT OR IGNORE INTO claim_places (doc_id, idx, name, lat, lon, day)
  SELECT c.doc_id, c.idx, p.name, p.lat, p.lon, c.day FROM claims c JOIN places p ON p.doc_id = c.doc_id AND p.start >= c.start AND p.end <= c.end
  WHERE c.doc_id = ?`;

type Row = Record<string, unknown>;

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v ?? 0);
}

function str(v: unknown): string | null {
  return v == null ? null : String(v);
}

/** Maps a row of `claims` joined with its document to a ClaimRow. */
function claimRow(r: Row): ClaimRow {
  return {
    docId: String(r.doc_id),
    idx: num(r.idx),
    title: str(r.title),
    outlet: str(r.outlet),
    published: str(r.published),
    start: num(r.start),
    end: num(r.end),
    text: String(r.text),
    side: String(r.side) as Side,
    sourceName: str(r.source_name),
    sourceSide: str(r.source_side) as Side | null,
    sourceText: str(r.source_text),
    cue: str(r.cue_text),
    quote: String(r.quote) as ClaimRow['quote'],
    hedged: r.hedged === 1,
    denial: r.denial === 1,
    key: str(r.key),
    categories: splitSet(str(r.categories)),
  };
}

/** Options of {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /** Open without writing (no migrations; fails on a missing or older database). */
  readonly?: boolean;
  /**
   * SQLite's page cache of this connection, in MB (default {@link DEFAULT_CACHE_MB}). Held in the process, so the pages a
   * server reads stay in memory even where the system's file cache is small or reclaimed.
   */
  cacheMb?: number;
}

/** Page cache of a connection, MB (SQLite's own default is 2 MB: a large store re-reads its index pages from the file). */
export const DEFAULT_CACHE_MB = 64;
/** KiB per MB, for `PRAGMA cache_size`'s negative (KiB) form. */
const KIB_PER_MB = 1024;

/**
 * Opens (creating and migrating as needed) a SQLite store.
 * @param file Database file, or `:memory:` (default).
 * @throws TriangulateError E302 for a database written by a newer schema, E301 for other database errors.
 */
export function openSqliteStore(file = ':memory:', options: SqliteStoreOptions = {}): SqliteStore {
  let db: BetterSqlite3.Database;
  try {
    if (file !== ':memory:' && !options.readonly) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file, { readonly: options.readonly === true, fileMustExist: options.readonly === true });
  } catch (err) {
    throw new TriangulateError('E301', { message: `${file}: ${(err as Error).message}` }, { cause: err });
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma(`cache_size = ${-Math.max(1, Math.round((options.cacheMb ?? DEFAULT_CACHE_MB) * KIB_PER_MB))}`);
    if (!options.readonly) {
      if (file !== ':memory:') db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      migrate(db, file);
      // Planner statistics (SQLite's advice for a long-lived connection): tables never analysed, or grown much since, are
      // analysed on a sample, so the planner knows that the partial indexes (hedged, denial) and the link tables are selective.
      if (file !== ':memory:') db.pragma(`optimize = ${OPTIMIZE_ON_OPEN}`);
    }
  } catch (err) {
    db.close();
    if (err instanceof TriangulateError) throw err;
    throw new TriangulateError('E301', { message: `${file}: ${(err as Error).message}` }, { cause: err });
  }
  return new SqliteStore(db);
}

/** The SQLite implementation of {@link Store}. Synchronous underneath; async to satisfy the contract. */
export class SqliteStore implements Store, SqlRunner {
  readonly db: BetterSqlite3.Database;
  private readonly stmts = new Map<string, BetterSqlite3.Statement>();
  private savepoint = 0;

  constructor(db: BetterSqlite3.Database) {
    this.db = db;
  }

  /** A cached prepared statement. */
  prepared(sql: string): BetterSqlite3.Statement {
    return this.st(sql);
  }

  private st(sql: string): BetterSqlite3.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  async putDocument(doc: Document, options: PutOptions): Promise<PutResult> {
    try {
      return this.putSync(doc, options);
    } catch (err) {
      if (err instanceof TriangulateError) throw err;
      throw new TriangulateError('E301', { message: `storing ${doc.id}: ${(err as Error).message}` }, { cause: err });
    }
  }

  /** The synchronous body of putDocument: one savepoint per document, so a failure leaves nothing of it. */
  putSync(doc: Document, options: PutOptions): PutResult {
    const textHash = sha256(doc.text);
    const stages = JSON.stringify(options.stages);
    const existing = this.st(
      `SELECT d.seq, d.text_hash, d.pipeline_version, d.stages, d.duplicate_of, x.kind, x.similarity
       FROM documents d LEFT JOIN duplicates x ON x.doc_id = d.id WHERE d.id = ?`,
    ).get(doc.id) as Row | undefined;
    if (existing && existing.text_hash === textHash && existing.pipeline_version === options.pipelineVersion && existing.stages === stages) {
      const r: PutResult = { status: 'unchanged', id: doc.id };
      if (existing.duplicate_of) {
        r.duplicateOf = String(existing.duplicate_of);
        r.duplicateKind = existing.kind as 'exact' | 'near';
        r.similarity = num(existing.similarity);
      }
      return r;
    }
    const fp = fingerprint(doc);
    const dup = this.findDuplicate(doc.id, fp);
    this.db.transaction(() => this.write(doc, options, textHash, stages, fp, dup, existing != null))();
    const r: PutResult = { status: existing ? 'updated' : dup ? 'duplicate' : 'added', id: doc.id };
    if (dup) {
      r.duplicateOf = dup.original;
      r.duplicateKind = dup.kind;
      r.similarity = dup.similarity;
    }
    return r;
  }

  /** The original a document copies: an exact copy (same normalised text) first, else the most similar near-duplicate. */
  private findDuplicate(id: string, fp: Fingerprint): { original: string; kind: 'exact' | 'near'; similarity: number } | null {
    const exact = this.st('SELECT id, duplicate_of FROM documents WHERE content_hash = ? AND id <> ? ORDER BY seq LIMIT 1').get(fp.contentHash, id) as
      | Row
      | undefined;
    if (exact) return { original: String(exact.duplicate_of ?? exact.id), kind: 'exact', similarity: 1 };
    if (!fp.signature) return null;
    const candidates = new Set<string>();
    const bucket = this.st(`SELECT doc_id FROM lsh_bands WHERE band = ? AND bucket = ? AND doc_id <> ? LIMIT ${MAX_BUCKET_CANDIDATES}`);
    for (let b = 0; b < fp.bands.length && candidates.size < MAX_CANDIDATES; b++) {
      for (const row of bucket.all(b, fp.bands[b], id) as Row[]) candidates.add(String(row.doc_id));
    }
    let best: { id: string; original: string; similarity: number; seq: number } | null = null;
    const get = this.st('SELECT seq, signature, duplicate_of FROM documents WHERE id = ?');
    for (const cid of candidates) {
      const row = get.get(cid) as Row | undefined;
      if (!row || !row.signature) continue;
      const sim = estimateJaccard(fp.signature, signatureFromBuffer(row.signature as Buffer));
      if (sim < NEAR_DUPLICATE_JACCARD) continue;
      const seq = num(row.seq);
      if (!best || sim > best.similarity || (sim === best.similarity && seq < best.seq)) {
        best = { id: cid, original: String(row.duplicate_of ?? cid), similarity: sim, seq };
      }
    }
    return best ? { original: best.original, kind: 'near', similarity: best.similarity } : null;
  }

  private write(
    doc: Document,
    options: PutOptions,
    textHash: string,
    stages: string,
    fp: Fingerprint,
    dup: { original: string; kind: 'exact' | 'near'; similarity: number } | null,
    exists: boolean,
  ): void {
    const now = new Date().toISOString();
    const json = JSON.stringify({ ...doc, text: '' });
    const sig = fp.signature ? signatureToBuffer(fp.signature) : null;
    const origin = doc.meta.origin;
    const values = [
      doc.title, doc.url, doc.outlet, doc.published, doc.language, doc.author, doc.text, doc.bodyStart, textHash, fp.contentHash, sig,
      dup?.original ?? null, options.pipelineVersion, stages, origin?.file ?? null, origin?.record ?? null,
    ];
    if (exists) {
      this.adjustCounters(doc.id, -1);
      for (const t of LAYER_TABLES) this.st(`DELETE FROM ${t} WHERE doc_id = ?`).run(doc.id);
      this.st(
        `UPDATE documents SET title = ?, url = ?, outlet = ?, published = ?, language = ?, author = ?, text = ?, body_start = ?, text_hash = ?,
         content_hash = ?, signature = ?, duplicate_of = ?, pipeline_version = ?, stages = ?, source_file = ?, source_record = ?, updated_at = ?, json = ?
         WHERE id = ?`,
      ).run(...values, now, json, doc.id);
    } else {
      this.st(
        `INSERT INTO documents (title, url, outlet, published, language, author, text, body_start, text_hash, content_hash, signature, duplicate_of,
         pipeline_version, stages, source_file, source_record, ingested_at, updated_at, json, id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(...values, now, now, json, doc.id);
    }
    const id = doc.id;
    if (dup) this.st('INSERT INTO duplicates (doc_id, original_id, kind, similarity) VALUES (?, ?, ?, ?)').run(id, dup.original, dup.kind, dup.similarity);
    const band = this.st('INSERT OR IGNORE INTO lsh_bands (band, bucket, doc_id) VALUES (?, ?, ?)');
    fp.bands.forEach((key, b) => band.run(b, key, id));

    const rem = this.st('INSERT INTO removals (doc_id, idx, text, reason, at) VALUES (?, ?, ?, ?, ?)');
    doc.removed.forEach((r, i) => rem.run(id, i, r.text, r.reason, r.at ?? null));
    const ent = this.st(
      `INSERT INTO entities (doc_id, idx, start, end, text, type, entity_id, name, side, role, link, sent_start, sent_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    doc.entities.forEach((e, i) => {
      const [ss, se] = sentenceBounds(doc, e.start, e.end);
      ent.run(id, i, e.start, e.end, e.text, e.type, e.id, e.name, e.side ?? null, e.role ?? null, e.link ?? null, ss, se);
    });
    const pl = this.st(
      `INSERT INTO places (doc_id, idx, start, end, text, name, lat, lon, country, admin1, kind, geonameid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    doc.places.forEach((p, i) =>
      pl.run(id, i, p.start, p.end, p.text, p.name, p.lat, p.lon, p.country ?? null, p.admin1 ?? null, p.kind ?? null, p.geonameid ?? null),
    );
    const tm = this.st('INSERT INTO times (doc_id, idx, start, end, text, value, type, mod) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    doc.times.forEach((t, i) => tm.run(id, i, t.start, t.end, t.text, t.value, t.type ?? null, t.mod ?? null));
    const seq = num((this.st('SELECT seq FROM documents WHERE id = ?').get(id) as Row).seq);
    const fg = this.st(
      `INSERT INTO figures (doc_id, idx, start, end, text, low, high, approx, unit, category, about, published, doc_seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    doc.figures.forEach((f, i) =>
      fg.run(id, i, f.start, f.end, f.text, f.low, f.high, f.approx ? 1 : 0, f.unit ?? null, f.category ?? null, f.about ?? null, doc.published, seq),
    );
    const cl = this.st(
      `INSERT INTO claims (doc_id, idx, start, end, text, side, quote, hedged, denial, key, source_start, source_end, source_text, source_name,
       source_side, source_entity_id, cue_start, cue_end, cue_text, via_name, via_side, parent, entity_ids, place_names, time_values, categories, day, outlet)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const day = doc.published ? doc.published.slice(0, DAY_LENGTH) : null;
    const source = this.st('INSERT OR IGNORE INTO claim_sources (name) VALUES (?)');
    const category = this.st('INSERT OR IGNORE INTO claim_categories (doc_id, idx, category, day) VALUES (?, ?, ?, ?)');
    doc.claims.forEach((c, i) => {
      const s = c.source;
      if (s?.name) source.run(s.name);
      const categories = claimCategories(doc, i);
      for (const k of categories) category.run(id, i, k, day);
      cl.run(
        id, i, c.start, c.end, c.text, c.side, c.quote, c.hedged ? 1 : 0, c.denial ? 1 : 0, c.key ?? null,
        s?.start ?? null, s?.end ?? null, s?.text ?? null, s?.name ?? null, s?.side ?? null, s?.entityId ?? null,
        c.cue?.start ?? null, c.cue?.end ?? null, c.cue?.text ?? null, c.via?.name ?? null, c.via?.side ?? null, c.parent ?? null,
        joinSet(c.entityIds), joinSet(c.placeNames), joinSet(c.timeValues), joinSet(categories), day, doc.outlet,
      );
    });
    this.st(LINK_ENTITIES).run(id);
    this.st(LINK_PLACES).run(id);
    this.adjustCounters(id, 1);
  }

  /** Adds (`sign` 1) or removes (−1) a stored document's contribution to every counter kept on write. */
  private adjustCounters(docId: string, sign: 1 | -1): void {
    for (const sql of COUNTERS) this.st(sql).run({ doc: docId, sign });
    if (sign < 0) for (const sql of PRUNE_COUNTERS) this.st(sql).run();
  }

  async getDocument(id: string): Promise<Document | null> {
    const row = this.st('SELECT json, text FROM documents WHERE id = ?').get(id) as Row | undefined;
    if (!row) return null;
    const doc = JSON.parse(String(row.json)) as Document;
    doc.text = String(row.text);
    return doc;
  }

  /** WHERE clause of the document list (null when the full-text query cannot match). */
  private documentWhere(options: { outlet?: string; q?: string }): { where: string; params: unknown[] } | null {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (options.outlet === UNKNOWN_OUTLET) conds.push('outlet IS NULL');
    else if (options.outlet != null) {
      conds.push('outlet = ? COLLATE NOCASE');
      params.push(options.outlet);
    }
    if (options.q != null) {
      const fts = toFtsQuery(options.q);
      if (!fts) return null;
      conds.push('seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)');
      params.push(fts);
    }
    return { where: conds.length ? 'WHERE ' + conds.join(' AND ') : '', params };
  }

  /** A counter kept on write (see migration 6), capped like {@link cappedCount}. */
  private counter(key: string, cap: number | undefined): number {
    const n = num((this.st('SELECT n FROM store_counts WHERE key = ?').get(key) as Row | undefined)?.n);
    return cap != null ? Math.min(n, Math.max(0, Math.floor(cap))) : n;
  }

  async countDocuments(options: { outlet?: string; q?: string } & CountOptions = {}): Promise<number> {
    if (options.outlet == null && options.q == null) return this.counter('documents', options.cap);
    const w = this.documentWhere(options);
    return w ? cappedCount(this, `SELECT 1 FROM documents ${w.where}`, w.params, options.cap) : 0;
  }

  async listDocuments(options: { limit?: number; offset?: number; outlet?: string; q?: string } = {}): Promise<DocumentSummary[]> {
    const w = this.documentWhere(options);
    if (!w) return [];
    const { where, params } = w;
    const rows = this.st(
      `SELECT id, title, url, outlet, published, language, duplicate_of, ingested_at FROM documents ${where}
       ORDER BY published IS NULL, published DESC, seq LIMIT ? OFFSET ?`,
    ).all(...params, options.limit ?? DEFAULT_LIMIT, options.offset ?? 0) as Row[];
    return rows.map((r) => ({
      id: String(r.id),
      title: str(r.title),
      url: str(r.url),
      outlet: str(r.outlet),
      published: str(r.published),
      language: str(r.language),
      duplicateOf: str(r.duplicate_of),
      ingestedAt: String(r.ingested_at),
    }));
  }

  async countSearch(query: string, options: CountOptions = {}): Promise<number> {
    const fts = toFtsQuery(query);
    return fts ? cappedCount(this, 'SELECT 1 FROM documents_fts WHERE documents_fts MATCH ?', [fts], options.cap) : 0;
  }

  async generation(): Promise<string> {
    const others = this.db.pragma('data_version', { simple: true }) as number;
    const own = num((this.st('SELECT total_changes() AS n').get() as Row).n);
    return `${others}.${own}`;
  }

  async search(query: string, options: { limit?: number; offset?: number; order?: SearchOrder } = {}): Promise<SearchHit[]> {
    const fts = toFtsQuery(query);
    if (!fts) return [];
    const page = { q: fts, limit: options.limit ?? DEFAULT_LIMIT, offset: options.offset ?? 0 };
    const columns = `d.id, d.title, d.outlet, d.published, snippet(documents_fts, -1, '[', ']', '…', 16) AS snip, bm25(documents_fts, 5.0, 1.0) AS rank
       FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid WHERE documents_fts MATCH @q`;
    let rows: Row[];
    if (options.order === 'recent') {
      // Newest stored first: the page's rowids walking the index backwards, then snippets for the rowid range they span
      // (every match inside it is on the page), so a word in every document costs one page, not every match.
      const ids = this.st('SELECT rowid FROM documents_fts WHERE documents_fts MATCH @q ORDER BY rowid DESC LIMIT @limit OFFSET @offset').all(page) as Row[];
      if (ids.length === 0) return [];
      rows = this.st(`SELECT ${columns} AND documents_fts.rowid BETWEEN @lo AND @hi ORDER BY documents_fts.rowid DESC`).all({
        q: fts,
        lo: ids[ids.length - 1]!.rowid,
        hi: ids[0]!.rowid,
      }) as Row[];
    } else {
      // Best first: every match is ranked (cheap without snippets), then snippets for the page's rows alone.
      rows = this.st(
        `SELECT ${columns} AND documents_fts.rowid IN
           (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @q ORDER BY bm25(documents_fts, 5.0, 1.0), rowid LIMIT @limit OFFSET @offset)
         ORDER BY rank, documents_fts.rowid`,
      ).all(page) as Row[];
    }
    return rows.map((r) => ({
      id: String(r.id),
      title: str(r.title),
      outlet: str(r.outlet),
      published: str(r.published),
      snippet: String(r.snip ?? '').replace(/\s+/g, ' ').trim(),
      rank: num(r.rank),
    }));
  }

  async listEntities(options: { type?: EntityType; limit?: number } = {}): Promise<EntitySummary[]> {
    // From the counters kept on write: mentions per id, type, name and side; documents per id and type ('' any type).
    const where = options.type ? 'WHERE v.type = ?' : '';
    const rows = this.st(
      `SELECT v.entity_id, max(v.name) AS name, max(v.type) AS type, max(nullif(v.side, '')) AS side, sum(v.mentions) AS mentions,
         (SELECT d.documents FROM entity_docs d WHERE d.entity_id = v.entity_id AND d.type = ?) AS documents
       FROM entity_counts v ${where} GROUP BY v.entity_id ORDER BY mentions DESC, name LIMIT ?`,
    ).all(options.type ?? '', ...(options.type ? [options.type] : []), options.limit ?? DEFAULT_LIMIT) as Row[];
    return rows.map(entityRow);
  }

  async getEntity(nameOrId: string): Promise<EntitySummary | null> {
    return entityByIdOrName(this, nameOrId);
  }

  async listPlaceStats(options: { from?: string; to?: string } = {}): Promise<PlaceClaimStats[]> {
    return placeStats(this, options.from, options.to);
  }

  async queryClaims(filter: ClaimQueryFilter = {}, options: ClaimQueryOptions = {}): Promise<ClaimListRow[]> {
    return queryClaimRows(this, claimRow, filter, options);
  }

  async countClaims(filter: ClaimQueryFilter = {}, options: CountOptions = {}): Promise<number> {
    if (Object.values(filter).every((v) => v === undefined)) return this.counter('claims', options.cap);
    return countClaimRows(this, filter, options.cap);
  }

  async figureCategories(): Promise<Array<{ category: string; figures: number }>> {
    const rows = this.st('SELECT category, figures FROM figure_categories WHERE figures > 0 ORDER BY figures DESC, category').all() as Row[];
    return rows.map((r) => ({ category: String(r.category), figures: num(r.figures) }));
  }

  async entityMentions(nameOrId: string, options: { limit?: number } = {}): Promise<EntityMentionRow[]> {
    const ids = (
      this.st(
        `SELECT DISTINCT entity_id FROM entities WHERE entity_id = ? OR name = ? COLLATE NOCASE OR text = ? COLLATE NOCASE`,
      ).all(nameOrId, nameOrId, nameOrId) as Row[]
    ).map((r) => String(r.entity_id));
    if (ids.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT e.doc_id, d.title, d.published, e.entity_id, e.name, e.type, e.start, e.end, e.text, e.sent_start, e.sent_end
         FROM entities e JOIN documents d ON d.id = e.doc_id WHERE e.entity_id IN (${ids.map(() => '?').join(', ')})
         ORDER BY d.published IS NULL, d.published DESC, d.seq, e.start LIMIT ?`,
      )
      .all(...ids, options.limit ?? 10_000) as Row[];
    const texts = new Map<string, string>();
    const textOf = this.st('SELECT text FROM documents WHERE id = ?');
    return rows.map((r) => {
      const docId = String(r.doc_id);
      let text = texts.get(docId);
      if (text === undefined) {
        text = String((textOf.get(docId) as Row).text);
        texts.set(docId, text);
      }
      const ss = num(r.sent_start);
      const se = num(r.sent_end);
      return {
        docId,
        title: str(r.title),
        published: str(r.published),
        entityId: String(r.entity_id),
        name: String(r.name),
        type: String(r.type) as EntityType,
        start: num(r.start),
        end: num(r.end),
        text: String(r.text),
        sentence: { start: ss, end: se, text: text.slice(ss, se) },
      };
    });
  }

  async listPlaces(options: { limit?: number } = {}): Promise<PlaceSummary[]> {
    const rows = this.st(
      `SELECT name, lat, lon, max(country) AS country, max(admin1) AS admin1, count(*) AS mentions, count(DISTINCT doc_id) AS documents
       FROM places GROUP BY name, lat, lon ORDER BY mentions DESC, name LIMIT ?`,
    ).all(options.limit ?? 10_000) as Row[];
    return rows.map(placeRow);
  }

  private figureWhere(options: { category?: string; about?: string }): { where: string; params: unknown[] } {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (options.category) {
      conds.push('f.category = ? COLLATE NOCASE');
      params.push(options.category);
    }
    if (options.about) {
      conds.push('f.about = ? COLLATE NOCASE');
      params.push(options.about);
    }
    return { where: conds.length ? 'WHERE ' + conds.join(' AND ') : '', params };
  }

  async countFigures(options: { category?: string; about?: string } & CountOptions = {}): Promise<number> {
    if (options.category && !options.about) {
      // The per-category counts kept on write (categories differing only in case add up, as the filter matches them all).
      const r = this.st('SELECT sum(figures) AS n FROM figure_categories WHERE category = ? COLLATE NOCASE').get(options.category) as Row;
      const n = num(r.n);
      return options.cap != null ? Math.min(n, Math.max(0, Math.floor(options.cap))) : n;
    }
    if (!options.category && !options.about) return this.counter('figures', options.cap);
    const w = this.figureWhere(options);
    return cappedCount(this, `SELECT 1 FROM figures f ${w.where}`, w.params, options.cap);
  }

  async listFigures(options: { category?: string; about?: string; limit?: number; offset?: number } = {}): Promise<FigureRow[]> {
    const { where, params } = this.figureWhere(options);
    const rows = this.db
      .prepare(
        `SELECT f.*, d.title, d.outlet, d.published FROM figures f JOIN documents d ON d.id = f.doc_id
         ${where} ORDER BY f.published IS NULL, f.published, f.doc_seq, f.start LIMIT ? OFFSET ?`,
      )
      .all(...params, options.limit ?? 10_000, options.offset ?? 0) as Row[];
    return rows.map((r) => ({
      docId: String(r.doc_id),
      title: str(r.title),
      outlet: str(r.outlet),
      published: str(r.published),
      start: num(r.start),
      end: num(r.end),
      text: String(r.text),
      low: r.low == null ? null : num(r.low),
      high: r.high == null ? null : num(r.high),
      approx: r.approx === 1,
      unit: str(r.unit),
      category: str(r.category),
      about: str(r.about),
    }));
  }

  async listClaims(filter: ClaimFilter = {}): Promise<ClaimRow[]> {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (filter.side) {
      conds.push('c.side = ?');
      params.push(filter.side);
    }
    if (filter.source) {
      conds.push(`(instr(lower(c.source_name), lower(?)) > 0 OR c.source_entity_id = ? OR c.source_text = ? COLLATE NOCASE)`);
      params.push(filter.source, filter.source, filter.source);
    }
    if (filter.about) {
      conds.push(`(instr(lower(c.place_names), '|' || lower(?) || '|') > 0
        OR instr(c.entity_ids, '|' || ? || '|') > 0
        OR EXISTS (SELECT 1 FROM places p WHERE p.doc_id = c.doc_id AND p.start >= c.start AND p.end <= c.end
                   AND (p.name = ? COLLATE NOCASE OR p.text = ? COLLATE NOCASE))
        OR EXISTS (SELECT 1 FROM entities e WHERE e.doc_id = c.doc_id AND e.start >= c.start AND e.end <= c.end
                   AND (e.entity_id = ? OR e.name = ? COLLATE NOCASE OR e.text = ? COLLATE NOCASE)))`);
      params.push(...Array<string>(7).fill(filter.about));
    }
    if (filter.hedged != null) {
      conds.push('c.hedged = ?');
      params.push(filter.hedged ? 1 : 0);
    }
    if (filter.denial != null) {
      conds.push('c.denial = ?');
      params.push(filter.denial ? 1 : 0);
    }
    if (filter.category) {
      conds.push(`instr(lower(c.categories), '|' || lower(?) || '|') > 0`);
      params.push(filter.category);
    }
    const rows = this.db
      .prepare(
        `SELECT c.*, d.title, d.outlet, d.published FROM claims c JOIN documents d ON d.id = c.doc_id
         ${conds.length ? 'WHERE ' + conds.join(' AND ') : ''} ORDER BY d.published IS NULL, d.published, d.seq, c.idx LIMIT ?`,
      )
      .all(...params, filter.limit ?? 10_000) as Row[];
    return rows.map(claimRow);
  }

  async stats(): Promise<StoreStats> {
    // Counters kept on write; the first and last dates come from the publication index.
    const counts = new Map((this.st('SELECT key, n FROM store_counts WHERE n > 0 ORDER BY n DESC, key').all() as Row[]).map((r) => [String(r.key), num(r.n)]));
    const prefixed = (p: string): Row[] => [...counts].filter(([k]) => k.startsWith(p)).map(([k, n]) => ({ k: k.slice(p.length), n }));
    const range = this.st('SELECT (SELECT min(published) FROM documents) AS first, (SELECT max(published) FROM documents) AS last').get() as Row;
    const d = { n: counts.get('documents') ?? 0, outlets: prefixed('outlet:').length, first: range.first, last: range.last };
    const dups = prefixed('dup:').map((r) => ({ kind: r.k, n: r.n }));
    const langs = prefixed('lang:').map((r) => ({ l: r.k, n: r.n }));
    const sides = prefixed('side:').map((r) => ({ side: r.k, n: r.n }));
    const count = (t: string): number => counts.get(t) ?? 0;
    return {
      documents: num(d.n),
      duplicates: {
        exact: num(dups.find((r) => r.kind === 'exact')?.n),
        near: num(dups.find((r) => r.kind === 'near')?.n),
      },
      outlets: num(d.outlets),
      languages: Object.fromEntries(langs.map((r) => [String(r.l), num(r.n)])),
      firstPublished: str(d.first),
      lastPublished: str(d.last),
      entities: count('entities'),
      places: count('places'),
      figures: count('figures'),
      claims: count('claims'),
      claimsBySide: Object.fromEntries(sides.map((r) => [String(r.side), num(r.n)])),
    };
  }

  async *streamDocuments(options: { ids?: readonly string[]; pageSize?: number } = {}): AsyncIterable<Document> {
    const page = options.pageSize ?? DOCUMENT_PAGE_SIZE;
    const parse = (row: Row): Document => {
      const doc = JSON.parse(String(row.json)) as Document;
      doc.text = String(row.text);
      return doc;
    };
    if (options.ids) {
      const get = this.st('SELECT json, text FROM documents WHERE id = ?');
      for (const id of options.ids) {
        const row = get.get(id) as Row | undefined;
        if (row) yield parse(row);
      }
      return;
    }
    let after = -1;
    for (;;) {
      const rows = this.st('SELECT seq, json, text FROM documents WHERE seq > ? ORDER BY seq LIMIT ?').all(after, page) as Row[];
      if (rows.length === 0) return;
      after = num(rows[rows.length - 1]!.seq);
      for (const r of rows) yield parse(r);
    }
  }

  async documentIdsInWindow(from: string | null, to: string | null, undated: boolean): Promise<string[]> {
    const rows = this.st(
      `SELECT id FROM documents WHERE (published IS NOT NULL AND substr(published, 1, 10) >= coalesce(?, '') AND substr(published, 1, 10) <= coalesce(?, '9999'))
       OR (? AND published IS NULL) ORDER BY seq`,
    ).all(from, to, undated ? 1 : 0) as Row[];
    return rows.map((r) => String(r.id));
  }

  async getDuplicate(docId: string): Promise<DuplicateRow | null> {
    const r = this.st('SELECT doc_id, original_id, kind, similarity FROM duplicates WHERE doc_id = ?').get(docId) as Row | undefined;
    return r ? { docId: String(r.doc_id), originalId: String(r.original_id), kind: r.kind as 'exact' | 'near', similarity: num(r.similarity) } : null;
  }

  async listDuplicates(): Promise<DuplicateRow[]> {
    const rows = this.st('SELECT doc_id, original_id, kind, similarity FROM duplicates ORDER BY doc_id').all() as Row[];
    return rows.map((r) => ({ docId: String(r.doc_id), originalId: String(r.original_id), kind: r.kind as 'exact' | 'near', similarity: num(r.similarity) }));
  }

  async replaceStories(stories: readonly StoryRecord[], scope?: readonly string[]): Promise<void> {
    this.db.transaction(() => {
      if (scope) {
        const ids = new Set<string>();
        for (const c of chunks(scope)) {
          const rows = this.db.prepare(`SELECT DISTINCT story_id FROM story_members WHERE doc_id IN (${c.map(() => '?').join(', ')})`).all(...c) as Row[];
          for (const r of rows) ids.add(String(r.story_id));
        }
        for (const id of ids) {
          this.st('DELETE FROM story_members WHERE story_id = ?').run(id);
          this.st('DELETE FROM stories WHERE id = ?').run(id);
        }
      } else {
        this.db.exec('DELETE FROM story_members; DELETE FROM stories;');
      }
      const st = this.st('INSERT INTO stories (id, first, last, size, label) VALUES (?, ?, ?, ?, ?)');
      const mem = this.st('INSERT OR REPLACE INTO story_members (doc_id, story_id, position) VALUES (?, ?, ?)');
      for (const s of stories) {
        st.run(s.id, s.first, s.last, s.docIds.length, JSON.stringify(s.label));
        s.docIds.forEach((d, i) => mem.run(d, s.id, i));
      }
    })();
  }

  async storyClosure(docIds: readonly string[]): Promise<string[]> {
    const out = new Set<string>(docIds);
    for (const c of chunks(docIds)) {
      const rows = this.db
        .prepare(
          `SELECT m.doc_id FROM story_members m WHERE m.story_id IN (SELECT story_id FROM story_members WHERE doc_id IN (${c.map(() => '?').join(', ')}))`,
        )
        .all(...c) as Row[];
      for (const r of rows) out.add(String(r.doc_id));
    }
    return [...out];
  }

  async countStories(): Promise<number> {
    return num((this.st('SELECT count(*) AS n FROM stories').get() as Row).n);
  }

  async listStories(options: { limit?: number; offset?: number; sort?: 'size' | 'latest'; maxMembers?: number } = {}): Promise<StoryRow[]> {
    const order = options.sort === 'latest' ? 'last DESC, id DESC' : 'size DESC, first IS NULL, first, id';
    const rows = this.st(`SELECT id, first, last, size, label FROM stories ORDER BY ${order} LIMIT ? OFFSET ?`).all(
      options.limit ?? DEFAULT_LIMIT,
      options.offset ?? 0,
    ) as Row[];
    const members = this.st(
      `SELECT m.doc_id, d.title, d.outlet, d.published FROM story_members m LEFT JOIN documents d ON d.id = m.doc_id
       WHERE m.story_id = ? ORDER BY m.position LIMIT ?`,
    );
    return rows.map((r) => ({
      id: String(r.id),
      first: str(r.first),
      last: str(r.last),
      label: parseJson<string[]>(r.label, []),
      size: num(r.size),
      members: (members.all(r.id, options.maxMembers ?? -1) as Row[]).map((m) => ({ docId: String(m.doc_id), title: str(m.title), outlet: str(m.outlet), published: str(m.published) })),
    }));
  }

  async replaceClaimClusters(clusters: readonly ClaimClusterRecord[], scope?: readonly string[]): Promise<void> {
    this.db.transaction(() => {
      if (scope) {
        const ids = new Set<string>();
        const find = this.st('SELECT cluster_id FROM cluster_members WHERE doc_id = ? AND claim_idx = ?');
        for (const claim of scope) {
          const at = claim.lastIndexOf('#');
          const row = find.get(claim.slice(0, at), Number(claim.slice(at + 1))) as Row | undefined;
          if (row) ids.add(String(row.cluster_id));
        }
        // The outlet counters: the claims whose membership changes leave with their old clusters, come back with the new.
        this.db.exec(AFFECTED_CLAIMS);
        this.st('DELETE FROM temp.affected_claims').run();
        const affect = this.st('INSERT OR IGNORE INTO temp.affected_claims (doc_id, idx) VALUES (?, ?)');
        for (const id of ids) this.st('INSERT OR IGNORE INTO temp.affected_claims (doc_id, idx) SELECT doc_id, claim_idx FROM cluster_members WHERE cluster_id = ?').run(id);
        for (const c of clusters) for (const m of c.members) affect.run(m.docId, m.claimIdx);
        this.st(OUTLET_COUNTS(AFFECTED_WHERE)).run({ sign: -1 });
        for (const id of ids) {
          this.st('DELETE FROM cluster_members WHERE cluster_id = ?').run(id);
          this.st('DELETE FROM verdicts WHERE cluster_id = ?').run(id);
          this.st('DELETE FROM verdict_details WHERE cluster_id = ?').run(id);
          this.st('DELETE FROM claim_clusters WHERE id = ?').run(id);
        }
      } else {
        this.db.exec('DELETE FROM cluster_members; DELETE FROM verdicts; DELETE FROM verdict_details; DELETE FROM claim_clusters;');
      }
      const cl = this.st('INSERT INTO claim_clusters (id, key, categories, first, last, sides, outlets, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      const mem = this.st('INSERT OR REPLACE INTO cluster_members (doc_id, claim_idx, cluster_id, position, contradicted_later) VALUES (?, ?, ?, ?, ?)');
      const ver = this.st('INSERT INTO verdicts (cluster_id, label, reasons, score, independent_origins, first_appearance) VALUES (?, ?, ?, ?, ?, ?)');
      const detail = this.st('INSERT INTO verdict_details (cluster_id, detail) VALUES (?, ?)');
      for (const c of clusters) {
        cl.run(c.id, c.key, JSON.stringify(c.categories), c.first, c.last, JSON.stringify(c.sides), JSON.stringify(c.outlets), c.members.length);
        c.members.forEach((m, i) => mem.run(m.docId, m.claimIdx, c.id, i, m.contradictedLater ? 1 : 0));
        const v = c.verdict;
        ver.run(c.id, v.label, JSON.stringify(v.reasons), v.score, v.independentOrigins, v.firstAppearance ? JSON.stringify(v.firstAppearance) : null);
        if (v.detail != null) detail.run(c.id, JSON.stringify(v.detail));
      }
      if (scope) {
        this.st(OUTLET_COUNTS(AFFECTED_WHERE)).run({ sign: 1 });
        this.st('DELETE FROM outlet_counts WHERE claims <= 0').run();
      } else {
        // Every membership changed: count every claim again (part of a full rebuild anyway).
        this.db.exec('DELETE FROM outlet_counts');
        this.st(OUTLET_COUNTS('true')).run({ sign: 1 });
      }
    })();
  }

  async clusterClosure(docIds: readonly string[]): Promise<string[]> {
    const out = new Set<string>();
    for (const c of chunks(docIds)) {
      const q = c.map(() => '?').join(', ');
      for (const r of this.db.prepare(`SELECT doc_id, idx FROM claims WHERE doc_id IN (${q})`).all(...c) as Row[]) out.add(`${r.doc_id}#${num(r.idx)}`);
      const rows = this.db
        .prepare(`SELECT doc_id, claim_idx FROM cluster_members WHERE cluster_id IN (SELECT cluster_id FROM cluster_members WHERE doc_id IN (${q}))`)
        .all(...c) as Row[];
      for (const r of rows) out.add(`${r.doc_id}#${num(r.claim_idx)}`);
    }
    return [...out].sort();
  }

  private summary(r: Row): ClaimClusterSummary {
    return {
      id: String(r.id),
      key: str(r.key),
      categories: parseJson<string[]>(r.categories, []),
      first: str(r.first),
      last: str(r.last),
      sides: parseJson<Side[]>(r.sides, []),
      outlets: parseJson<string[]>(r.outlets, []),
      size: num(r.size),
      verdict: {
        label: String(r.label) as VerdictLabel,
        reasons: parseJson<string[]>(r.reasons, []),
        score: num(r.score),
        independentOrigins: num(r.independent_origins),
        firstAppearance: parseJson<StoredVerdict['firstAppearance']>(r.first_appearance, null),
      },
      text: String(r.text ?? ''),
    };
  }

  private clusterWhere(options: { verdict?: VerdictLabel; category?: string }): { conds: string[]; params: unknown[] } {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (options.verdict) {
      conds.push('v.label = ?');
      params.push(options.verdict);
    }
    if (options.category) {
      conds.push(`EXISTS (SELECT 1 FROM json_each(c.categories) j WHERE j.value = ? COLLATE NOCASE)`);
      params.push(options.category);
    }
    return { conds, params };
  }

  async countClaimClusters(options: { verdict?: VerdictLabel; category?: string } & CountOptions = {}): Promise<number> {
    const { conds, params } = this.clusterWhere(options);
    const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';
    return cappedCount(this, `SELECT 1 FROM claim_clusters c JOIN verdicts v ON v.cluster_id = c.id ${where}`, params, options.cap);
  }

  async listClaimClusters(options: { verdict?: VerdictLabel; category?: string; limit?: number; offset?: number } = {}): Promise<ClaimClusterSummary[]> {
    const { conds, params } = this.clusterWhere(options);
    const rows = this.db
      .prepare(
        `SELECT c.*, v.label, v.reasons, v.score, v.independent_origins, v.first_appearance,
           (SELECT cl.text FROM cluster_members m JOIN claims cl ON cl.doc_id = m.doc_id AND cl.idx = m.claim_idx
            WHERE m.cluster_id = c.id ORDER BY m.position LIMIT 1) AS text
         FROM claim_clusters c JOIN verdicts v ON v.cluster_id = c.id
         ${conds.length ? 'WHERE ' + conds.join(' AND ') : ''} ORDER BY v.score DESC, v.cluster_id LIMIT ? OFFSET ?`,
      )
      .all(...params, options.limit ?? 10_000, options.offset ?? 0) as Row[];
    return rows.map((r) => this.summary(r));
  }

  async clusterMemberships(docIds: readonly string[]): Promise<Array<{ docId: string; claimIdx: number; clusterId: string; verdict: VerdictLabel }>> {
    const out: Array<{ docId: string; claimIdx: number; clusterId: string; verdict: VerdictLabel }> = [];
    for (const c of chunks(docIds)) {
      const rows = this.db
        .prepare(
          `SELECT m.doc_id, m.claim_idx, m.cluster_id, v.label FROM cluster_members m JOIN verdicts v ON v.cluster_id = m.cluster_id
           WHERE m.doc_id IN (${c.map(() => '?').join(', ')}) ORDER BY m.doc_id, m.claim_idx`,
        )
        .all(...c) as Row[];
      for (const r of rows) out.push({ docId: String(r.doc_id), claimIdx: num(r.claim_idx), clusterId: String(r.cluster_id), verdict: String(r.label) as VerdictLabel });
    }
    return out;
  }

  async getClaimCluster(id: string): Promise<ClaimClusterDetail | null> {
    const r = this.st(
      `SELECT c.*, v.label, v.reasons, v.score, v.independent_origins, v.first_appearance, x.detail
       FROM claim_clusters c JOIN verdicts v ON v.cluster_id = c.id LEFT JOIN verdict_details x ON x.cluster_id = c.id WHERE c.id = ?`,
    ).get(id) as Row | undefined;
    if (!r) return null;
    const { text: _text, ...base } = this.summary(r);
    const rows = this.st(
      `SELECT c.*, d.title, d.outlet, d.published, m.contradicted_later FROM cluster_members m
       JOIN claims c ON c.doc_id = m.doc_id AND c.idx = m.claim_idx JOIN documents d ON d.id = m.doc_id
       WHERE m.cluster_id = ? ORDER BY m.position`,
    ).all(id) as Row[];
    return {
      ...base,
      verdict: { ...base.verdict, detail: parseJson<unknown>(r.detail, null) },
      members: rows.map((m) => ({ ...claimRow(m), contradictedLater: m.contradicted_later === 1 })),
    };
  }

  async outletDocumentCounts(options: { limit?: number } = {}): Promise<Array<{ outlet: string; documents: number }>> {
    const rows = this.st(
      `SELECT CASE WHEN key = 'nooutlet' THEN '(unknown)' ELSE substr(key, length('outlet:') + 1) END AS outlet, n FROM store_counts
       WHERE (key >= 'outlet:' AND key < 'outlet;') OR key = 'nooutlet' ORDER BY n DESC, key = 'nooutlet' DESC, outlet LIMIT ?`,
    ).all(options.limit ?? DEFAULT_LIMIT) as Row[];
    return rows.map((r) => ({ outlet: String(r.outlet), documents: num(r.n) }));
  }

  async outletStats(): Promise<OutletStats[]> {
    const rows = this.st(
      // The counters kept on write and on cluster replacement (see migration 7).
      `SELECT outlet, side, claims AS n, attributed, hedged, own, single, later FROM outlet_counts WHERE claims > 0 ORDER BY 1, 2`,
    ).all() as Row[];
    const m = new Map<string, OutletStats>();
    const get = (o: string): OutletStats => {
      let s = m.get(o);
      if (!s) m.set(o, (s = { outlet: o, claims: 0, bySide: {}, attributed: 0, hedged: 0, ownVoice: 0, singleOrigin: 0, laterContradicted: 0, syndication: [] }));
      return s;
    };
    for (const r of rows) {
      const s = get(String(r.outlet));
      s.claims += num(r.n);
      s.bySide[String(r.side)] = num(r.n);
      s.attributed += num(r.attributed);
      s.hedged += num(r.hedged);
      s.ownVoice += num(r.own);
      s.singleOrigin += num(r.single);
      s.laterContradicted += num(r.later);
    }
    const links = this.st(
      `SELECT coalesce(d.outlet, '(unknown)') AS copy, coalesce(o.outlet, '(unknown)') AS orig, count(*) AS n
       FROM duplicates x JOIN documents d INDEXED BY documents_id_outlet ON d.id = x.doc_id JOIN documents o INDEXED BY documents_id_outlet ON o.id = x.original_id GROUP BY 1, 2 ORDER BY 1, 2`,
    ).all() as Row[];
    const partner = (s: OutletStats, o: string): { outlet: string; from: number; to: number } => {
      let p = s.syndication.find((x) => x.outlet === o);
      if (!p) s.syndication.push((p = { outlet: o, from: 0, to: 0 }));
      return p;
    };
    for (const l of links) {
      const copy = String(l.copy);
      const orig = String(l.orig);
      partner(get(copy), orig).from += num(l.n);
      partner(get(orig), copy).to += num(l.n);
    }
    for (const s of m.values()) s.syndication.sort((a, b) => b.from + b.to - (a.from + a.to) || (a.outlet < b.outlet ? -1 : 1));
    return [...m.values()].sort((a, b) => b.claims - a.claims || (a.outlet < b.outlet ? -1 : 1));
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.db.inTransaction) {
      const name = `sp${++this.savepoint}`;
      this.db.exec(`SAVEPOINT ${name}`);
      try {
        const r = await fn();
        this.db.exec(`RELEASE ${name}`);
        return r;
      } catch (err) {
        this.db.exec(`ROLLBACK TO ${name}`);
        this.db.exec(`RELEASE ${name}`);
        throw err;
      }
    }
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const r = await fn();
      this.db.exec('COMMIT');
      return r;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }

  async warmCache(): Promise<CacheWarmth> {
    const t0 = performance.now();
    const present = new Set((this.st(`SELECT name FROM sqlite_master WHERE type IN ('table', 'index')`).all() as Row[]).map((r) => String(r.name)));
    let objects = 0;
    let rows = 0;
    for (const w of WARM_OBJECTS) {
      if (!present.has(w.index ?? w.table)) continue;
      // A covering scan of the index (or a scan of the table) reads each of its pages once.
      const from = w.index ? `${w.table} INDEXED BY ${w.index}` : `${w.table} NOT INDEXED`;
      try {
        rows += num((this.st(`SELECT count(${w.column}) AS n FROM ${from}${w.where ? ` WHERE ${w.where}` : ''}`).get() as Row).n);
        objects++;
      } catch {
        // Warming is an optimisation: an object the planner cannot scan this way (an older schema) is read when needed.
      }
    }
    return { objects, rows, seconds: (performance.now() - t0) / 1000 };
  }

  /** Runs SQLite's integrity check; returns `['ok']` for a sound database. */
  integrityCheck(): string[] {
    return (this.db.pragma('integrity_check') as Row[]).map((r) => String(Object.values(r)[0]));
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // Statistics of the tables this connection wrote or read much are brought up to date before it ends (sampled, quick).
    if (!this.db.readonly && this.db.name !== ':memory:') {
      try {
        this.db.pragma('optimize');
      } catch {
        // Statistics are an optimisation: a busy or read-only file keeps its old ones.
      }
    }
    this.db.close();
  }
}
