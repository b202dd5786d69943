/**
 * @module The SQLite store's paged queries for the API: claims with every filter and sort (answered from the claim indexes,
 * the document joined only for the rows of the page), counts with a cap, places with their claims, entities, figure categories.
 */

import type BetterSqlite3 from 'better-sqlite3';
import type { EntityType, Side } from '../../core/doc.js';
import type { ClaimListRow, ClaimQueryFilter, ClaimQueryOptions, ClaimRow, ClaimSortKey, EntitySummary, PlaceClaimStats, PlaceSummary, VerdictLabel } from '../contract.js';
import { toFtsQuery } from './fts-query.js';
import { splitSet } from './layers.js';

type Row = Record<string, unknown>;

/** Prepared-statement access shared with the store. */
export interface SqlRunner {
  prepared(sql: string): BetterSqlite3.Statement;
}

/** How close (degrees) a place mention's coordinates must be to the ones asked for. */
export const COORD_EPSILON = 1e-4;
/** Default page size of the paged queries. */
export const DEFAULT_PAGE_LIMIT = 50;

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));
const str = (v: unknown): string | null => (v == null ? null : String(v));

/** A WHERE clause over `claims c` (no other table needed) with its parameters; `none` when the filter cannot match. */
interface Where {
  conds: string[];
  params: unknown[];
  none: boolean;
}

/**
 * Matches up to which a filter drives the query from its own index (the matching rowids, then sorted); above it, the
 * query scans in sort order and tests the filter row by row, stopping once the page is full.
 */
export const DRIVE_MAX = 2000;

/** A filter answerable two ways: as the set of matching claim rowids, or as a test on one row `c`. */
interface Driver {
  /** A SELECT of the matching claims' rowids. */
  set: string;
  /** A condition on `c`. */
  row: string;
  params: unknown[];
}

/** Decides, per filter, whether to use its rowid set (true) or the row test. */
export type DriveChooser = (d: { set: string; params: unknown[] }) => boolean;

const ROW_SPAN = (t: string): string => `${t}.doc_id = c.doc_id AND ${t}.start >= c.start AND ${t}.end <= c.end`;
const LINK = (t: string): string => `c2.doc_id = ${t}.doc_id AND c2.idx = ${t}.idx`;
const ROW_LINK = (t: string): string => `${t}.doc_id = c.doc_id AND ${t}.idx = c.idx`;

/** The filters that have an index of their own: full text, source, verdict, place, category, entity. */
function drivers(f: ClaimQueryFilter, fts: string | null): Driver[] {
  const out: Driver[] = [];
  if (fts !== null) {
    out.push({
      set: 'SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?',
      // Membership in the match set, built once; the unary plus keeps the scan in sort order.
      row: '+c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)',
      params: [fts],
    });
  }
  if (f.source) {
    const names = 'SELECT name FROM claim_sources WHERE instr(lower(name), lower(?)) > 0';
    out.push({
      set: `SELECT rowid FROM claims WHERE source_name COLLATE NOCASE IN (${names}) UNION SELECT rowid FROM claims WHERE source_entity_id = ?
            UNION SELECT rowid FROM claims WHERE source_text = ? COLLATE NOCASE`,
      row: `(c.source_name COLLATE NOCASE IN (${names}) OR c.source_entity_id = ? OR c.source_text = ? COLLATE NOCASE)`,
      params: [f.source, f.source, f.source],
    });
  }
  if (f.verdict) {
    out.push({
      set: `SELECT c2.rowid FROM verdicts v JOIN cluster_members m ON m.cluster_id = v.cluster_id JOIN claims c2 ON c2.doc_id = m.doc_id AND c2.idx = m.claim_idx
            WHERE v.label = ?`,
      row: 'EXISTS (SELECT 1 FROM cluster_members m JOIN verdicts v ON v.cluster_id = m.cluster_id WHERE m.doc_id = c.doc_id AND m.claim_idx = c.idx AND v.label = ?)',
      params: [f.verdict],
    });
  }
  // Places and entities inside a claim's span come from the link tables written with the claims.
  if (f.place) {
    const coords = f.lat != null && f.lon != null;
    const at = coords ? ` AND abs(p.lat - ?) < ${COORD_EPSILON} AND abs(p.lon - ?) < ${COORD_EPSILON}` : '';
    out.push({
      set: `SELECT DISTINCT c2.rowid FROM claim_places p JOIN claims c2 ON ${LINK('p')} WHERE p.name = ? COLLATE NOCASE${at}`,
      // `+` keeps the name index out: the row test looks up the claim's own links by primary key.
      row: `EXISTS (SELECT 1 FROM claim_places p WHERE ${ROW_LINK('p')} AND +p.name = ? COLLATE NOCASE${at})`,
      params: coords ? [f.place, f.lat, f.lon] : [f.place],
    });
  }
  if (f.category) {
    out.push({
      set: `SELECT c2.rowid FROM claim_categories k JOIN claims c2 ON ${LINK('k')} WHERE k.category = ?`,
      // The claim's own category list answers the row test without a lookup.
      row: `instr(lower(c.categories), '|' || lower(?) || '|') > 0`,
      params: [f.category],
    });
  }
  if (f.entity) {
    out.push({
      set: `SELECT c2.rowid FROM claim_entities e JOIN claims c2 ON ${LINK('e')} WHERE e.entity_id = ?`,
      row: `EXISTS (SELECT 1 FROM claim_entities e WHERE ${ROW_LINK('e')} AND e.entity_id = ?)`,
      params: [f.entity],
    });
  }
  return out;
}

