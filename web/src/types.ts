/**
 * @module The parts of the Document JSON (`triangulate analyze --json`, produced by src/pipeline/document-json.ts)
 * that the dashboard reads, and a guard that checks an API payload has them. Everything here is untrusted article
 * data: render it only as text.
 */
import type { Side } from '../../src/apps/server/api-types';

/** A `[start, end)` span into `XrayDocument.text`. */
export interface DocSpan {
  start: number;
  end: number;
  text: string;
}

export interface DocEntity extends DocSpan {
  type: string;
  id: string;
  name: string;
  side?: Side | null;
  role?: string | null;
}

export interface DocPlace extends DocSpan {
  name: string;
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
}

export interface DocTime extends DocSpan {
  value: string | null;
  type?: string;
}

export interface DocFigure extends DocSpan {
  low: number | null;
  high: number | null;
  approx: boolean;
  unit?: string | null;
  category: string | null;
  about: string | null;
}

export interface DocSource extends DocSpan {
  name: string | null;
  side: Side;
  entityId?: string | null;
}

export interface DocClaim extends DocSpan {
  source: DocSource | null;
  cue: DocSpan | null;
  quote: 'direct' | 'indirect' | 'mixed' | 'none';
  side: Side;
  hedged: boolean;
  denial: boolean;
  hedges?: DocSpan[];
  denials?: DocSpan[];
  via?: DocSource | null;
  parent?: number | null;
}

/** One piece of boilerplate the cleaner removed: its text, why, and the clean-text offset where it stood. */
export interface DocRemoval {
  text: string;
  reason: string;
  at: number;
}

/** The Document JSON as the X-ray uses it. */
export interface XrayDocument {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  author?: string | null;
  text: string;
  entities: DocEntity[];
  places: DocPlace[];
  times: DocTime[];
  figures: DocFigure[];
  claims: DocClaim[];
  removed?: DocRemoval[];
}

const LAYERS = ['entities', 'places', 'times', 'figures', 'claims'] as const;

/** Checks the shape the X-ray relies on (text and span layers); throws naming the missing field. */
export function asXrayDocument(raw: Record<string, unknown>): XrayDocument {
  if (typeof raw.text !== 'string') throw new Error('Document JSON has no "text" string');
  for (const layer of LAYERS) if (!Array.isArray(raw[layer])) throw new Error(`Document JSON has no "${layer}" array`);
  return raw as unknown as XrayDocument;
}
