/** @module The Document model: one immutable cleaned text and stand-off layers of `[start, end)` spans into it. */

/** A half-open span `[start, end)` of UTF-16 code-unit indices into `Document.text`; `text === doc.text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Sides a source can speak for (spec/claims.md §1.4). */
export type Side = 'RU' | 'UA' | 'WEST' | 'INTL' | 'THIRD' | 'OSINT' | 'MEDIA' | 'ANON' | 'OUTLET';
export const SIDES: readonly Side[] = ['RU', 'UA', 'WEST', 'INTL', 'THIRD', 'OSINT', 'MEDIA', 'ANON', 'OUTLET'];

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'GROUP' | 'OTHER';

/** Sentences — `[start, end)` character spans into `text`, in order, never overlapping. */
export interface Sentence extends Span {
  /** Index of the paragraph (block separated by a blank line or newline) the sentence lies in. */
  paragraph: number;
}

/** A token with its preceding whitespace start: `text.slice(wsStart, end)` joined over all tokens rebuilds `text` up to trailing whitespace. */
export interface Token {
  start: number;
  end: number;
  wsStart: number;
}

/** An entity mention resolved to a canonical identity (knowledge-base id, or a stable `unk:` id for unknown names). */
export interface EntityMention extends Span {
  type: EntityType;
  /** Canonical id, e.g. `person:volodymyr-zelensky`; unknown names get a stable id derived from the normalised name. */
  id: string;
  /** Canonical display name. */
  name: string;
  side?: Side | null;
  role?: string | null;
  /** How the mention was linked: exact alias, fuzzy match, within-document coreference, or unknown. */
  link?: 'alias' | 'fuzzy' | 'coref' | 'new';
}

export interface PlaceMention extends Span {
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2, null for seas, continents and multi-country regions. */
  country: string | null;
  admin1: string | null;
  kind?: string;
  geonameid?: number | null;
}

export interface TimeMention extends Span {
  /** TIMEX3-style value: `2022-03-25`, `2022-W12`, `2022-03`, `2022`, `PAST_REF`, `P3M`… */
  value: string;
  type?: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  mod?: string;
}

export interface FigureMention extends Span {
  low: number | null;
  high: number | null;
  approx: boolean;
  unit?: string;
  category: string | null;
  about: string | null;
  /** The same bounds in a converted unit where it helps (miles → km). */
  converted?: { unit: string; low: number | null; high: number | null };
}

export interface SourceSpan extends Span {
  /** Resolved full name of the source (a pronoun's antecedent, a KB canonical name). */
  name: string;
  side: Side;
  entityId?: string | null;
}

/** A claim: content span with its source, cue and attributes (spec/claims.md §1). The claim's own start/end/text is the content span. */
export interface Claim extends Span {
  source: SourceSpan | null;
  cue: Span | null;
  quote: 'direct' | 'indirect' | 'mixed' | 'none';
  side: Side;
  hedged: boolean;
  denial: boolean;
  /** Spans of the hedge and denial cue words found in cue or content. */
  hedges?: Span[];
  denials?: Span[];
  /** The relaying source, when the statement is relayed (`…, according to TASS`). */
  via?: SourceSpan | null;
  /** Index of the outer claim when this claim is nested inside another's content. */
  parent?: number | null;
  /** Normalised key for clustering: subject, predicate kind, place, time, figure category. */
  key?: string;
  entityIds?: string[];
  placeNames?: string[];
  timeValues?: string[];
  figureIdx?: number[];
}

/** Why a piece of the raw input was removed by the cleaner. */
export interface Removal {
  /** The removed text (trimmed, possibly shortened for very long blocks). */
  text: string;
  /** A short reason code, e.g. `related-list`, `newsletter`, `comment-prompt`, `caption`, `copyright`, `share-bar`, `navigation`. */
  reason: string;
  /** Where it was in the input: character offset into the raw text input (plain text), or null for HTML. */
  at: number | null;
}

export interface ExtractionAttempt {
  method: string;
  textLength: number;
  reason?: string;
}

export type DateProvenance =
  | 'input'
  | 'html-meta'
  | 'json-ld'
  | 'time-element'
  | 'url-path'
  | 'warc-date'
  | 'dateline'
  | 'copyright'
  | 'feed'
  | 'text';

export interface DocumentMeta {
  /** Where the document came from: file path (and record number for multi-record files). */
  origin?: { file: string; record?: number };
  /** Character encoding detected for the input bytes. */
  encoding?: string;
  /** Date provenance of `published`. */
  publishedSource?: DateProvenance | null;
  /** Outlet provenance. */
  outletSource?: string | null;
  /** Syndication notes found in the text ("first published on …", "Source: Read Full Article"). */
  syndication?: string[];
  /** HTML extraction cascade record. */
  extraction?: { chosen: string; attempts: ExtractionAttempt[] };
  /** Unicode normalisation applied: list of [offsetInCleanText, originalLength, newLength] edits, if any. */
  normalisation?: Array<[number, number, number]>;
  /** Language detection: detected ISO 639-1 code and the franc score. */
  languageScore?: number;
  /** Content hash (sha256 hex of normalised text) and near-duplicate fingerprint. */
  contentHash?: string;
  /** Stages that ran, with their versioned names, and the pipeline version. */
  pipeline?: { version: string; stages: string[] };
  /** Errors recorded by stages that failed on this document (the rest of the pipeline still ran). */
  stageErrors?: Array<{ stage: string; code: string; message: string }>;
}

/** The Document JSON contract of BRIEF.md, plus optional extra layers. */
export interface Document {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  /** ISO date (`YYYY-MM-DD`) or date-time of publication. */
  published: string | null;
  author: string | null;
  language: string | null;
  /** Headline, a blank line, then the cleaned body; every span indexes into this string. */
  text: string;
  /** Offset where the body starts in `text` (0 when there is no headline). */
  bodyStart: number;
  removed: Removal[];
  sentences: Sentence[];
  entities: EntityMention[];
  places: PlaceMention[];
  times: TimeMention[];
  figures: FigureMention[];
  claims: Claim[];
  meta: DocumentMeta;
}

/** Layer names a stage can assign. */
export type LayerName = 'sentences' | 'tokens' | 'entities' | 'places' | 'times' | 'figures' | 'claims';

/** Creates a span after checking `0 <= start <= end <= text.length`; throws E001 otherwise. */
export function span(text: string, start: number, end: number): Span {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
    throw new RangeError(`[E001] span [${start}, ${end}) is out of bounds for a text of length ${text.length}`);
  }
  return { start, end, text: text.slice(start, end) };
}

/** Shrinks `[start, end)` so it neither begins nor ends with whitespace (spec §0). */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return span(text, start, end);
}

/** Returns an empty Document skeleton for `text`. */
export function emptyDocument(id: string, text: string, bodyStart = 0): Document {
  return {
    id,
    title: null,
    url: null,
    outlet: null,
    published: null,
    author: null,
    language: null,
    text,
    bodyStart,
    removed: [],
    sentences: [],
    entities: [],
    places: [],
    times: [],
    figures: [],
    claims: [],
    meta: {},
  };
}
