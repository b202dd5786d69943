/** @module The X-ray: a readable terminal view of one analysed Document — metadata, highlighted clean text, layers, claims, removals. */

import type { Claim, Document, Side } from '../../core/doc.js';

/** ANSI styles per layer; empty strings when colour is off. */
interface Palette {
  reset: string;
  bold: string;
  dim: string;
  entity: string;
  place: string;
  time: string;
  figure: string;
  side: (s: Side) => string;
}

const ANSI: Palette = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  entity: '\x1b[36m',
  place: '\x1b[32m',
  time: '\x1b[33m',
  figure: '\x1b[35m',
  side: (s) => ({ RU: '\x1b[31m', UA: '\x1b[34m', WEST: '\x1b[94m', INTL: '\x1b[96m', THIRD: '\x1b[93m', OSINT: '\x1b[92m', MEDIA: '\x1b[95m', ANON: '\x1b[90m', OUTLET: '\x1b[37m' })[s],
};

const PLAIN: Palette = { reset: '', bold: '', dim: '', entity: '', place: '', time: '', figure: '', side: () => '' };

/** Marks inline highlights: figures over times over places over entities, never overlapping. */
function highlight(doc: Document, p: Palette): string {
  if (!p.reset) return doc.text;
  const marks: Array<{ start: number; end: number; style: string }> = [];
  const taken = (s: number, e: number) => marks.some((m) => m.start < e && s < m.end);
  const add = (items: ReadonlyArray<{ start: number; end: number }>, style: string) => {
    for (const it of items) if (!taken(it.start, it.end)) marks.push({ start: it.start, end: it.end, style });
  };
  add(doc.figures, p.figure);
  add(doc.times, p.time);
  add(doc.places, p.place);
  add(doc.entities, p.entity);
  marks.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const m of marks) {
    out += doc.text.slice(at, m.start) + m.style + doc.text.slice(m.start, m.end) + p.reset;
    at = m.end;
  }
  return out + doc.text.slice(at);
}

/** Per-article claim summary: claims per side, share attributed, hedged, in the outlet's own voice. */
export function claimSummary(claims: readonly Claim[]): { total: number; perSide: Record<string, number>; attributed: number; hedged: number; outletVoice: number; denials: number } {
  const perSide: Record<string, number> = {};
  let attributed = 0;
  let hedged = 0;
  let outletVoice = 0;
  let denials = 0;
  for (const c of claims) {
    perSide[c.side] = (perSide[c.side] ?? 0) + 1;
    if (c.side === 'OUTLET') outletVoice++;
    else attributed++;
    if (c.hedged) hedged++;
    if (c.denial) denials++;
  }
  return { total: claims.length, perSide, attributed, hedged, outletVoice, denials };
}

const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : '–');

/**
 * Renders the X-ray of a document.
 * @param color ANSI colours (a terminal) or plain text (piped).
 */
