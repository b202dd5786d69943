/** @module The shared conformance suite every Store implementation must pass (SQLite now, PostgreSQL later). */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDocument, type Document } from '../core/doc.js';
import { UNKNOWN_OUTLET, type ClaimClusterRecord, type Store } from './contract.js';
import { sampleDocument } from './sample-docs.js';

const OPTS = { pipelineVersion: '0.1.0', stages: ['segment.v1', 'claims.v1'] };

/** A body long enough to be fingerprinted, different for each seed word list. */
function article(id: string, title: string, body: string): Document {
  const text = `${title}\n\n${body}`;
  const doc = emptyDocument(id, text, title.length + 2);
  doc.title = title;
  return doc;
}

const BODY =
  'Russian forces shelled the outskirts of Kharkiv overnight, regional governor Oleh Synehubov said on Telegram on Tuesday morning. ' +
  'Three civilians were wounded when a residential building caught fire, and emergency crews worked for hours to put out the blaze. ' +
  'The governor urged residents to stay in shelters while air raid sirens sounded across the region for most of the night. ' +
  'Moscow did not comment on the reports, which could not be independently verified by journalists working in the area. ' +
  'Kharkiv, the second largest city of the country, has been hit repeatedly since the first weeks of the invasion, and many of ' +
  'its northern districts lie within range of artillery positioned just across the border. Local officials said schools would ' +
  'continue to teach online, and that the metro stations would stay open at night as shelters for families with small children.';

/**
 * Registers the Store conformance tests.
 * @param create Returns a fresh, empty store for each test.
 */
