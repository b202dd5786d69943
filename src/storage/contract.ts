/** @module The storage contract: what any store (SQLite now, PostgreSQL later) offers the CLI, the API and the corpus stages. */

import type { Document, EntityType, Side } from '../core/doc.js';

/** How a `putDocument` call ended. */
export type PutStatus = 'added' | 'updated' | 'duplicate' | 'unchanged';

/** Result of {@link Store.putDocument}. */
export interface PutResult {
  status: PutStatus;
  id: string;
  /** For a duplicate (and an updated document that is one): the id of the original it copies. */
  duplicateOf?: string;
  /** `exact` (same normalised text) or `near` (MinHash Jaccard estimate ≥ the threshold). */
  duplicateKind?: 'exact' | 'near';
  /** Similarity to the original (1 for exact copies). */
  similarity?: number;
}

/** What produced a document: stamped on it so results trace to the code that made them. */
export interface PutOptions {
  pipelineVersion: string;
  stages: readonly string[];
}

/** The outlet name under which statistics list documents that have no outlet; as a filter it selects those documents. */
export const UNKNOWN_OUTLET = '(unknown)';

/** One row of {@link Store.listDocuments}. */
export interface DocumentSummary {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  duplicateOf: string | null;
  ingestedAt: string;
}

/** Order of search hits: best match first (bm25), or most recently stored first (cheap for very common words). */
export type SearchOrder = 'rank' | 'recent';

/** One full-text search hit. */
export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** Matching passage with the matched terms between `[` and `]`. */
  snippet: string;
  /** bm25 rank (lower is better). */
  rank: number;
}

/** An entity across the corpus, grouped by canonical id. */
export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  side: Side | null;
  mentions: number;
  documents: number;
}

/** One mention of an entity, with the sentence that contains it. */
export interface EntityMentionRow {
  docId: string;
  title: string | null;
  published: string | null;
  entityId: string;
  name: string;
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** The sentence containing the mention (the line, when the document has no sentence layer). */
  sentence: { start: number; end: number; text: string };
}

/** A place across the corpus, grouped by name and coordinates. */
export interface PlaceSummary {
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  admin1: string | null;
  mentions: number;
  documents: number;
}

/** A figure with its document. */
export interface FigureRow {
  docId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  start: number;
  end: number;
  text: string;
  low: number | null;
  high: number | null;
  approx: boolean;
  unit: string | null;
  category: string | null;
  about: string | null;
}

/** A claim with its document, flattened for listing. */
export interface ClaimRow {
  docId: string;
  idx: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  start: number;
  end: number;
  text: string;
  side: Side;
  sourceName: string | null;
  sourceSide: Side | null;
  sourceText: string | null;
  cue: string | null;
  quote: 'direct' | 'indirect' | 'mixed' | 'none';
  hedged: boolean;
  denial: boolean;
  key: string | null;
  /** Categories of the figures inside the claim. */
  categories: string[];
}

/** Filters of {@link Store.listClaims}; all given filters must hold. */
export interface ClaimFilter {
  side?: Side;
  /** Source name (case-insensitive substring) or source entity id. */
  source?: string;
  /** A place name, an entity id or name mentioned in the claim's content (or listed in its placeNames/entityIds). */
  about?: string;
  hedged?: boolean;
  denial?: boolean;
  /** Category of a figure inside the claim, e.g. `killed`. */
  category?: string;
  limit?: number;
}

/** Corpus overview. */
export interface StoreStats {
  documents: number;
  duplicates: { exact: number; near: number };
  outlets: number;
  languages: Record<string, number>;
  firstPublished: string | null;
  lastPublished: string | null;
  entities: number;
  places: number;
  figures: number;
  claims: number;
  claimsBySide: Record<string, number>;
}

/** Verdict of a claim cluster (see `corpus/verdicts`). */
export type VerdictLabel = 'corroborated' | 'single-origin' | 'contested' | 'denied';