/**
 * Builds the WHERE clause of a claim query.
 * @param useSet Per indexed filter: drive from its rowid set (selective filters) or test rows (default: test rows).
 */
export function claimWhere(f: ClaimQueryFilter, useSet: DriveChooser = () => false): Where {
  const w: Where = { conds: [], params: [], none: false };
  const add = (cond: string, ...params: unknown[]): void => {
    w.conds.push(cond);
    w.params.push(...params);
  };
  if (f.side) add('c.side = ?', f.side);
  if (f.sourceEntity) add('c.source_entity_id = ?', f.sourceEntity);
  if (f.about) {
    add(
      `(instr(lower(c.place_names), '|' || lower(?) || '|') > 0 OR instr(c.entity_ids, '|' || ? || '|') > 0
        OR EXISTS (SELECT 1 FROM places p WHERE ${ROW_SPAN('p')} AND (+p.name = ? COLLATE NOCASE OR +p.text = ? COLLATE NOCASE))
        OR EXISTS (SELECT 1 FROM entities e WHERE ${ROW_SPAN('e')} AND (+e.entity_id = ? OR +e.name = ? COLLATE NOCASE OR +e.text = ? COLLATE NOCASE)))`,
      ...Array<string>(7).fill(f.about),
    );
  }
  // Written as constants so that the partial indexes of the hedged and the denial claims (migration 8) can serve them.
  if (f.hedged != null) add(f.hedged ? 'c.hedged = 1' : 'c.hedged = 0');
  if (f.denial != null) add(f.denial ? 'c.denial = 1' : 'c.denial = 0');
  if (f.from) add('c.day >= ?', f.from);
  if (f.to) add('c.day <= ?', f.to);
  let fts: string | null = null;
  if (f.q != null) {
    fts = toFtsQuery(f.q);
    if (fts === null) w.none = true;
  }
  for (const d of drivers(f, fts)) {
    if (useSet(d)) add(`c.rowid IN (${d.set})`, ...d.params);
    else add(d.row, ...d.params);
  }
  return w;
}

/** Chooses the rowid set of a filter when it matches at most {@link DRIVE_MAX} claims (counted, stopping there). */
function selective(db: SqlRunner): DriveChooser {
  return (d) => cappedCount(db, d.set, d.params, DRIVE_MAX + 1) <= DRIVE_MAX;
}

const VERDICT_OF = '(SELECT v.label FROM cluster_members m JOIN verdicts v ON v.cluster_id = m.cluster_id WHERE m.doc_id = c.doc_id AND m.claim_idx = c.idx)';

