/**
 * @module The HTTP API's response shapes: the one contract the server (`src/apps/server`) produces and the dashboard
 * (`web/`) consumes. Type-only; every route under `/api` answers JSON of one of these shapes, errors as {@link ApiError}.
 *
 * Routes (GET unless noted; list routes take `limit` (1–500, default 50) and `offset` (≥ 0, default 0)):
 * - `/api/health` → {@link Health}
 * - `/api/overview` → {@link Overview}
 * - `/api/documents?outlet&q` → {@link Page}<{@link DocumentListItem}>
 * - `/api/documents/:id` → {@link DocumentView}
 * - `POST /api/documents` (body: {@link UploadRequest}; token when the server has one) → {@link UploadResult}
 * - `/api/claims?side&source&verdict&category&place&entity&about&hedged&denial&from&to&q&sort&order` → {@link Page}<{@link ClaimListItem}>
 * - `/api/clusters?verdict&category` → {@link Page}<{@link ClaimClusterSummary}>
 * - `/api/clusters/:id` → {@link ClaimClusterDetail}
 * - `/api/stories` → {@link Page}<{@link StoryRow}>
 * - `/api/entities?type&q` → {@link Page}<{@link EntitySummary}>
 * - `/api/entities/:id` (canonical id or name) → {@link EntityView}
 * - `/api/places?from&to` → {@link Page}<{@link PlaceListItem}>
 * - `/api/places/claims?name&lat&lon&from&to` → {@link Page}<{@link ClaimListItem}>
 * - `/api/figures?category&about` → {@link Page}<{@link FigureRow}>
 * - `/api/figures/categories` → {@link CategoryCount}[]
 * - `/api/timeline?category&about` → {@link TimelineView}
 * - `/api/outlets` → {@link Page}<{@link OutletStats}>
 * - `/api/outlets/:name` → {@link OutletView}
 * - `/api/search?q` → {@link Page}<{@link SearchHit}>
 * - `/api/openapi.json` → the OpenAPI 3.1 description of all of the above
 *
 * Dates in filters are `YYYY-MM-DD` (inclusive). Booleans are `true`/`false`. Sides are the `Side` codes.
 */

import type { EntityType, Side } from '../../core/doc.js';
import type {
  ClaimClusterDetail,
  ClaimClusterSummary,
  ClaimRow,
  DocumentSummary,
  EntityMentionRow,
  EntitySummary,
  FigureRow,
  OutletStats,
  PlaceSummary,
  SearchHit,
  StoreStats,
  StoryRow,
  VerdictLabel,
} from '../../storage/contract.js';
import type { TimelinePoint } from '../../corpus/timeline/timeline.js';

export type {
  ClaimClusterDetail,
  ClaimClusterSummary,
  ClaimRow,
  DocumentSummary,
  EntityMentionRow,
  EntitySummary,
  EntityType,
  FigureRow,
  OutletStats,
  PlaceSummary,
  SearchHit,
  Side,
  StoreStats,
  StoryRow,
  TimelinePoint,
  VerdictLabel,
};

/** Every 4xx/5xx body. `code` is stable (`bad_request`, `not_found`, `unauthorized`, `forbidden`, `payload_too_large`, `internal`). */
export interface ApiError {
  error: { code: string; message: string; /** The query/body field at fault, when there is one. */ field?: string };
}

/** One page of a list. `total` counts every match (not only this page). */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  /** True when counting stopped at the server's cap (huge stores): `total` is then a lower bound. Absent otherwise. */
  totalCapped?: boolean;
  /**
   * `/api/search` only: false when too many documents match to rank them all (a very common word): the hits then come
   * most recently stored first instead of best match first. Absent otherwise.
   */
  ranked?: boolean;
}

export interface Health {
  ok: true;
  version: string;
  documents: number;
  /** Whether uploads are accepted and whether they need a token. */
  writes: 'token' | 'open' | 'disabled';
}

export interface Overview {
  stats: StoreStats;
  /** Claims per side of their source (all nine codes present, zero when none). */
  sidesQuoted: Record<Side, number>;
  /** Documents per outlet, most first (at most 20). */
  outlets: Array<{ outlet: string; documents: number }>;
  /** Most contested clusters (contested or denied), highest evidence score first (at most 5). */
  contested: ClaimClusterSummary[];
  /** Most corroborated clusters, highest evidence score first (at most 5). */
  corroborated: ClaimClusterSummary[];
  /** Latest stories by last date (at most 5). */
  stories: StoryRow[];
}

export type DocumentListItem = DocumentSummary;

/** A stored document: the Document JSON of the brief, plus its claims' clusters and its duplicate link. */
export interface DocumentView {
  /** Exactly the Document JSON of `triangulate analyze --json` (see BRIEF.md). */
  document: Record<string, unknown>;
  /** The cluster of each clustered claim (by claim index). */
  memberships: Array<{ claimIdx: number; clusterId: string; verdict: VerdictLabel }>;
  duplicateOf: { id: string; kind: 'exact' | 'near'; similarity: number } | null;
}

/** A claim as listed: the flat row plus its cluster and what it mentions. */
export interface ClaimListItem extends ClaimRow {
  clusterId: string | null;
  verdict: VerdictLabel | null;
  /** Place names and entity ids linked to the claim. */
  places: string[];
  entities: string[];
}

/** Sort keys of `/api/claims` (`order` = `asc` | `desc`, default `desc` for `published`, `asc` otherwise). */
export type ClaimSort = 'published' | 'side' | 'source' | 'verdict' | 'outlet';

export interface EntityView {
  entity: EntitySummary & { aliases: string[]; role: string | null };
  /** First mentions with their sentences (at most 100). */
  mentions: EntityMentionRow[];
  /** Claims whose source is this entity (at most 100). */
  claimsBy: ClaimListItem[];
  /** Claims whose content mentions this entity (at most 100). */
  claimsAbout: ClaimListItem[];
}

/** A place with how many claims mention it and when (publication days of those claims). */
export interface PlaceListItem extends PlaceSummary {
  claims: number;
  first: string | null;
  last: string | null;
}

export interface CategoryCount {
  category: string;
  figures: number;
}

/** A timeline point with its claim cluster. */
export type TimelineRow = TimelinePoint & { cluster: { id: string; verdict: VerdictLabel } | null; contested: boolean };

export interface TimelineView {
  category: string;
  about: string | null;
  points: TimelineRow[];
  min: number | null;
  max: number | null;
  flagged: number;
}

export interface OutletView {
  profile: OutletStats;
  documents: Page<DocumentListItem>;
}

/** `POST /api/documents`: one article as text (headline on the first line) or HTML, with optional metadata. */
export interface UploadRequest {
  /** File name used for the id and the error messages, e.g. `report.html`; its extension picks the reader (`.txt`, `.html`). */
  name: string;
  content: string;
  url?: string;
  outlet?: string;
  published?: string;
}

export interface UploadResult {
  id: string;
  status: 'added' | 'updated' | 'duplicate' | 'unchanged';
  duplicateOf?: string;
  claims: number;
}

/** Query types used by the dashboard's URL state. */
export interface ClaimQuery {
  side?: Side;
  source?: string;
  verdict?: VerdictLabel;
  category?: string;
  place?: string;
  entity?: string;
  about?: string;
  hedged?: boolean;
  denial?: boolean;
  from?: string;
  to?: string;
  q?: string;
  sort?: ClaimSort;
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

