/** @module Tests of every API route over a real SQLite store: shapes, pagination, filters, sorts and the OpenAPI document. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIDES } from '../../core/doc.js';
import type {
  CategoryCount,
  ClaimClusterDetail,
  ClaimClusterSummary,
  ClaimListItem,
  DocumentListItem,
  DocumentView,
  EntitySummary,
  EntityView,
  FigureRow,
  Health,
  OutletStats,
  OutletView,
  Overview,
  Page,
  PlaceListItem,
  SearchHit,
  StoryRow,
  TimelineView,
} from './api-types.js';
import { ARTICLES, createFixture, getJson, SAMPLE_COUNT, type Fixture } from './testing/fixture.js';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixture();
});
afterAll(async () => fx?.close());

const DOCS = SAMPLE_COUNT + 1 + ARTICLES.length;
const get = <T>(url: string): Promise<T> =>
  getJson<T>(fx.app, url).then((r) => {
    expect(r.status, url).toBe(200);
    return r.body;
  });
const nonIncreasing = (xs: Array<string | number | null>): boolean => xs.every((x, i) => i === 0 || (xs[i - 1] ?? '') >= (x ?? ''));
const nonDecreasing = (xs: Array<string | number | null>): boolean => xs.every((x, i) => i === 0 || (xs[i - 1] ?? '') <= (x ?? ''));

describe('health and overview', () => {
  it('health reports the version, the documents and the write policy', async () => {
    const h = await get<Health>('/api/health');
    expect(h).toEqual({ ok: true, version: expect.any(String), documents: DOCS, writes: 'open' });
  });

  it('overview has the stats, every side, outlets by documents, contested/corroborated clusters and latest stories', async () => {
    const o = await get<Overview>('/api/overview');
    expect(o.stats.documents).toBe(DOCS);
    expect(Object.keys(o.sidesQuoted).sort()).toEqual([...SIDES].sort());
    expect(Object.values(o.sidesQuoted).reduce((a, b) => a + b, 0)).toBe(o.stats.claims);
    expect(o.outlets.reduce((a, b) => a + b.documents, 0)).toBe(DOCS);
    expect(nonIncreasing(o.outlets.map((x) => x.documents))).toBe(true);
    expect(o.contested.length).toBeGreaterThan(0);
    for (const c of o.contested) expect(['contested', 'denied']).toContain(c.verdict.label);
    expect(nonIncreasing(o.contested.map((c) => c.verdict.score))).toBe(true);
    for (const c of o.corroborated) expect(c.verdict.label).toBe('corroborated');
    expect(o.stories.length).toBeGreaterThan(0);
    expect(nonIncreasing(o.stories.map((s) => s.last))).toBe(true);
  });
});

describe('documents', () => {
  it('lists every document newest first, paged consistently', async () => {
    const all = await get<Page<DocumentListItem>>('/api/documents?limit=500');
    expect(all.total).toBe(DOCS);
    expect(all.items).toHaveLength(DOCS);
    expect(nonIncreasing(all.items.map((d) => d.published))).toBe(true);
    const p = await get<Page<DocumentListItem>>('/api/documents?limit=2&offset=2');
    expect(p).toMatchObject({ total: DOCS, limit: 2, offset: 2 });
    expect(p.items).toEqual(all.items.slice(2, 4));
    const def = await get<Page<DocumentListItem>>('/api/documents');
    expect(def.limit).toBe(50);
    expect(def.offset).toBe(0);
  });

  it('filters by outlet and by full-text query', async () => {
    const o = await get<Page<DocumentListItem>>('/api/documents?outlet=test%20wire');
    expect(o.items.map((d) => d.id)).toEqual(['kharkiv']);
    expect(o.total).toBe(1);
    const q = await get<Page<DocumentListItem>>('/api/documents?q=apocalyptic');
    expect(q.items.map((d) => d.id)).toEqual(['mariupol']);
  });

  it('shows a document as Document JSON with its clusters and duplicate link', async () => {
    const v = await get<DocumentView>('/api/documents/kharkiv');
    expect(v.document).toMatchObject({ id: 'kharkiv', outlet: 'Test Wire', url: 'https://example.org/kharkiv' });
    expect(String(v.document.published)).toMatch(/^2022-03-08/);
    const claims = v.document.claims as unknown[];
    expect(claims.length).toBeGreaterThan(0);
    for (const m of v.memberships) {
      expect(m.claimIdx).toBeLessThan(claims.length);
      expect((await getJson<ClaimClusterDetail>(fx.app, `/api/clusters/${encodeURIComponent(m.clusterId)}`)).status).toBe(200);
    }
    expect(v.duplicateOf).toBeNull();
    const copy = await get<DocumentView>('/api/documents/doc-copy');
    expect(copy.duplicateOf).toEqual({ id: 'doc-1', kind: 'exact', similarity: 1 });
  });
});

describe('claims', () => {
  let all: ClaimListItem[];
  beforeAll(async () => {
    all = (await get<Page<ClaimListItem>>('/api/claims?limit=500')).items;
  });

  it('lists every claim, newest first by default, with cluster, verdict, places and entities', async () => {
    const p = await get<Page<ClaimListItem>>('/api/claims?limit=500');
    const stats = await get<Overview>('/api/overview');
    expect(p.total).toBe(stats.stats.claims);
    expect(all).toHaveLength(p.total);
    expect(nonIncreasing(all.map((c) => c.published?.slice(0, 10) ?? null))).toBe(true);
    expect(all.some((c) => c.clusterId !== null && c.verdict !== null)).toBe(true);
    const kyiv = all.find((c) => c.text.includes('near Kyiv'))!;
    expect(kyiv.places).toContain('Kyiv');
    const sample = all.find((c) => c.docId === 'doc-2')!;
    expect(sample).toMatchObject({ idx: expect.any(Number), side: expect.any(String), categories: ['killed'] });
  });

  it('pages consistently and sorts both ways', async () => {
    const p = await get<Page<ClaimListItem>>('/api/claims?limit=5&offset=5');
    expect(p.items).toEqual(all.slice(5, 10));
    const asc = await get<Page<ClaimListItem>>('/api/claims?order=asc&limit=500');
    expect(nonDecreasing(asc.items.map((c) => c.published?.slice(0, 10) ?? null))).toBe(true);
    for (const [sort, key] of [
      ['side', (c: ClaimListItem) => c.side],
      ['outlet', (c: ClaimListItem) => c.outlet?.toLowerCase() ?? null],
      ['source', (c: ClaimListItem) => c.sourceName?.toLowerCase() ?? null],
      ['verdict', (c: ClaimListItem) => c.verdict],
    ] as const) {
      const s = await get<Page<ClaimListItem>>(`/api/claims?sort=${sort}&limit=500`);
      expect(nonDecreasing(s.items.map(key)), sort).toBe(true);
      const d = await get<Page<ClaimListItem>>(`/api/claims?sort=${sort}&order=desc&limit=500`);
      expect(nonIncreasing(d.items.map(key)), sort).toBe(true);
      expect(s.total).toBe(all.length);
    }
  });

  it.each([
    ['side=RU', (c: ClaimListItem) => c.side === 'RU'],
    ['side=ua', (c: ClaimListItem) => c.side === 'UA'],
    ['hedged=true', (c: ClaimListItem) => c.hedged],
    ['hedged=false', (c: ClaimListItem) => !c.hedged],
    ['denial=true', (c: ClaimListItem) => c.denial],
    ['category=killed', (c: ClaimListItem) => c.categories.includes('killed')],
    ['verdict=denied', (c: ClaimListItem) => c.verdict === 'denied'],
    ['verdict=corroborated', (c: ClaimListItem) => c.verdict === 'corroborated'],
    ['place=Kyiv', (c: ClaimListItem) => c.places.includes('Kyiv')],
    ['entity=place%3Akharkiv', (c: ClaimListItem) => c.entities.includes('place:kharkiv')],
    ['source=zelensky', (c: ClaimListItem) => (c.sourceName ?? '').toLowerCase().includes('zelensky')],
    ['about=Mariupol', (c: ClaimListItem) => c.places.includes('Mariupol') || c.text.includes('Mariupol')],
    ['from=2022-03-08&to=2022-03-09', (c: ClaimListItem) => (c.published ?? '').slice(0, 10) >= '2022-03-08' && (c.published ?? '').slice(0, 10) <= '2022-03-09'],
    ['q=civilians', (c: ClaimListItem) => /civilians/i.test(c.text)],
    ['side=RU&hedged=true&category=killed', (c: ClaimListItem) => c.side === 'RU' && c.hedged && c.categories.includes('killed')],
  ])('filters %s: every item matches, and so does every matching claim', async (query, holds) => {
    const p = await get<Page<ClaimListItem>>(`/api/claims?${query}&limit=500`);
    expect(p.items.length).toBeGreaterThan(0);
    for (const c of p.items) expect(holds(c), `${c.docId}#${c.idx}`).toBe(true);
    expect(p.total).toBe(p.items.length);
    if (!query.startsWith('about') && !query.startsWith('q=') && !query.startsWith('source')) expect(p.total).toBe(all.filter(holds).length);
  });

  it('answers an empty page for a query without searchable words', async () => {
    const p = await get<Page<ClaimListItem>>('/api/claims?q=%22%22');
    expect(p).toMatchObject({ items: [], total: 0 });
  });
});

describe('clusters and stories', () => {
  it('lists clusters by score, filters by verdict and category, shows one with its members', async () => {
    const p = await get<Page<ClaimClusterSummary>>('/api/clusters?limit=500');
    expect(p.total).toBe(p.items.length);
    expect(nonIncreasing(p.items.map((c) => c.verdict.score))).toBe(true);
    const denied = await get<Page<ClaimClusterSummary>>('/api/clusters?verdict=denied&limit=500');
    expect(denied.total).toBe(p.items.filter((c) => c.verdict.label === 'denied').length);
    const killed = await get<Page<ClaimClusterSummary>>('/api/clusters?category=killed&limit=500');
    for (const c of killed.items) expect(c.categories).toContain('killed');
    const page2 = await get<Page<ClaimClusterSummary>>('/api/clusters?limit=1&offset=1');
    expect(page2.items).toEqual(p.items.slice(1, 2));
    const d = await get<ClaimClusterDetail>(`/api/clusters/${encodeURIComponent(p.items[0]!.id)}`);
    expect(d.members).toHaveLength(p.items[0]!.size);
    expect(d.verdict.label).toBe(p.items[0]!.verdict.label);
  });

  it('lists stories largest first, or latest first', async () => {
    const p = await get<Page<StoryRow>>('/api/stories?limit=500');
    expect(p.total).toBe(p.items.length);
    expect(p.items.reduce((a, s) => a + s.size, 0)).toBe(DOCS);
    expect(nonIncreasing(p.items.map((s) => s.size))).toBe(true);
    const latest = await get<Page<StoryRow>>('/api/stories?sort=latest&limit=500');
    expect(nonIncreasing(latest.items.map((s) => s.last))).toBe(true);
  });
});

describe('entities, places, figures, outlets, search', () => {
  it('lists entities by type and name; shows one with KB aliases, mentions and claims', async () => {
    const p = await get<Page<EntitySummary>>('/api/entities?limit=500');
    expect(nonIncreasing(p.items.map((e) => e.mentions))).toBe(true);
    const people = await get<Page<EntitySummary>>('/api/entities?type=PERSON&limit=500');
    expect(people.items.length).toBeGreaterThan(0);
    for (const e of people.items) expect(e.type).toBe('PERSON');
    const q = await get<Page<EntitySummary>>('/api/entities?q=putin');
    expect(q.items.map((e) => e.id)).toEqual(['person:vladimir-putin']);
    const v = await get<EntityView>('/api/entities/person%3Avolodymyr-zelensky');
    expect(v.entity).toMatchObject({ id: 'person:volodymyr-zelensky', type: 'PERSON', role: expect.any(String) });
    expect(v.entity.aliases.length).toBeGreaterThan(0);
    expect(v.mentions.length).toBe(Math.min(100, v.entity.mentions));
    expect(v.claimsBy.length).toBeGreaterThan(0);
    for (const c of v.claimsBy) expect(c.sourceName).toMatch(/Zelensky/);
    const byName = await get<EntityView>('/api/entities/Vladimir%20Putin');
    expect(byName.entity.id).toBe('person:vladimir-putin');
    const about = await get<EntityView>('/api/entities/place%3Akharkiv');
    expect(about.claimsAbout.length).toBeGreaterThan(0);
    for (const c of about.claimsAbout) expect(c.entities).toContain('place:kharkiv');
  });

  it('lists places with their claims, within a date window; lists the claims about one place', async () => {
    const p = await get<Page<PlaceListItem>>('/api/places?limit=500');
    const kyiv = p.items.find((x) => x.name === 'Kyiv')!;
    expect(kyiv).toMatchObject({ lat: 50.45, lon: 30.52, claims: expect.any(Number) });
    expect(kyiv.claims).toBeGreaterThan(0);
    expect(nonIncreasing(p.items.map((x) => x.claims))).toBe(true);
    const windowed = await get<Page<PlaceListItem>>('/api/places?from=2022-03-08&to=2022-03-09&limit=500');
    expect(windowed.items.map((x) => x.name).sort()).toEqual(expect.arrayContaining(['Kharkiv']));
    for (const x of windowed.items) if (x.first) expect(x.first >= '2022-03-08' && (x.last ?? '') <= '2022-03-09').toBe(true);
    const claims = await get<Page<ClaimListItem>>('/api/places/claims?name=Kyiv&limit=500');
    expect(claims.total).toBe(kyiv.claims);
    for (const c of claims.items) expect(c.places).toContain('Kyiv');
    const exact = await get<Page<ClaimListItem>>('/api/places/claims?name=Kyiv&lat=50.45&lon=30.52&limit=500');
    expect(exact.total).toBe(kyiv.claims);
    const elsewhere = await get<Page<ClaimListItem>>('/api/places/claims?name=Kyiv&lat=10&lon=10');
    expect(elsewhere.total).toBe(0);
  });

  it('lists figures by category, their categories, and the timeline', async () => {
    const cats = await get<CategoryCount[]>('/api/figures/categories');
    const killed = cats.find((c) => c.category === 'killed')!;
    expect(killed.figures).toBeGreaterThan(0);
    const f = await get<Page<FigureRow>>('/api/figures?category=killed&limit=500');
    expect(f.total).toBe(killed.figures);
    for (const x of f.items) expect(x.category).toBe('killed');
    const about = await get<Page<FigureRow>>('/api/figures?category=killed&about=RU&limit=500');
    for (const x of about.items) expect(x.about).toBe('RU');
    const tl = await get<TimelineView>('/api/timeline?category=killed');
    expect(tl.category).toBe('killed');
    expect(tl.points.length).toBeGreaterThan(0);
    expect(tl.points.some((p) => p.cluster !== null)).toBe(true);
  });

  it('lists outlets and shows one with its documents', async () => {
    const p = await get<Page<OutletStats>>('/api/outlets');
    expect(nonIncreasing(p.items.map((o) => o.claims))).toBe(true);
    const v = await get<OutletView>('/api/outlets/test%20wire');
    expect(v.profile.outlet).toBe('Test Wire');
    expect(v.documents).toMatchObject({ total: 1, items: [{ id: 'kharkiv' }] });
  });

  it('searches documents with snippets, paged', async () => {
    const p = await get<Page<SearchHit>>('/api/search?q=soldiers');
    expect(p.total).toBe(SAMPLE_COUNT + 1);
    expect(p.items[0]!.snippet).toContain('[soldiers]');
    const p2 = await get<Page<SearchHit>>('/api/search?q=soldiers&limit=2&offset=2');
    expect(p2.items.map((h) => h.id)).toEqual(p.items.slice(2, 4).map((h) => h.id));
    expect(p.ranked).toBeUndefined();
  });

  it('does not rank a search with more matches than searchRankMax: most recently stored first, ranked false', async () => {
    const app = await fx.appWith({ searchRankMax: 2 });
    try {
      const r = await getJson<Page<SearchHit>>(app, '/api/search?q=soldiers&limit=3');
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ total: SAMPLE_COUNT + 1, ranked: false });
      const seqOf = fx.store.db.prepare('SELECT seq FROM documents WHERE id = ?');
      const seqs = r.body.items.map((h) => (seqOf.get(h.id) as { seq: number }).seq);
      expect(seqs).toHaveLength(3);
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
      expect(seqs[0]).toBe((fx.store.db.prepare(`SELECT max(rowid) AS m FROM documents_fts WHERE documents_fts MATCH 'soldiers'`).get() as { m: number }).m);
      const narrow = await getJson<Page<SearchHit>>(app, '/api/search?q=kharkiv');
      if (narrow.body.total <= 2) expect(narrow.body.ranked).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});

describe('OpenAPI', () => {
  it('describes every route with its parameters and responses', async () => {
    const doc = await get<{ openapi: string; paths: Record<string, Record<string, { parameters: Array<{ name: string; in: string }>; responses: Record<string, unknown> }>>; components: { schemas: Record<string, unknown> } }>('/api/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    expect(routes.sort()).toEqual(
      [
        'GET /api/health', 'GET /api/overview', 'GET /api/documents', 'GET /api/documents/{id}', 'POST /api/documents', 'GET /api/claims',
        'GET /api/clusters', 'GET /api/clusters/{id}', 'GET /api/stories', 'GET /api/entities', 'GET /api/entities/{id}', 'GET /api/places',
        'GET /api/places/claims', 'GET /api/figures', 'GET /api/figures/categories', 'GET /api/timeline', 'GET /api/outlets',
        'GET /api/outlets/{name}', 'GET /api/search', 'GET /api/openapi.json',
      ].sort(),
    );
    const claimParams = doc.paths['/api/claims']!.get!.parameters.map((p) => p.name);
    expect(claimParams.sort()).toEqual(
      ['side', 'source', 'verdict', 'category', 'place', 'entity', 'about', 'hedged', 'denial', 'from', 'to', 'q', 'sort', 'order', 'limit', 'offset'].sort(),
    );
    expect(doc.paths['/api/documents/{id}']!.get!.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
    for (const ops of Object.values(doc.paths)) for (const op of Object.values(ops)) expect(Object.keys(op.responses)).toContain('4XX');
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const r of new Set(refs)) expect(doc.components.schemas, r).toHaveProperty(r.split('/').pop()!);
  });
});
