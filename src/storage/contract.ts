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

/** A document store. All methods are async so that a networked implementation (PostgreSQL) can satisfy the same contract. */
export interface Store {
  /**
   * Stores a Document and all its layers atomically; recognises exact and near-duplicates (stored and linked, never dropped).
   * Same id, same text and same pipeline version and stages → `unchanged` (nothing written); same id otherwise → `updated` (layers replaced).
   */
  putDocument(doc: Document, options: PutOptions): Promise<PutResult>;
  /** The stored Document, exactly as put, or null. */
  getDocument(id: string): Promise<Document | null>;
  /** Documents by publication date (newest first), then ingestion order. */
  listDocuments(options?: { limit?: number; offset?: number; outlet?: string }): Promise<DocumentSummary[]>;
  /** Full-text search over title and text; any user input is accepted (quotes, dashes and operators are taken literally). */
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  /** Entities grouped by canonical id, most mentioned first. */
  listEntities(options?: { type?: EntityType; limit?: number }): Promise<EntitySummary[]>;
  /** Every mention of an entity given by canonical id, canonical name or surface text (case-insensitive). */
  entityMentions(nameOrId: string, options?: { limit?: number }): Promise<EntityMentionRow[]>;
  /** Places grouped by name and coordinates, most mentioned first. */
  listPlaces(options?: { limit?: number }): Promise<PlaceSummary[]>;
  /** Figures, optionally by category and by what they are about. */
  listFigures(options?: { category?: string; about?: string; limit?: number }): Promise<FigureRow[]>;
  /** Claims matching every given filter. */
  listClaims(filter?: ClaimFilter): Promise<ClaimRow[]>;
  /** Corpus overview. */
  stats(): Promise<StoreStats>;
  /** Runs `fn` in one transaction: everything it writes is committed together, or nothing if it throws. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** Closes the store. */
  close(): Promise<void>;
}