export function renderXray(doc: Document, color: boolean): string {
  const p = color ? ANSI : PLAIN;
  const lines: string[] = [];
  const h = (title: string) => lines.push('', `${p.bold}── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}${p.reset}`);
  lines.push(`${p.bold}${doc.title ?? '(no headline)'}${p.reset}`);
  const meta: Array<[string, string | null | undefined]> = [
    ['id', doc.id],
    ['outlet', doc.outlet ? `${doc.outlet}${doc.meta.outletSource ? ` (${doc.meta.outletSource})` : ''}` : null],
    ['published', doc.published ? `${doc.published}${doc.meta.publishedSource ? ` (${doc.meta.publishedSource})` : ''}` : null],
    ['language', doc.language],
    ['author', doc.author],
    ['url', doc.url],
    ['syndication', doc.meta.syndication?.join('; ')],
    ['extraction', doc.meta.extraction ? `${doc.meta.extraction.chosen} (${doc.meta.extraction.attempts.map((a) => `${a.method}:${a.textLength}`).join(', ')})` : null],
  ];
  for (const [k, v] of meta) lines.push(`${p.dim}${k.padEnd(12)}${p.reset}${v ?? '–'}`);
  if (doc.meta.stageErrors?.length) for (const e of doc.meta.stageErrors) lines.push(`${p.dim}stage error${p.reset} ${e.stage}: ${e.message}`);

  h('Clean text');
  if (color) lines.push(`${p.dim}legend: ${p.entity}entity${p.reset}${p.dim} ${p.place}place${p.reset}${p.dim} ${p.time}time${p.reset}${p.dim} ${p.figure}figure${p.reset}`);
  lines.push(highlight(doc, p));

  h(`Entities (${doc.entities.length})`);
  const byId = new Map<string, { name: string; type: string; side?: string | null; texts: Set<string>; n: number }>();
  for (const e of doc.entities) {
    const cur = byId.get(e.id) ?? { name: e.name, type: e.type, side: e.side, texts: new Set<string>(), n: 0 };
    cur.texts.add(e.text);
    cur.n++;
    byId.set(e.id, cur);
  }
  for (const e of byId.values()) lines.push(`  ${p.entity}${e.type.padEnd(7)}${p.reset} ${e.name}${e.side ? ` [${e.side}]` : ''} ×${e.n}  ${p.dim}${[...e.texts].join(' | ')}${p.reset}`);
  h(`Places (${doc.places.length})`);
  for (const pl of doc.places) lines.push(`  ${p.place}${pl.text}${p.reset} → ${pl.name}${pl.admin1 ? `, ${pl.admin1}` : ''}${pl.country ? ` (${pl.country})` : ''} ${pl.lat.toFixed(2)},${pl.lon.toFixed(2)}`);
  h(`Times (${doc.times.length})`);
  for (const t of doc.times) lines.push(`  ${p.time}${t.text}${p.reset} → ${t.value}${t.type ? ` ${p.dim}${t.type}${p.reset}` : ''}`);
  h(`Figures (${doc.figures.length})`);
  for (const f of doc.figures) {
    const range = f.low === f.high ? `${f.low}` : `${f.low ?? '…'}–${f.high ?? '…'}`;
    lines.push(`  ${p.figure}${f.text}${p.reset} → ${range}${f.approx ? ' (approx)' : ''} ${f.unit && f.unit !== 'count' ? f.unit + ' ' : ''}${f.category ?? ''}${f.about ? ` about ${f.about}` : ''}`);
  }

  const s = claimSummary(doc.claims);
  h(`Claims (${s.total})`);
  lines.push(`  per side: ${Object.entries(s.perSide).map(([k, v]) => `${p.side(k as Side)}${k}${p.reset} ${v}`).join(', ') || '–'}`);
  lines.push(`  attributed ${pct(s.attributed, s.total)} · hedged ${pct(s.hedged, s.total)} · outlet's own voice ${pct(s.outletVoice, s.total)} · denials ${s.denials}`);
  doc.claims.forEach((c, i) => {
    const flags = [c.quote !== 'none' ? c.quote : '', c.hedged ? 'hedged' : '', c.denial ? 'DENIAL' : ''].filter(Boolean).join(', ');
    const who = c.source ? `${c.source.name}${c.source.text !== c.source.name ? ` ("${c.source.text}")` : ''}` : c.side === 'OUTLET' ? 'the outlet' : 'unnamed';
    lines.push(`  ${String(i + 1).padStart(2)}. ${p.side(c.side)}[${c.side}]${p.reset} ${p.bold}${who}${p.reset}${c.cue ? ` — ${c.cue.text}` : ''}${flags ? ` ${p.dim}(${flags})${p.reset}` : ''}${c.via ? ` ${p.dim}via ${c.via.name}${p.reset}` : ''}`);
    lines.push(`      ${c.text}`);
  });

  h(`Removed (${doc.removed.length})`);
  for (const r of doc.removed) lines.push(`  ${p.dim}${r.reason.padEnd(16)}${p.reset} ${r.text.length > 110 ? r.text.slice(0, 107) + '…' : r.text}`);
  return lines.join('\n') + '\n';
}