/** ORDER BY keys of each sort; every key takes the same direction so that one index serves both orders. */
const SORT_KEYS: Readonly<Record<ClaimSortKey, readonly string[]>> = {
  published: ['c.day', 'c.doc_id', 'c.idx'],
  side: ['c.side', 'c.day', 'c.doc_id', 'c.idx'],
  source: ['c.source_name COLLATE NOCASE', 'c.day', 'c.doc_id', 'c.idx'],
  outlet: ['c.outlet COLLATE NOCASE', 'c.day', 'c.doc_id', 'c.idx'],
  verdict: [VERDICT_OF, 'c.day', 'c.doc_id', 'c.idx'],
};

/** SQL direction of a claim sort: as asked, else newest first by date and ascending by any other key. */
function sortDirection(options: ClaimQueryOptions): 'ASC' | 'DESC' {
  const sort = options.sort ?? 'published';
  return (options.order ?? (sort === 'published' ? 'desc' : 'asc')) === 'desc' ? 'DESC' : 'ASC';
}

/** The ORDER BY clause of a claim query. */
export function claimOrder(options: ClaimQueryOptions): string {
  const sort = options.sort ?? 'published';
  const dir = sortDirection(options);
  return SORT_KEYS[sort].map((k) => `${k} ${dir}`).join(', ');
}

const whereSql = (w: Where): string => (w.conds.length ? 'WHERE ' + w.conds.join(' AND ') : '');

/** Adds a list of values to `out` once each, in order. */
function addAll(out: string[], values: Iterable<string>): void {
  for (const v of values) if (!out.includes(v)) out.push(v);
}

/**
 * One page of claims: the rowids are found from the claim indexes alone, then each row of the page is read with its
 * document, cluster, places and entities.
 */
export function queryClaimRows(db: SqlRunner, toRow: (r: Row) => ClaimRow, filter: ClaimQueryFilter, options: ClaimQueryOptions): ClaimListRow[] {
  const choose = selective(db);
  const sets: Array<{ set: string; params: unknown[] }> = [];
  const w = claimWhere(filter, (d) => {
    const set = choose(d);
    if (set) sets.push(d);
    return set;
  });
  if (w.none) return [];
  const page = [options.limit ?? DEFAULT_PAGE_LIMIT, options.offset ?? 0];
  const link = sets.length > 0 ? null : linkDriver(filter, options);
  let ids: Row[];
  if (sets.length === 1 && w.conds.length === 1 && (options.sort ?? 'published') === 'published') {
    // One selective filter alone, in date order: its matches are sorted on their compact keys, not their rows.
    const dir = sortDirection(options);
    ids = db
      .prepared(`SELECT k.rid FROM claim_keys k WHERE k.rid IN (${sets[0]!.set}) ORDER BY k.day ${dir}, k.doc_id ${dir}, k.idx ${dir} LIMIT ? OFFSET ?`)
      .all(...sets[0]!.params, ...page) as Row[];
  } else if (link) {
    const rest = claimWhere(link.rest, () => false);
    ids = db.prepared(link.sql(whereSql(rest))).all(...link.params, ...rest.params, ...page) as Row[];
  } else {
    ids = db.prepared(`SELECT c.rowid AS rid FROM claims c ${whereSql(w)} ORDER BY ${claimOrder(options)} LIMIT ? OFFSET ?`).all(...w.params, ...page) as Row[];
  }
  const one = db.prepared(
    `SELECT c.*, d.title, d.outlet, d.published, m.cluster_id, v.label AS verdict FROM claims c JOIN documents d ON d.id = c.doc_id
     LEFT JOIN cluster_members m ON m.doc_id = c.doc_id AND m.claim_idx = c.idx LEFT JOIN verdicts v ON v.cluster_id = m.cluster_id
     WHERE c.rowid = ?`,
  );
  // The places and entities inside the claim's span, from the link tables written with it (a key lookup each).
  const places = db.prepared('SELECT DISTINCT name FROM claim_places WHERE doc_id = ? AND idx = ?');
  const entities = db.prepared('SELECT entity_id FROM claim_entities WHERE doc_id = ? AND idx = ?');
  const out: ClaimListRow[] = [];
  for (const { rid } of ids) {
    const r = one.get(rid) as Row | undefined;
    if (!r) continue;
    const span = [r.doc_id, r.idx];
    const ps: string[] = [];
    addAll(ps, (places.all(...span) as Row[]).map((p) => String(p.name)));
    addAll(ps, splitSet(str(r.place_names)));
    const es: string[] = [];
    addAll(es, (entities.all(...span) as Row[]).map((e) => String(e.entity_id)));
    addAll(es, splitSet(str(r.entity_ids)));
    out.push({ ...toRow(r), clusterId: str(r.cluster_id), verdict: str(r.verdict) as VerdictLabel | null, places: ps, entities: es });
  }
  return out;
}