export function runStoreContract(create: () => Promise<Store>): void {
  describe('Store contract', () => {
    let store: Store;
    beforeEach(async () => {
      store = await create();
    });
    afterEach(async () => {
      await store.close();
    });

    it('adds a document and returns it exactly as put', async () => {
      const doc = sampleDocument('doc-1', 1);
      expect(await store.putDocument(doc, OPTS)).toEqual({ status: 'added', id: 'doc-1' });
      expect(await store.getDocument('doc-1')).toEqual(doc);
      expect(await store.getDocument('missing')).toBeNull();
    });

    it('is idempotent: the same document again is unchanged and nothing is duplicated', async () => {
      const doc = sampleDocument('doc-1', 1);
      await store.putDocument(doc, OPTS);
      expect((await store.putDocument(doc, OPTS)).status).toBe('unchanged');
      const s = await store.stats();
      expect(s.documents).toBe(1);
      expect(s.claims).toBe(doc.claims.length);
      expect(s.figures).toBe(doc.figures.length);
      expect(s.entities).toBe(doc.entities.length);
      expect((await store.search('soldiers')).length).toBe(1);
    });

    it.each([
      ['changed content', (d: Document) => sampleDocument(d.id, 2), OPTS],
      ['a new pipeline version', (d: Document) => d, { ...OPTS, pipelineVersion: '0.2.0' }],
      ['changed stages', (d: Document) => d, { ...OPTS, stages: ['segment.v2'] }],
    ])('replaces the layers on %s (updated)', async (_label, change, opts) => {
      const doc = sampleDocument('doc-1', 1, 6);
      await store.putDocument(doc, OPTS);
      const next = change(structuredClone(doc));
      next.claims = next.claims.slice(0, 2);
      expect((await store.putDocument(next, opts)).status).toBe('updated');
      expect(await store.getDocument('doc-1')).toEqual(next);
      const s = await store.stats();
      expect(s.documents).toBe(1);
      expect(s.claims).toBe(2);
      const seed = next.text.includes('seed 2') ? 2 : 1;
      expect((await store.search(`"seed ${seed}"`)).map((h) => h.id)).toEqual(['doc-1']);
      if (seed === 2) expect(await store.search('"seed 1"')).toEqual([]);
    });

    it('replaces the full-text index on update: the old text is no longer found', async () => {
      await store.putDocument(article('a', 'Shelling in Kharkiv', BODY), OPTS);
      await store.putDocument(article('a', 'Quiet night in Odesa', 'Nothing happened in Odesa overnight, the city council said on Wednesday.'), OPTS);
      expect(await store.search('Kharkiv')).toEqual([]);
      expect((await store.search('Odesa')).map((h) => h.id)).toEqual(['a']);
    });

    it('stores an exact copy and links it to the original', async () => {
      await store.putDocument(article('orig', 'Shelling in Kharkiv', BODY), OPTS);
      const copy = article('copy', 'SHELLING IN KHARKIV', BODY.replace(/  */g, '  '));
      expect(await store.putDocument(copy, OPTS)).toEqual({ status: 'duplicate', id: 'copy', duplicateOf: 'orig', duplicateKind: 'exact', similarity: 1 });
      expect((await store.getDocument('copy'))?.text).toBe(copy.text);
      expect((await store.stats()).duplicates).toEqual({ exact: 1, near: 0 });
      const docs = await store.listDocuments();
      expect(docs.find((d) => d.id === 'copy')?.duplicateOf).toBe('orig');
      expect(docs.find((d) => d.id === 'orig')?.duplicateOf).toBeNull();
    });

    it('stores a near copy (new headline, edited words, another footer) and links it', async () => {
      await store.putDocument(article('orig', 'Shelling in Kharkiv', BODY + '\n\nRead more on our website.'), OPTS);
      const edited = BODY.replace('Tuesday morning', 'Tuesday').replace('for hours', 'for several hours') + '\n\nThis story first appeared on Example News.';
      const r = await store.putDocument(article('syndicated', 'Kharkiv hit overnight', edited), OPTS);
      expect(r.status).toBe('duplicate');
      expect(r.duplicateOf).toBe('orig');
      expect(r.duplicateKind).toBe('near');
      expect((await store.stats()).duplicates.near).toBe(1);
    });

    it('does not link unrelated documents', async () => {
      for (let i = 1; i <= 5; i++) expect((await store.putDocument(sampleDocument(`d${i}`, i), OPTS)).status).toBe('added');
      expect((await store.stats()).duplicates).toEqual({ exact: 0, near: 0 });
    });

    it.each([
      ['"unbalanced quote', 0],
      ['-leading dash', 0],
      ['Kharkiv -Kyiv', 1],
      ['Kharkiv -governor', 0],
      ['-Kharkiv', 0],
      ['NOT AND OR', 0],
      ['NEAR(', 0],
      ['col:on', 0],
      ['*', 0],
      ['', 0],
      ['   ', 0],
      ["governor's", 0],
      ['(Kharkiv)', 1],
      ['"regional governor"', 1],
      ['KHARKIV shelters', 1],
    ])('search accepts any input: %j → %d hits', async (query, hits) => {
      await store.putDocument(article('a', 'Shelling in Kharkiv', BODY), OPTS);
      const res = await store.search(query);
      expect(res.length).toBe(hits);
      if (hits) expect(res[0]!.snippet).toMatch(/\[/);
    });

    it('search returns snippets with the match marked and ranks title matches first', async () => {
      await store.putDocument(article('a', 'Shelling in Kharkiv', BODY), OPTS);
      await store.putDocument(article('b', 'Quiet night', 'Nothing happened in Odesa; Kharkiv was mentioned once.'), OPTS);
      const hits = await store.search('kharkiv');
      expect(hits.map((h) => h.id)).toEqual(['a', 'b']);
      expect(hits[1]!.snippet).toContain('[Kharkiv]');
    });

    it('search finds a word that is only in the title, with the title as snippet', async () => {
      await store.putDocument(article('a', 'Zaporizhzhia update', BODY), OPTS);
      const hits = await store.search('zaporizhzhia');
      expect(hits.map((h) => h.id)).toEqual(['a']);
      expect(hits[0]!.snippet).toContain('[Zaporizhzhia]');
    });

    it('lists documents with an outlet filter and paging', async () => {
      for (let i = 1; i <= 6; i++) await store.putDocument(sampleDocument(`d${i}`, i, 3), OPTS);
      const all = await store.listDocuments({ limit: 100 });
      expect(all.length).toBe(6);
      expect((await store.listDocuments({ limit: 2, offset: 2 })).map((d) => d.id)).toEqual(all.slice(2, 4).map((d) => d.id));
      const outlet = all[0]!.outlet!;
      const some = await store.listDocuments({ outlet });
      expect(some.length).toBe(all.filter((d) => d.outlet === outlet).length);
      expect(all.map((d) => d.published)).toEqual([...all.map((d) => d.published)].sort().reverse());
    });

    it('lists the documents without an outlet under the unknown-outlet name the statistics use', async () => {
      const bare = sampleDocument('bare', 7, 3);
      bare.outlet = null;
      await store.putDocument(bare, OPTS);
      await store.putDocument(sampleDocument('named', 8, 3), OPTS);
      expect((await store.listDocuments({ outlet: UNKNOWN_OUTLET })).map((d) => d.id)).toEqual(['bare']);
      expect(await store.countDocuments({ outlet: UNKNOWN_OUTLET })).toBe(1);
      expect((await store.outletDocumentCounts()).find((o) => o.outlet === UNKNOWN_OUTLET)?.documents).toBe(1);
    });

    it('groups entities by canonical id with counts, filtered by type', async () => {
      const a = sampleDocument('a', 1, 8);
      const b = sampleDocument('b', 2, 8);
      await store.putDocument(a, OPTS);
      await store.putDocument(b, OPTS);
      const people = await store.listEntities({ type: 'PERSON' });
      expect(people.every((e) => e.type === 'PERSON')).toBe(true);
      const expected = new Map<string, number>();
      for (const e of [...a.entities, ...b.entities]) if (e.type === 'PERSON') expected.set(e.id, (expected.get(e.id) ?? 0) + 1);
      expect(new Map(people.map((e) => [e.id, e.mentions]))).toEqual(expected);
      expect(people[0]!.mentions).toBeGreaterThanOrEqual(people[people.length - 1]!.mentions);
    });

    it('finds every mention of an entity by id, name or surface text, with its sentence', async () => {
      const a = sampleDocument('a', 1, 8);
      await store.putDocument(a, OPTS);
      const target = a.entities.find((e) => e.type === 'PERSON')!;
      const expected = a.entities.filter((e) => e.id === target.id).length;
      for (const q of [target.id, target.name, target.name.toUpperCase()]) {
        const rows = await store.entityMentions(q);
        expect(rows.length).toBe(expected);
        for (const r of rows) {
          expect(a.text.slice(r.start, r.end)).toBe(r.text);
          expect(r.sentence.text).toBe(a.text.slice(r.sentence.start, r.sentence.end));
          expect(r.sentence.start <= r.start && r.end <= r.sentence.end).toBe(true);
          expect(r.sentence.text).toContain('soldiers were killed');
        }
      }
      expect(await store.entityMentions('Nobody Atall')).toEqual([]);
    });

    it('falls back to the line when a document has no sentence layer', async () => {
      const doc = article('a', 'Title', 'First line about Kyiv.\nSecond line.');
      const start = doc.text.indexOf('Kyiv');
      doc.entities.push({ start, end: start + 4, text: 'Kyiv', type: 'PLACE', id: 'place:kyiv', name: 'Kyiv' });
      await store.putDocument(doc, OPTS);
      expect((await store.entityMentions('kyiv'))[0]!.sentence.text).toBe('First line about Kyiv.');
    });

    it('lists places, figures and claims with their filters', async () => {
      const a = sampleDocument('a', 1, 12);
      await store.putDocument(a, OPTS);
      const places = await store.listPlaces();
      expect(places.reduce((n, p) => n + p.mentions, 0)).toBe(a.places.length);
      expect((await store.listFigures({ category: 'killed' })).length).toBe(a.figures.length);
      expect((await store.listFigures({ category: 'wounded' })).length).toBe(0);
      expect((await store.listFigures({ about: 'RU' })).length).toBe(a.figures.filter((f) => f.about === 'RU').length);
      expect((await store.listClaims()).length).toBe(a.claims.length);
      expect((await store.listClaims({ side: 'RU' })).length).toBe(a.claims.filter((c) => c.side === 'RU').length);
      expect((await store.listClaims({ hedged: true })).length).toBe(a.claims.filter((c) => c.hedged).length);
      expect((await store.listClaims({ denial: true })).length).toBe(a.claims.filter((c) => c.denial).length);
      expect((await store.listClaims({ category: 'killed' })).length).toBe(a.claims.length);
      const src = a.claims[0]!.source!;
      expect((await store.listClaims({ source: src.name.split(' ')[1]!.toLowerCase() })).length).toBe(
        a.claims.filter((c) => c.source?.name === src.name).length,
      );
      const place = a.places[0]!.name;
      const about = await store.listClaims({ about: place.toLowerCase() });
      expect(about.length).toBe(a.claims.filter((c) => c.placeNames?.includes(place)).length);
      for (const c of about) expect(c.text).toContain(place);
      const row = (await store.listClaims())[0]!;
      expect(row).toMatchObject({ docId: 'a', idx: 0, text: a.claims[0]!.text, categories: ['killed'], sourceName: src.name, cue: a.claims[0]!.cue!.text });
    });

    it('finds claims about an entity mentioned inside the content even without entityIds', async () => {
      const doc = article('a', 'T', 'Officials said Vladimir Putin ordered the strike.');
      const s = doc.text.indexOf('Vladimir');
      const c = doc.text.indexOf('Vladimir Putin ordered');
      doc.entities.push({ start: s, end: s + 14, text: 'Vladimir Putin', type: 'PERSON', id: 'person:vladimir-putin', name: 'Vladimir Putin', side: 'RU' });
      doc.claims.push({ start: c, end: doc.text.length - 1, text: doc.text.slice(c, -1), source: null, cue: null, quote: 'indirect', side: 'ANON', hedged: false, denial: false });
      await store.putDocument(doc, OPTS);
      expect((await store.listClaims({ about: 'person:vladimir-putin' })).length).toBe(1);
      expect((await store.listClaims({ about: 'vladimir putin' })).length).toBe(1);
      expect((await store.listClaims({ about: 'Kyiv' })).length).toBe(0);
    });

    it('reports corpus statistics', async () => {
      for (let i = 1; i <= 4; i++) await store.putDocument(sampleDocument(`d${i}`, i, 4), OPTS);
      const s = await store.stats();
      expect(s.documents).toBe(4);
      expect(s.claims).toBe(16);
      expect(Object.values(s.claimsBySide).reduce((a, b) => a + b, 0)).toBe(16);
      expect(s.firstPublished! <= s.lastPublished!).toBe(true);
      expect(s.languages).toEqual({ en: 4 });
    });

    it('commits a transaction as a whole and rolls back everything when it throws', async () => {
      await store.transaction(async () => {
        await store.putDocument(sampleDocument('t1', 1), OPTS);
        await store.putDocument(sampleDocument('t2', 2), OPTS);
      });
      expect((await store.stats()).documents).toBe(2);
      await expect(
        store.transaction(async () => {
          await store.putDocument(sampleDocument('t3', 3), OPTS);
          await store.putDocument(sampleDocument('t1', 9), OPTS);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      const s = await store.stats();
      expect(s.documents).toBe(2);
      expect(s.claims).toBe(sampleDocument('t1', 1).claims.length * 2);
      expect(await store.getDocument('t3')).toBeNull();
      expect(await store.getDocument('t1')).toEqual(sampleDocument('t1', 1));
      expect(await store.search('"seed 3"')).toEqual([]);
    });

    it('streams every document in ingestion order, page by page, or only the ids asked for', async () => {
      for (let i = 1; i <= 5; i++) await store.putDocument(sampleDocument(`s${i}`, i, 2), OPTS);
      const ids: string[] = [];
      for await (const d of store.streamDocuments({ pageSize: 2 })) ids.push(d.id);
      expect(ids).toEqual(['s1', 's2', 's3', 's4', 's5']);
      const some: string[] = [];
      for await (const d of store.streamDocuments({ ids: ['s4', 'missing', 's2'] })) some.push(d.id);
      expect(some).toEqual(['s4', 's2']);
      expect((await store.documentIdsInWindow('2022-03-03', '2022-03-04', false)).sort()).toEqual(['s2', 's3']);
      const undated = article('u', 'Undated', 'No date on this one.');
      await store.putDocument(undated, OPTS);
      expect(await store.documentIdsInWindow('9999-12-31', '0000-01-01', true)).toEqual(['u']);
    });

    it('replaces and lists stories, whole or within a scope', async () => {
      for (let i = 1; i <= 3; i++) await store.putDocument(sampleDocument(`s${i}`, i, 2), OPTS);
      await store.replaceStories([
        { id: 'story:s1', first: '2022-03-02', last: '2022-03-03', label: ['kyiv', 'p:kyiv'], docIds: ['s1', 's2'] },
        { id: 'story:s3', first: '2022-03-04', last: '2022-03-04', label: ['odesa'], docIds: ['s3'] },
      ]);
      const stories = await store.listStories();
      expect(stories.map((s) => [s.id, s.size])).toEqual([['story:s1', 2], ['story:s3', 1]]);
      expect(stories[0]!.members.map((m) => m.docId)).toEqual(['s1', 's2']);
      expect(stories[0]!.members[0]!.title).toBe(sampleDocument('s1', 1, 2).title);
      expect(stories[0]!.label).toEqual(['kyiv', 'p:kyiv']);
      expect((await store.storyClosure(['s2'])).sort()).toEqual(['s1', 's2']);
      await store.replaceStories([{ id: 'story:s2', first: null, last: null, label: [], docIds: ['s2'] }, { id: 'story:s1', first: null, last: null, label: [], docIds: ['s1'] }], ['s1', 's2']);
      expect((await store.listStories()).map((s) => s.id).sort()).toEqual(['story:s1', 'story:s2', 'story:s3']);
      await store.replaceStories([]);
      expect(await store.listStories()).toEqual([]);
    });

    it('replaces, lists and shows claim clusters with verdicts; outlet statistics follow', async () => {
      const a = sampleDocument('a', 1, 3);
      const b = sampleDocument('b', 2, 3);
      await store.putDocument(a, OPTS);
      await store.putDocument(b, OPTS);
      const verdict = (label: ClaimClusterRecord['verdict']['label'], score: number): ClaimClusterRecord['verdict'] => ({
        label, reasons: [`${label} because`], score, independentOrigins: 1, firstAppearance: { docId: 'a', claimId: 'a#0', outlet: a.outlet, published: a.published }, detail: { origins: [] },
      });
      const clusters: ClaimClusterRecord[] = [
        { id: 'cc:a#0', key: 'k', categories: ['killed'], first: '2022-03-01', last: '2022-03-02', sides: [a.claims[0]!.side], outlets: [a.outlet!], members: [{ docId: 'a', claimIdx: 0, contradictedLater: true }, { docId: 'b', claimIdx: 0, contradictedLater: false }], verdict: verdict('contested', 0.5) },
        { id: 'cc:a#1', key: null, categories: [], first: null, last: null, sides: [], outlets: [], members: [{ docId: 'a', claimIdx: 1, contradictedLater: false }], verdict: verdict('single-origin', 1) },
        { id: 'cc:b#1', key: null, categories: [], first: null, last: null, sides: [], outlets: [], members: [{ docId: 'b', claimIdx: 1, contradictedLater: false }], verdict: verdict('corroborated', 2) },
      ];
      await store.replaceClaimClusters(clusters);
      expect((await store.listClaimClusters()).map((c) => c.id)).toEqual(['cc:b#1', 'cc:a#1', 'cc:a#0']);
      expect((await store.listClaimClusters({ verdict: 'contested' })).map((c) => [c.id, c.size, c.text])).toEqual([['cc:a#0', 2, a.claims[0]!.text]]);
      expect((await store.listClaimClusters({ category: 'KILLED' })).map((c) => c.id)).toEqual(['cc:a#0']);
      const detail = await store.getClaimCluster('cc:a#0');
      expect(detail?.verdict).toEqual(clusters[0]!.verdict);
      expect(detail?.members.map((m) => [m.docId, m.idx, m.text, m.contradictedLater])).toEqual([['a', 0, a.claims[0]!.text, true], ['b', 0, b.claims[0]!.text, false]]);
      expect(await store.getClaimCluster('cc:none')).toBeNull();
      expect(await store.clusterClosure(['b'])).toEqual(['a#0', 'b#0', 'b#1', 'b#2']);
      expect((await store.clusterMemberships(['a'])).map((m) => [m.claimIdx, m.clusterId, m.verdict])).toEqual([[0, 'cc:a#0', 'contested'], [1, 'cc:a#1', 'single-origin']]);
      const stats = await store.outletStats();
      expect(stats.reduce((n, o) => n + o.claims, 0)).toBe(6);
      expect(stats.reduce((n, o) => n + o.laterContradicted, 0)).toBe(1);
      expect(stats.reduce((n, o) => n + o.singleOrigin, 0)).toBe(1);
      await store.replaceClaimClusters([{ ...clusters[1]!, id: 'cc:new', members: [{ docId: 'a', claimIdx: 1, contradictedLater: false }] }], ['a#1']);
      expect((await store.listClaimClusters()).map((c) => c.id).sort()).toEqual(['cc:a#0', 'cc:b#1', 'cc:new']);
    });

    it('lists duplicate links and counts syndication partners per outlet', async () => {
      const orig = article('orig', 'Shelling in Kharkiv', BODY);
      orig.outlet = 'origin.example';
      const copy = article('copy', 'SHELLING IN KHARKIV', BODY);
      copy.outlet = 'copier.example';
      await store.putDocument(orig, OPTS);
      await store.putDocument(copy, OPTS);
      expect(await store.listDuplicates()).toEqual([{ docId: 'copy', originalId: 'orig', kind: 'exact', similarity: 1 }]);
      const stats = await store.outletStats();
      expect(stats.find((o) => o.outlet === 'copier.example')?.syndication).toEqual([{ outlet: 'origin.example', from: 1, to: 0 }]);
      expect(stats.find((o) => o.outlet === 'origin.example')?.syndication).toEqual([{ outlet: 'copier.example', from: 0, to: 1 }]);
    });

    it('pages claims with every filter and sort, each with its cluster, verdict, places and entities; counts them with a cap', async () => {
      const a = sampleDocument('a', 1, 8);
      const b = sampleDocument('b', 5, 8);
      await store.putDocument(a, OPTS);
      await store.putDocument(b, OPTS);
      const all = [...a.claims.map((c, idx) => ({ d: a, c, idx })), ...b.claims.map((c, idx) => ({ d: b, c, idx }))];
      expect(await store.countClaims()).toBe(all.length);
      expect(await store.countClaims({}, { cap: 3 })).toBe(3);
      const rows = await store.queryClaims({}, { limit: 100 });
      expect(rows).toHaveLength(all.length);
      // Newest first by default (b is published later than a), then claims in reverse order within a document.
      expect(rows.map((r) => `${r.docId}#${r.idx}`)).toEqual([...b.claims.map((_, i) => `b#${b.claims.length - 1 - i}`), ...a.claims.map((_, i) => `a#${a.claims.length - 1 - i}`)]);
      const asc = await store.queryClaims({}, { order: 'asc', limit: 100 });
      expect(asc.map((r) => `${r.docId}#${r.idx}`)).toEqual([...rows].reverse().map((r) => `${r.docId}#${r.idx}`));
      expect((await store.queryClaims({}, { limit: 3, offset: 2 })).map((r) => r.idx)).toEqual(rows.slice(2, 5).map((r) => r.idx));
      const bySide = await store.queryClaims({}, { sort: 'side', limit: 100 });
      expect(bySide.map((r) => r.side)).toEqual(all.map((x) => x.c.side).sort());
      const first = rows.find((r) => r.docId === 'a' && r.idx === 0)!;
      expect(first).toMatchObject({ clusterId: null, verdict: null, places: [a.claims[0]!.placeNames![0]], text: a.claims[0]!.text, outlet: a.outlet });
      const cases: Array<[Parameters<Store['queryClaims']>[0], (x: (typeof all)[number]) => boolean]> = [
        [{ side: 'RU' }, (x) => x.c.side === 'RU'],
        [{ hedged: true, denial: false }, (x) => x.c.hedged && !x.c.denial],
        [{ place: 'kyiv' }, (x) => x.c.placeNames!.includes('Kyiv')],
        [{ place: 'Kyiv', lat: 50.45, lon: 30.52 }, (x) => x.c.placeNames!.includes('Kyiv')],
        [{ place: 'Kyiv', lat: 1, lon: 1 }, () => false],
        [{ sourceEntity: 'person:vladimir-putin' }, (x) => x.c.source?.entityId === 'person:vladimir-putin'],
        [{ from: b.published!, to: b.published! }, (x) => x.d === b],
        [{ to: a.published! }, (x) => x.d === a],
        [{ q: '"seed 5"' }, (x) => x.d === b],
        [{ q: 'Mariupol' }, (x) => x.c.text.includes('Mariupol')],
        [{ q: '""' }, () => false],
        [{ category: 'KILLED', side: 'UA' }, (x) => x.c.side === 'UA'],
      ];
      const key = (r: { docId: string; idx: number }): string => `${r.docId}#${r.idx}`;
      for (const [filter, holds] of cases) {
        const want = all.filter(holds).map((x) => `${x.d.id}#${x.idx}`).sort();
        const got = (await store.queryClaims(filter, { limit: 100 })).map(key);
        expect([...got].sort(), JSON.stringify(filter)).toEqual(want);
        expect(await store.countClaims(filter), JSON.stringify(filter)).toBe(want.length);
        // Whichever index answers the filter, the page keeps the date order of the unfiltered list, both ways.
        const wanted = new Set(want);
        expect(got, JSON.stringify(filter)).toEqual(rows.map(key).filter((k) => wanted.has(k)));
        const gotAsc = (await store.queryClaims(filter, { order: 'asc', limit: 100 })).map(key);
        expect(gotAsc, JSON.stringify(filter)).toEqual([...got].reverse());
      }
      const person = a.entities.find((e) => e.type === 'PLACE')!;
      const withEntity = await store.queryClaims({ entity: person.id }, { limit: 100 });
      expect(withEntity.length).toBeGreaterThan(0);
      for (const r of withEntity) expect(r.entities).toContain(person.id);
      await store.replaceClaimClusters([
        {
          id: 'cc:a#0', key: null, categories: [], first: null, last: null, sides: [], outlets: [],
          members: [{ docId: 'a', claimIdx: 0, contradictedLater: false }, { docId: 'b', claimIdx: 0, contradictedLater: false }],
          verdict: { label: 'denied', reasons: [], score: 1, independentOrigins: 2, firstAppearance: null, detail: null },
        },
      ]);
      const denied = await store.queryClaims({ verdict: 'denied' }, { limit: 100 });
      expect(denied.map((r) => [r.docId, r.idx, r.clusterId, r.verdict])).toEqual([['b', 0, 'cc:a#0', 'denied'], ['a', 0, 'cc:a#0', 'denied']]);
      expect((await store.queryClaims({}, { sort: 'verdict', order: 'desc', limit: 2 })).map((r) => r.verdict)).toEqual(['denied', 'denied']);
      // A document's new publication date moves its claims.
      const moved = structuredClone(a);
      moved.published = '2023-01-01';
      expect((await store.putDocument(moved, { ...OPTS, pipelineVersion: '0.2.0' })).status).toBe('updated');
      expect(await store.countClaims({ from: '2023-01-01' })).toBe(a.claims.length);
    });

    it('counts and pages documents, searches and figures; finds entities, duplicates and categories', async () => {
      for (let i = 1; i <= 3; i++) await store.putDocument(sampleDocument(`d${i}`, i, 4), OPTS);
      const copy = sampleDocument('d1', 1, 4);
      copy.id = 'copy';
      await store.putDocument(copy, OPTS);
      expect(await store.countDocuments()).toBe(4);
      expect(await store.countDocuments({ cap: 2 })).toBe(2);
      const outlet = copy.outlet!;
      expect(await store.countDocuments({ outlet: outlet.toUpperCase() })).toBe((await store.listDocuments({ outlet })).length);
      expect((await store.listDocuments({ q: '"seed 2"' })).map((d) => d.id)).toEqual(['d2']);
      expect(await store.countDocuments({ q: '"seed 2"' })).toBe(1);
      expect(await store.countDocuments({ q: '-' })).toBe(0);
      expect(await store.countSearch('soldiers')).toBe(4);
      expect(await store.countSearch('soldiers', { cap: 1 })).toBe(1);
      const hits = await store.search('soldiers');
      expect((await store.search('soldiers', { limit: 2, offset: 1 })).map((h) => h.id)).toEqual(hits.slice(1, 3).map((h) => h.id));
      expect(await store.getDuplicate('copy')).toEqual({ docId: 'copy', originalId: 'd1', kind: 'exact', similarity: 1 });
      expect(await store.getDuplicate('d1')).toBeNull();
      const counts = await store.outletDocumentCounts();
      expect(counts.reduce((n, o) => n + o.documents, 0)).toBe(4);
      const figures = await store.listFigures({ category: 'killed' });
      expect(await store.countFigures({ category: 'KILLED' })).toBe(figures.length);
      expect((await store.listFigures({ category: 'killed', limit: 2, offset: 1 })).map((f) => f.text)).toEqual(figures.slice(1, 3).map((f) => f.text));
      expect(await store.figureCategories()).toEqual([{ category: 'killed', figures: figures.length }]);
      const putin = await store.getEntity('person:vladimir-putin');
      const listed = (await store.listEntities({ limit: 100 })).find((e) => e.id === 'person:vladimir-putin');
      expect(putin).toEqual(listed);
      expect(await store.getEntity('vladimir putin')).toEqual(listed);
      expect(await store.getEntity('nobody')).toBeNull();
    });

    it('lists places with their claims, within a date window', async () => {
      const a = sampleDocument('a', 1, 8);
      const b = sampleDocument('b', 5, 8);
      await store.putDocument(a, OPTS);
      await store.putDocument(b, OPTS);
      const stats = await store.listPlaceStats();
      expect(stats.reduce((n, p) => n + p.mentions, 0)).toBe(a.places.length + b.places.length);
      expect(stats.reduce((n, p) => n + p.claims, 0)).toBe(a.claims.length + b.claims.length);
      for (let i = 1; i < stats.length; i++) expect(stats[i - 1]!.claims).toBeGreaterThanOrEqual(stats[i]!.claims);
      const only = await store.listPlaceStats({ from: b.published!, to: b.published! });
      expect(only.reduce((n, p) => n + p.claims, 0)).toBe(b.claims.length);
      for (const p of only) expect([p.first, p.last]).toEqual([b.published, b.published]);
      expect(await store.listPlaceStats({ from: '2030-01-01' })).toEqual([]);
    });

    it('pages and counts stories (largest or latest first) and claim clusters; the generation moves on every write', async () => {
      const g0 = await store.generation();
      expect(await store.generation()).toBe(g0);
      await store.putDocument(sampleDocument('a', 1, 3), OPTS);
      const g1 = await store.generation();
      expect(g1).not.toBe(g0);
      await store.replaceStories([
        { id: 's1', first: '2022-03-01', last: '2022-03-02', label: ['x'], docIds: ['a', 'b'] },
        { id: 's2', first: '2022-03-05', last: '2022-03-09', label: ['y'], docIds: ['c'] },
        { id: 's3', first: null, last: null, label: [], docIds: ['d'] },
      ]);
      expect(await store.generation()).not.toBe(g1);
      expect(await store.countStories()).toBe(3);
      expect((await store.listStories({ sort: 'latest' })).map((s) => s.id)).toEqual(['s2', 's1', 's3']);
      expect((await store.listStories({ limit: 1, offset: 1 })).map((s) => s.id)).toEqual(['s2']);
      expect((await store.listStories({ limit: 1, maxMembers: 1 }))[0]).toMatchObject({ id: 's1', size: 2, members: [{ docId: 'a' }] });
      const v = { reasons: [], independentOrigins: 1, firstAppearance: null, detail: null };
      await store.replaceClaimClusters([
        { id: 'c1', key: null, categories: ['killed'], first: null, last: null, sides: [], outlets: [], members: [{ docId: 'a', claimIdx: 0, contradictedLater: false }], verdict: { ...v, label: 'contested', score: 3 } },
        { id: 'c2', key: null, categories: [], first: null, last: null, sides: [], outlets: [], members: [{ docId: 'a', claimIdx: 1, contradictedLater: false }], verdict: { ...v, label: 'contested', score: 2 } },
        { id: 'c3', key: null, categories: [], first: null, last: null, sides: [], outlets: [], members: [{ docId: 'a', claimIdx: 2, contradictedLater: false }], verdict: { ...v, label: 'corroborated', score: 1 } },
      ]);
      expect(await store.countClaimClusters()).toBe(3);
      expect(await store.countClaimClusters({ verdict: 'contested' })).toBe(2);
      expect(await store.countClaimClusters({ category: 'killed' })).toBe(1);
      expect((await store.listClaimClusters({ limit: 1, offset: 1 })).map((c) => c.id)).toEqual(['c2']);
    });

    it('leaves nothing of a document whose layers cannot be stored', async () => {
      const bad = sampleDocument('bad', 1);
      (bad.claims[3] as unknown as { side: null }).side = null;
      await expect(store.putDocument(bad, OPTS)).rejects.toThrow(/E301/);
      const s = await store.stats();
      expect(s.documents + s.claims + s.entities).toBe(0);
      expect(await store.search('soldiers')).toEqual([]);
    });
  });
}
