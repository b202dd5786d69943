/** @module Hand-built Documents for the triangulation tests: one claim per document, spans found by substring. */

import { emptyDocument, span, type Document, type Side } from '../../core/doc.js';

export interface ClaimDocSpec {
  id: string;
  outlet: string;
  published: string;
  /** The whole text (headline-free). */
  text: string;
  /** Substring that is the claim's content. */
  content: string;
  source?: { text: string; name?: string; entityId?: string } | null;
  via?: { text: string; name?: string } | null;
  side: Side;
  denial?: boolean;
  hedged?: boolean;
  key?: string;
  figures?: Array<{ text: string; low: number | null; high: number | null; category: string; about?: string | null; approx?: boolean }>;
  places?: string[];
  entities?: Array<{ text: string; id: string }>;
  times?: Array<{ text: string; value: string }>;
}

function at(text: string, needle: string): [number, number] {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in "${text}"`);
  return [i, i + needle.length];
}

/**
 * Builds a Document holding one claim (with source, cue-less), its figures, places, entities and times.
 * @returns The document.
 */
export function claimDoc(s: ClaimDocSpec): Document {
  const d = emptyDocument(s.id, s.text);
  d.outlet = s.outlet;
  d.published = s.published;
  const sp = (needle: string) => span(s.text, ...at(s.text, needle));
  d.figures = (s.figures ?? []).map((f) => ({ ...sp(f.text), low: f.low, high: f.high, approx: f.approx ?? false, unit: 'count', category: f.category, about: f.about ?? null }));
  d.places = (s.places ?? []).map((p) => ({ ...sp(p), name: p, lat: 0, lon: 0, country: 'UA', admin1: null }));
  d.entities = (s.entities ?? []).map((e) => ({ ...sp(e.text), type: 'ORG' as const, id: e.id, name: e.text }));
  d.times = (s.times ?? []).map((t) => ({ ...sp(t.text), value: t.value, type: 'DATE' as const }));
  const source = s.source ? { ...sp(s.source.text), name: s.source.name ?? s.source.text, side: s.side, entityId: s.source.entityId ?? null } : null;
  const via = s.via ? { ...sp(s.via.text), name: s.via.name ?? s.via.text, side: 'MEDIA' as const } : null;
  d.claims = [{ ...sp(s.content), source, cue: null, quote: 'indirect', side: s.side, hedged: s.hedged ?? false, denial: s.denial ?? false, via, key: s.key }];
  return d;
}