/** A claim page driven from a link table in date order: its SQL (given the WHERE of the other filters), parameters, the other filters. */
export interface LinkDriver {
  sql: (where: string) => string;
  params: unknown[];
  rest: ClaimQueryFilter;
}

/**
 * In date order, a common entity, place or category (no filter selective enough to drive) is read from its link table's index,
 * which is in that order, testing the other filters on each claim — instead of scanning every claim in date order.
 */
export function linkDriver(filter: ClaimQueryFilter, options: ClaimQueryOptions): LinkDriver | null {
  if ((options.sort ?? 'published') !== 'published') return null;
  const dir = sortDirection(options);
  const order = `ORDER BY l.day ${dir}, l.doc_id ${dir}, l.idx ${dir}`;
  const join = (table: string, cond: string, where: string): string =>
    `SELECT DISTINCT c.rowid AS rid FROM ${table} l CROSS JOIN claims c ON c.doc_id = l.doc_id AND c.idx = l.idx
     WHERE ${cond}${where ? ' AND ' + where.slice('WHERE '.length) : ''} ${order} LIMIT ? OFFSET ?`;
  if (filter.entity) {
    const { entity, ...rest } = filter;
    return { sql: (where) => join('claim_entities', 'l.entity_id = ?', where), params: [entity], rest };
  }
  if (filter.place) {
    const { place, lat, lon, ...rest } = filter;
    const coords = lat != null && lon != null;
    const at = coords ? ` AND abs(l.lat - ?) < ${COORD_EPSILON} AND abs(l.lon - ?) < ${COORD_EPSILON}` : '';
    return { sql: (where) => join('claim_places', `l.name = ? COLLATE NOCASE${at}`, where), params: coords ? [place, lat, lon] : [place], rest };
  }
  if (filter.category) {
    const { category, ...rest } = filter;
    return { sql: (where) => join('claim_categories', 'l.category = ?', where), params: [category], rest };
  }
  return null;
}

/** How many rows a `SELECT 1 …` matches, stopping at `cap`. */
export function cappedCount(db: SqlRunner, select: string, params: unknown[], cap: number | undefined): number {
  const sql = cap != null ? `SELECT count(*) AS n FROM (${select} LIMIT ${Math.max(0, Math.floor(cap))})` : `SELECT count(*) AS n FROM (${select})`;
  return num((db.prepared(sql).get(...params) as Row).n);
}

/** How many claims match a filter (up to `cap`). */
export function countClaimRows(db: SqlRunner, filter: ClaimQueryFilter, cap: number | undefined): number {
  // Counting has no order to keep: every indexed filter answers from its own index.
  let only: { set: string; params: unknown[] } | null = null;
  let sets = 0;
  const w = claimWhere(filter, (d) => {
    sets++;
    only = d;
    return true;
  });
  if (w.none) return 0;
  // One indexed filter alone: count its rowid set directly, stopping at the cap (inside `IN` it would be built whole).
  const single = sets === 1 && w.conds.length === 1 ? (only as { set: string; params: unknown[] } | null) : null;
  if (single) return cappedCount(db, single.set, single.params, cap);
  return cappedCount(db, `SELECT 1 FROM claims c ${whereSql(w)}`, w.params, cap);
}