/** A story (articles about one happening) as written by {@link Store.replaceStories}. */
export interface StoryRecord {
  id: string;
  /** Earliest and latest publication day (`YYYY-MM-DD`), null when undated. */
  first: string | null;
  last: string | null;
  /** Label features (content words, `e:<entity id>`, `p:<place>`). */
  label: string[];
  /** Member documents in the order they joined. */
  docIds: string[];
}

/** A stored story with its members' titles and outlets. */
export interface StoryRow extends Omit<StoryRecord, 'docIds'> {
  size: number;
  members: Array<{ docId: string; title: string | null; outlet: string | null; published: string | null }>;
}

/** Where a claim first appeared. */
export interface FirstAppearance {
  docId: string;
  claimId: string;
  outlet: string | null;
  published: string | null;
}

/** The verdict stored with a claim cluster. */
export interface StoredVerdict {
  label: VerdictLabel;
  reasons: string[];
  score: number;
  independentOrigins: number;
  firstAppearance: FirstAppearance | null;
  /** The full verdict (origins, relay chains, contradictions, denials) as JSON-serialisable data. */
  detail: unknown;
}

/** A claim cluster with its members and verdict, as written by {@link Store.replaceClaimClusters}. */
export interface ClaimClusterRecord {
  id: string;
  key: string | null;
  categories: string[];
  first: string | null;
  last: string | null;
  sides: Side[];
  outlets: string[];
  /** Member claims (document id and claim index), in cluster order; `contradictedLater` when a denial or a conflicting figure from another origin came on the same day or later. */
  members: Array<{ docId: string; claimIdx: number; contradictedLater: boolean }>;
  verdict: StoredVerdict;
}

/** One row of {@link Store.listClaimClusters}. */
export interface ClaimClusterSummary extends Omit<ClaimClusterRecord, 'members' | 'verdict'> {
  size: number;
  verdict: Omit<StoredVerdict, 'detail'>;
  /** Content text of the cluster's first member. */
  text: string;
}

/** One cluster with every member claim, from {@link Store.getClaimCluster}. */
export interface ClaimClusterDetail extends Omit<ClaimClusterSummary, 'text'> {
  verdict: StoredVerdict;
  members: Array<ClaimRow & { contradictedLater: boolean }>;
}

/** A stored duplicate link. */
export interface DuplicateRow {
  docId: string;
  originalId: string;
  kind: 'exact' | 'near';
  similarity: number;
}

/** How one outlet reports: claims per side, attribution, hedging, own voice, verdict outcomes, syndication. */
export interface OutletStats {
  outlet: string;
  claims: number;
  bySide: Record<string, number>;
  /** Claims with a named or described source (not the outlet's own voice). */
  attributed: number;
  hedged: number;
  /** Claims in the outlet's own voice (side OUTLET or no source). */
  ownVoice: number;
  /** Claims whose cluster is single-origin. */
  singleOrigin: number;
  /** Claims later contradicted (see {@link ClaimClusterRecord.members}). */
  laterContradicted: number;
  /** Outlets this one shares copies with: `copies` of its documents duplicate theirs (`from`), or theirs duplicate its (`to`). */
  syndication: Array<{ outlet: string; from: number; to: number }>;
}

/** Filters of {@link Store.queryClaims} and {@link Store.countClaims}: those of {@link ClaimFilter} and more; all given must hold. */
export interface ClaimQueryFilter extends Omit<ClaimFilter, 'limit'> {
  /** Verdict of the claim's cluster. */
  verdict?: VerdictLabel;
  /** A place mentioned inside the claim (by name, case-insensitive), or listed in its placeNames. */
  place?: string;
  /** With `place`: only mentions geocoded to these coordinates. */
  lat?: number;
  lon?: number;
  /** An entity id mentioned inside the claim's content (or listed in its entityIds). */
  entity?: string;
  /** Claims whose source is this entity id. */
  sourceEntity?: string;
  /** Publication day of the claim's document, `YYYY-MM-DD`, inclusive. */
  from?: string;
  to?: string;
  /** Full-text query over the claim text (same syntax as {@link Store.search}). */
  q?: string;
}

