/** @module JSON Schemas of the API's responses and request body (mirroring api-types.ts), as OpenAPI 3.1 components. */

import { SIDES } from '../../core/doc.js';

type Schema = Record<string, unknown>;

const VERDICTS = ['corroborated', 'single-origin', 'contested', 'denied'] as const;
const ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'OTHER'] as const;

/** A reference to a component schema. */
export function ref(name: string): Schema {
  return { $ref: `#/components/schemas/${name}` };
}

const S: Schema = { type: 'string' };
const NS: Schema = { type: ['string', 'null'] };
const I: Schema = { type: 'integer' };
const N: Schema = { type: 'number' };
const NN: Schema = { type: ['number', 'null'] };
const B: Schema = { type: 'boolean' };
const arr = (items: Schema): Schema => ({ type: 'array', items });
const map = (values: Schema): Schema => ({ type: 'object', additionalProperties: values });
const side: Schema = { type: 'string', enum: [...SIDES] };
const verdict: Schema = { type: 'string', enum: [...VERDICTS] };

/** An object schema whose listed properties are all required unless named in `optional`. */
function obj(properties: Record<string, Schema>, optional: string[] = []): Schema {
  return { type: 'object', properties, required: Object.keys(properties).filter((k) => !optional.includes(k)) };
}

/** All-of: a base component plus more properties. */
function extend(base: string, properties: Record<string, Schema>, optional: string[] = []): Schema {
  return { allOf: [ref(base), obj(properties, optional)] };
}

/** The page schema of a list of `item`. */
export function pageOf(item: string): Schema {
  return obj({ items: arr(ref(item)), total: I, limit: I, offset: I, totalCapped: B, ranked: B }, ['totalCapped', 'ranked']);
}

const firstAppearance: Schema = { oneOf: [obj({ docId: S, claimId: S, outlet: NS, published: NS }), { type: 'null' }] };
const verdictSummary = obj({ label: verdict, reasons: arr(S), score: N, independentOrigins: I, firstAppearance });
const clusterBase = { id: S, key: NS, categories: arr(S), first: NS, last: NS, sides: arr(side), outlets: arr(S), size: I };

/** Every component schema, by name. */
export const COMPONENTS: Readonly<Record<string, Schema>> = {
  ApiError: obj({ error: obj({ code: S, message: S, field: S }, ['field']) }),
  Health: obj({ ok: { const: true }, version: S, documents: I, writes: { type: 'string', enum: ['token', 'open', 'disabled'] } }),
  StoreStats: obj({
    documents: I,
    duplicates: obj({ exact: I, near: I }),
    outlets: I,
    languages: map(I),
    firstPublished: NS,
    lastPublished: NS,
    entities: I,
    places: I,
    figures: I,
    claims: I,
    claimsBySide: map(I),
  }),
  Overview: obj({
    stats: ref('StoreStats'),
    sidesQuoted: map(I),
    outlets: arr(obj({ outlet: S, documents: I })),
    contested: arr(ref('ClaimClusterSummary')),
    corroborated: arr(ref('ClaimClusterSummary')),
    stories: arr(ref('StoryRow')),
  }),
  DocumentListItem: obj({ id: S, title: NS, url: NS, outlet: NS, published: NS, language: NS, duplicateOf: NS, ingestedAt: S }),
  DocumentView: obj({
    document: { type: 'object', description: 'the Document JSON of `triangulate analyze --json`', additionalProperties: true },
    memberships: arr(obj({ claimIdx: I, clusterId: S, verdict })),
    duplicateOf: { oneOf: [obj({ id: S, kind: { type: 'string', enum: ['exact', 'near'] }, similarity: N }), { type: 'null' }] },
  }),
  ClaimRow: obj({
    docId: S, idx: I, title: NS, outlet: NS, published: NS, start: I, end: I, text: S, side, sourceName: NS,
    sourceSide: { oneOf: [side, { type: 'null' }] }, sourceText: NS, cue: NS,
    quote: { type: 'string', enum: ['direct', 'indirect', 'mixed', 'none'] }, hedged: B, denial: B, key: NS, categories: arr(S),
  }),
  ClaimListItem: extend('ClaimRow', { clusterId: NS, verdict: { oneOf: [verdict, { type: 'null' }] }, places: arr(S), entities: arr(S) }),
  ClaimClusterSummary: obj({ ...clusterBase, verdict: verdictSummary, text: S }),
  ClaimClusterDetail: obj({
    ...clusterBase,
    verdict: { allOf: [verdictSummary, obj({ detail: {} })] },
    members: arr({ allOf: [ref('ClaimRow'), obj({ contradictedLater: B })] }),
  }),
  StoryRow: obj({
    id: S, first: NS, last: NS, label: arr(S), size: I,
    members: arr(obj({ docId: S, title: NS, outlet: NS, published: NS })),
  }),
  EntitySummary: obj({ id: S, name: S, type: { type: 'string', enum: [...ENTITY_TYPES] }, side: { oneOf: [side, { type: 'null' }] }, mentions: I, documents: I }),
  EntityMentionRow: obj({
    docId: S, title: NS, published: NS, entityId: S, name: S, type: { type: 'string', enum: [...ENTITY_TYPES] }, start: I, end: I, text: S,
    sentence: obj({ start: I, end: I, text: S }),
  }),
  EntityView: obj({
    entity: extend('EntitySummary', { aliases: arr(S), role: NS }),
    mentions: arr(ref('EntityMentionRow')),
    claimsBy: arr(ref('ClaimListItem')),
    claimsAbout: arr(ref('ClaimListItem')),
  }),
  PlaceListItem: obj({ name: S, lat: N, lon: N, country: NS, admin1: NS, mentions: I, documents: I, claims: I, first: NS, last: NS }),
  FigureRow: obj({
    docId: S, title: NS, outlet: NS, published: NS, start: I, end: I, text: S, low: NN, high: NN, approx: B, unit: NS, category: NS, about: NS,
  }),
  CategoryCount: obj({ category: S, figures: I }),
  TimelineRow: obj({
    date: NS, published: NS, claimId: S, docId: S, outlet: NS, source: NS, side, hedged: B,
    figure: obj({ text: S, low: NN, high: NN, approx: B, unit: NS }, ['unit']),
    value: NN, change: NN,
    reference: arr({ type: 'object', properties: { ratio: N, flag: { type: 'string', enum: ['consistent', 'far-above', 'far-below', 'not-comparable'] } } }),
    cluster: { oneOf: [obj({ id: S, verdict }), { type: 'null' }] },
    contested: B,
  }),
  TimelineView: obj({ category: S, about: NS, points: arr(ref('TimelineRow')), min: NN, max: NN, flagged: I }),
  OutletStats: obj({
    outlet: S, claims: I, bySide: map(I), attributed: I, hedged: I, ownVoice: I, singleOrigin: I, laterContradicted: I,
    syndication: arr(obj({ outlet: S, from: I, to: I })),
  }),
  OutletView: obj({ profile: ref('OutletStats'), documents: pageOf('DocumentListItem') }),
  SearchHit: obj({ id: S, title: NS, outlet: NS, published: NS, snippet: S, rank: N }),
  UploadRequest: obj({ name: S, content: S, url: S, outlet: S, published: S }, ['url', 'outlet', 'published']),
  UploadResult: obj({ id: S, status: { type: 'string', enum: ['added', 'updated', 'duplicate', 'unchanged'] }, duplicateOf: S, claims: I }, ['duplicateOf']),
};