/** Places with mentions, documents and the claims mentioning them; a window counts only documents published in it. */
export function placeStats(db: SqlRunner, from: string | undefined, to: string | undefined): PlaceClaimStats[] {
  const windowed = from != null || to != null;
  if (!windowed) {
    // The whole corpus: from the counters kept on write (see migration 6).
    const rows = db
      .prepared(
        `SELECT p.name, p.lat, p.lon, max(nullif(p.country, '')) AS country, max(nullif(p.admin1, '')) AS admin1, sum(p.mentions) AS mentions,
           (SELECT d.documents FROM place_docs d WHERE d.name = p.name AND d.lat = p.lat AND d.lon = p.lon) AS documents,
           coalesce((SELECT sum(k.claims) FROM place_claims k WHERE k.name = p.name AND k.lat = p.lat AND k.lon = p.lon), 0) AS claims,
           (SELECT min(nullif(k.day, '')) FROM place_claims k WHERE k.name = p.name AND k.lat = p.lat AND k.lon = p.lon) AS first,
           (SELECT max(nullif(k.day, '')) FROM place_claims k WHERE k.name = p.name AND k.lat = p.lat AND k.lon = p.lon) AS last
         FROM place_counts p GROUP BY p.name, p.lat, p.lon ORDER BY claims DESC, mentions DESC, p.name`,
      )
      .all() as Row[];
    return rows.map((r) => ({ ...placeRow(r), claims: num(r.claims), first: str(r.first), last: str(r.last) }));
  }
  const rows = db
    .prepared(
      `SELECT p.name, p.lat, p.lon, max(p.country) AS country, max(p.admin1) AS admin1,
         count(DISTINCT p.doc_id || '#' || p.idx) AS mentions, count(DISTINCT p.doc_id) AS documents,
         count(DISTINCT c.rowid) AS claims, min(c.day) AS first, max(c.day) AS last
       FROM places p ${windowed ? 'JOIN documents d ON d.id = p.doc_id' : ''}
       LEFT JOIN claims c ON c.doc_id = p.doc_id AND p.start >= c.start AND p.end <= c.end
       ${windowed ? `WHERE substr(d.published, 1, 10) >= coalesce(?, '') AND substr(d.published, 1, 10) <= coalesce(?, '9999')` : ''}
       GROUP BY p.name, p.lat, p.lon ORDER BY claims DESC, mentions DESC, p.name`,
    )
    .all(...(windowed ? [from ?? null, to ?? null] : [])) as Row[];
  return rows.map((r) => ({ ...placeRow(r), claims: num(r.claims), first: str(r.first), last: str(r.last) }));
}

/** Maps a grouped `places` row to a PlaceSummary. */
export function placeRow(r: Row): PlaceSummary {
  return {
    name: String(r.name),
    lat: num(r.lat),
    lon: num(r.lon),
    country: str(r.country),
    admin1: str(r.admin1),
    mentions: num(r.mentions),
    documents: num(r.documents),
  };
}

/** One entity by canonical id, else by canonical name or surface text (the most mentioned id wins). */
export function entityByIdOrName(db: SqlRunner, nameOrId: string): EntitySummary | null {
  // From the counters kept on write (see migration 6).
  const byId = db.prepared(
    `SELECT v.entity_id, max(v.name) AS name, max(v.type) AS type, max(nullif(v.side, '')) AS side, sum(v.mentions) AS mentions,
       (SELECT d.documents FROM entity_docs d WHERE d.entity_id = v.entity_id AND d.type = '') AS documents
     FROM entity_counts v WHERE v.entity_id = ? GROUP BY v.entity_id`,
  );
  let r = byId.get(nameOrId) as Row | undefined;
  if (!r) {
    const alt = db
      .prepared(`SELECT entity_id, count(*) AS n FROM entities WHERE name = ? COLLATE NOCASE OR text = ? COLLATE NOCASE GROUP BY entity_id ORDER BY n DESC, entity_id LIMIT 1`)
      .get(nameOrId, nameOrId) as Row | undefined;
    if (alt) r = byId.get(alt.entity_id) as Row | undefined;
  }
  return r ? entityRow(r) : null;
}

/** Maps a grouped `entities` row to an EntitySummary. */
export function entityRow(r: Row): EntitySummary {
  return {
    id: String(r.entity_id),
    name: String(r.name),
    type: String(r.type) as EntityType,
    side: str(r.side) as Side | null,
    mentions: num(r.mentions),
    documents: num(r.documents),
  };
}