/** Sort keys of {@link Store.queryClaims}. */
export type ClaimSortKey = 'published' | 'side' | 'source' | 'verdict' | 'outlet';

/** Order and page of {@link Store.queryClaims}. */
export interface ClaimQueryOptions {
  /** Default `published`. */
  sort?: ClaimSortKey;
  /** Default `desc` for `published`, `asc` otherwise. */
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

/** A claim as listed by {@link Store.queryClaims}: the flat row plus its cluster and what it mentions. */
export interface ClaimListRow extends ClaimRow {
  clusterId: string | null;
  verdict: VerdictLabel | null;
  /** Names of the places mentioned inside the claim (and its placeNames). */
  places: string[];
  /** Ids of the entities mentioned inside the claim's content (and its entityIds). */
  entities: string[];
}

/** A place with the claims that mention it (see {@link Store.listPlaceStats}). */
export interface PlaceClaimStats extends PlaceSummary {
  claims: number;
  /** Earliest and latest publication day of those claims. */
  first: string | null;
  last: string | null;
}

/** Counting options: stop at `cap` matches (the count is then a lower bound). */
export interface CountOptions {
  cap?: number;
}

/** A document store. All methods are async so that a networked implementation (PostgreSQL) can satisfy the same contract. */
/** What {@link Store.warmCache} read. */
export interface CacheWarmth {
  /** Indexes and tables read whole. */
  objects: number;
  /** Rows (or index entries) read. */
  rows: number;
  seconds: number;
}

export interface Store {
  /**
   * Stores a Document and all its layers atomically; recognises exact and near-duplicates (stored and linked, never dropped).
   * Same id, same text and same pipeline version and stages → `unchanged` (nothing written); same id otherwise → `updated` (layers replaced).
   */
  putDocument(doc: Document, options: PutOptions): Promise<PutResult>;
  /** The stored Document, exactly as put, or null. */
  getDocument(id: string): Promise<Document | null>;
  /** Documents by publication date (newest first), then ingestion order. */
  listDocuments(options?: { limit?: number; offset?: number; outlet?: string; q?: string }): Promise<DocumentSummary[]>;
  /** How many documents {@link Store.listDocuments} would list without a limit (up to `cap`). */
  countDocuments(options?: { outlet?: string; q?: string } & CountOptions): Promise<number>;
  /** Full-text search over title and text; any user input is accepted (quotes, dashes and operators are taken literally). */
  search(query: string, options?: { limit?: number; offset?: number; order?: SearchOrder }): Promise<SearchHit[]>;
  /** How many documents match a search (up to `cap`). */
  countSearch(query: string, options?: CountOptions): Promise<number>;
  /** A token that changes whenever the stored data changes (by this process or another): caches keyed on it stay valid until a write. */
  generation(): Promise<string>;
  /** Entities grouped by canonical id, most mentioned first. */
  listEntities(options?: { type?: EntityType; limit?: number }): Promise<EntitySummary[]>;
  /** One entity by canonical id, else by canonical name or surface text (case-insensitive; the most mentioned wins), or null. */
  getEntity(nameOrId: string): Promise<EntitySummary | null>;
  /** Every mention of an entity given by canonical id, canonical name or surface text (case-insensitive). */
  entityMentions(nameOrId: string, options?: { limit?: number }): Promise<EntityMentionRow[]>;
  /** Places grouped by name and coordinates, most mentioned first. */
  listPlaces(options?: { limit?: number }): Promise<PlaceSummary[]>;
  /** Every place with the claims mentioning it, most claimed first (then most mentioned, name); with `from`/`to`, only documents published in that window count. */
  listPlaceStats(options?: { from?: string; to?: string }): Promise<PlaceClaimStats[]>;
  /** Figures, optionally by category and by what they are about. */
  listFigures(options?: { category?: string; about?: string; limit?: number; offset?: number }): Promise<FigureRow[]>;
  /** How many figures {@link Store.listFigures} would list (up to `cap`). */
  countFigures(options?: { category?: string; about?: string } & CountOptions): Promise<number>;
  /** Figure categories with how many figures each, most first. */
  figureCategories(): Promise<Array<{ category: string; figures: number }>>;
  /** Claims matching every given filter. */
  listClaims(filter?: ClaimFilter): Promise<ClaimRow[]>;
  /** One page of claims matching every filter, sorted, each with its cluster, verdict, places and entities. */
  queryClaims(filter?: ClaimQueryFilter, options?: ClaimQueryOptions): Promise<ClaimListRow[]>;
  /** How many claims match every filter (up to `cap`). */
  countClaims(filter?: ClaimQueryFilter, options?: CountOptions): Promise<number>;
  /** Corpus overview. */
  stats(): Promise<StoreStats>;
  /** Every stored document, oldest ingested first (or only `ids`, in that order), read page by page so memory stays flat. */
  streamDocuments(options?: { ids?: readonly string[]; pageSize?: number }): AsyncIterable<Document>;
  /** Ids of the documents published within `[from, to]` (`YYYY-MM-DD`, inclusive), plus undated ones when `undated`; in ingestion order. */
  documentIdsInWindow(from: string | null, to: string | null, undated: boolean): Promise<string[]>;
  /** Every duplicate link. */
  listDuplicates(): Promise<DuplicateRow[]>;
  /** The duplicate link of one document, or null when it is no copy. */
  getDuplicate(docId: string): Promise<DuplicateRow | null>;
  /**
   * Replaces stories: with `scope`, the stories having a member among `scope` are dropped first; without, all are.
   * Then `stories` are written.
   */
  replaceStories(stories: readonly StoryRecord[], scope?: readonly string[]): Promise<void>;
  /** Member document ids of every story that has a member among `docIds` (including those given). */
  storyClosure(docIds: readonly string[]): Promise<string[]>;
  /** Stories, largest first (then first date, id), or `latest` first (last date); `members` holds at most `maxMembers` (default all; `size` counts all). */
  listStories(options?: { limit?: number; offset?: number; sort?: 'size' | 'latest'; maxMembers?: number }): Promise<StoryRow[]>;
  /** How many stories are stored. */
  countStories(): Promise<number>;
  /**
   * Replaces claim clusters with their members and verdicts: with `scope` (claims `docId#idx`), the clusters having a
   * member among `scope` are dropped first; without, all are.
   */
  replaceClaimClusters(clusters: readonly ClaimClusterRecord[], scope?: readonly string[]): Promise<void>;
  /** Claim ids (`docId#idx`) of every cluster holding one of the claims of `docIds`, plus every claim of `docIds`. */
  clusterClosure(docIds: readonly string[]): Promise<string[]>;
  /** Claim clusters, highest evidence score first (then id), optionally by verdict. */
  listClaimClusters(options?: { verdict?: VerdictLabel; category?: string; limit?: number; offset?: number }): Promise<ClaimClusterSummary[]>;
  /** How many clusters {@link Store.listClaimClusters} would list (up to `cap`). */
  countClaimClusters(options?: { verdict?: VerdictLabel; category?: string } & CountOptions): Promise<number>;
  /** The cluster and verdict of every clustered claim of `docIds`. */
  clusterMemberships(docIds: readonly string[]): Promise<Array<{ docId: string; claimIdx: number; clusterId: string; verdict: VerdictLabel }>>;
  /** One cluster with all its member claims, or null. */
  getClaimCluster(id: string): Promise<ClaimClusterDetail | null>;
  /** Documents per outlet (documents without one under `(unknown)`), most first. */
  outletDocumentCounts(options?: { limit?: number }): Promise<Array<{ outlet: string; documents: number }>>;
  /** Per-outlet reporting statistics over the stored claims and clusters, most claims first. */
  outletStats(): Promise<OutletStats[]>;
  /** Runs `fn` in one transaction: everything it writes is committed together, or nothing if it throws. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Reads the indexes and small tables that list pages use into the store's page cache (a serving process calls it before
   * listening, so the first requests do not each wait on the disk). Optional: a store without a cache of its own omits it.
   */
  warmCache?(): Promise<CacheWarmth>;
  /** Closes the store. */
  close(): Promise<void>;
}
