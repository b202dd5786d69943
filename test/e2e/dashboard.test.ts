/**
 * @module End-to-end tests of the dashboard in a real browser: the seeds and a hostile page are ingested through the
 * CLI, served by the real app, and every view is opened in Debian's Chromium (playwright-core). Each test checks what a
 * user sees against the API's own answers and leaves a screenshot in `test-output/e2e/<view>.png`. The hostile page
 * must stay inert: no dialog, no request beyond the server, no script of its own run, its tag-like text shown as text.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type {
  ClaimClusterDetail,
  ClaimClusterSummary,
  ClaimListItem,
  DocumentListItem,
  EntitySummary,
  OutletStats,
  Overview,
  Page as ApiPage,
  PlaceListItem,
  TimelineView,
  CategoryCount,
} from '../../src/apps/server/api-types.js';
import { assertRunnable, launchChromium, screenshotPath, skipReason, startDashboard, type Dashboard } from './harness.js';

/** Longest wait for something to appear on a page (ms); generous for 2 busy cores. */
const UI_TIMEOUT_MS = 15_000;
/** The hostile article's headline (see test/fixtures/malicious/). */
const HOSTILE_TITLE = 'Grain convoy reaches river port after night of shelling';
/** Text of the hostile article that looks like a script tag and must be shown as text. */
const TAG_LIKE_TEXT = "<script>alert('xss')</script>";
/** Nav link labels of the dashboard's header. */
const NAV_LABELS = ['Overview', 'Documents', 'Claims', 'Clusters', 'Timelines', 'Map', 'Entities', 'Outlets'];
/** Most Tab presses tried while looking for the navigation links. */
const MAX_TABS = 20;
/** The places the seeds report from, each of which must have a marker on the map. */
const MAP_PLACES = ['Mariupol', 'Kyiv'];

const reason = skipReason();

/** What the browser did that a page must never make it do, collected over the whole run. */
interface Incidents {
  dialogs: string[];
  outsideRequests: string[];
  pageErrors: string[];
}

/** Installed before any page script: records CSP violations where the test can read them. */
const CSP_RECORDER = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
`;

describe.skipIf(reason !== null)(`dashboard in Chromium${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let dash: Dashboard;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const incidents: Incidents = { dialogs: [], outsideRequests: [], pageErrors: [] };

  beforeAll(async () => {
    assertRunnable();
    dash = await startDashboard();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript({ content: CSP_RECORDER });
    context.on('dialog', (d) => {
      incidents.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    context.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(`${dash.origin}/`) && url !== dash.origin) incidents.outsideRequests.push(url);
    });
    context.on('weberror', (e) => incidents.pageErrors.push(e.error().message));
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await dash?.close();
  });

  /** Opens a dashboard path and waits until its main content has rendered something other than a loading state. */
  async function open(path: string): Promise<void> {
    await page.goto(dash.origin + path, { waitUntil: 'domcontentloaded', timeout: UI_TIMEOUT_MS });
    await page.locator('main#main').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await page.waitForFunction(() => document.querySelectorAll('main [data-testid="loading"]').length === 0, undefined, { timeout: UI_TIMEOUT_MS });
  }

  /** Fails when the view shows an error box. */
  async function expectNoError(view: string): Promise<void> {
    const errors = await page.locator('main [data-testid="error"]').allInnerTexts();
    expect(errors, `${view} shows an error`).toEqual([]);
  }

  async function screenshot(view: string): Promise<void> {
    await page.evaluate(() => window.scrollTo(0, 0)); // so the sticky header sits at the top of the full-page image
    await page.screenshot({ path: screenshotPath(view), fullPage: true });
  }

  /** The hostile document's id, found through the API by its headline. */
  async function hostileId(): Promise<string> {
    const docs = await dash.api<ApiPage<DocumentListItem>>('/api/documents?limit=500');
    const hit = docs.items.find((d) => d.title === HOSTILE_TITLE);
    if (!hit) throw new Error(`the hostile fixture "${HOSTILE_TITLE}" is not among the stored documents`);
    return hit.id;
  }

  it('serves the dashboard with a Content-Security-Policy that allows only its own scripts', async () => {
    const res = await fetch(`${dash.origin}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(await res.text()).toContain('<div id="root">');
  });

  it('overview: shows the document count the API reports and a bar per side quoted', async () => {
    const overview = await dash.api<Overview>('/api/overview');
    expect(overview.stats.documents).toBeGreaterThanOrEqual(6); // five seeds and the hostile page
    await open('/');
    const stats = page.getByTestId('overview-stats');
    await stats.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    const documents = stats.locator('.stat').filter({ hasText: 'Documents' }).locator('dd');
    expect((await documents.innerText()).trim()).toBe(overview.stats.documents.toLocaleString('en'));
    const chart = page.getByTestId('sides-chart');
    await chart.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    const chartText = await chart.textContent();
    for (const side of Object.keys(overview.sidesQuoted)) expect(chartText).toContain(side);
    await expectNoError('overview');
    await screenshot('overview');
  });

  it("article X-ray: a claim's source and side badge sit next to its sentence", async () => {
    const hostile = await hostileId();
    const claims = await dash.api<ApiPage<ClaimListItem>>('/api/claims?limit=500');
    const claim = claims.items.find((c) => c.docId !== hostile && c.sourceName && c.sourceSide && c.side !== 'OUTLET');
    if (!claim) throw new Error('no claim with a named source in the seeds');
    await open(`/documents/${encodeURIComponent(claim.docId)}`);
    const note = page.locator(`[data-testid="xray-claim-note"][data-claim-idx="${claim.idx}"]`);
    await note.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    expect(await note.getByTestId('claim-source').innerText()).toContain(claim.sourceName);
    const badge = note.getByTestId('claim-side').first();
    expect(await badge.getAttribute('data-side')).toBe(claim.side);
    expect((await badge.innerText()).trim()).toBe(claim.side);
    // The note shares its row with the paragraph holding the claim's words, and sits beside it on screen.
    const row = note.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " xray-row ")][1]');
    const para = row.getByTestId('xray-para');
    const paraText = (await para.innerText()).replace(/\s+/g, ' ');
    expect(paraText).toContain(claim.text.replace(/\s+/g, ' ').slice(0, 60));
    expect(await row.locator(`[data-claim="${claim.idx}"]`).count()).toBeGreaterThan(0);
    const [pb, nb] = [await para.boundingBox(), await note.boundingBox()];
    expect(pb && nb).toBeTruthy();
    expect(nb!.y).toBeLessThan(pb!.y + pb!.height); // vertically alongside the paragraph
    expect(nb!.y + nb!.height).toBeGreaterThan(pb!.y);
    await expectNoError('xray');
    await screenshot('xray');
  });

  it('claims explorer: choosing a side puts it in the URL, every row shows that side, and a reload keeps the filter', async () => {
    const overview = await dash.api<Overview>('/api/overview');
    const total = (await dash.api<ApiPage<ClaimListItem>>('/api/claims?limit=1')).total;
    const side = Object.entries(overview.sidesQuoted)
      .filter(([, n]) => n > 0 && n < total)
      .sort((a, b) => a[1] - b[1])[0]?.[0];
    if (!side) throw new Error('the seeds quote fewer than two sides');
    const expected = (await dash.api<ApiPage<ClaimListItem>>(`/api/claims?side=${side}&limit=1`)).total;
    await open('/claims');
    await page.getByTestId('claim-count').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await page.getByTestId('filter-side').selectOption(side);
    await page.waitForURL((u) => u.searchParams.get('side') === side, { timeout: UI_TIMEOUT_MS });
    const countText = `${expected.toLocaleString('en')} claim${expected === 1 ? '' : 's'}`;
    await expect.poll(() => page.getByTestId('claim-count').innerText(), { timeout: UI_TIMEOUT_MS }).toBe(countText);
    const checkRows = async (): Promise<void> => {
      const rows = page.getByTestId('claim-row');
      const n = await rows.count();
      expect(n).toBe(Math.min(expected, 50));
      for (let i = 0; i < n; i++) {
        const row = rows.nth(i);
        expect(await row.getAttribute('data-side')).toBe(side);
        expect((await row.getByTestId('claim-side').first().innerText()).trim()).toBe(side);
      }
    };
    await checkRows();
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.getByTestId('claim-count').innerText(), { timeout: UI_TIMEOUT_MS }).toBe(countText);
    expect(await page.getByTestId('filter-side').inputValue()).toBe(side);
    await checkRows();
    await expectNoError('claims');
    await screenshot('claims');
  });

  it('cluster view: a claim reported by two seed articles shows both versions with their articles', async () => {
    const hostile = await hostileId();
    const list = await dash.api<ApiPage<ClaimClusterSummary>>('/api/clusters?limit=500');
    let chosen: ClaimClusterDetail | null = null;
    for (const c of list.items.filter((s) => s.size >= 2)) {
      const detail = await dash.api<ClaimClusterDetail>(`/api/clusters/${encodeURIComponent(c.id)}`);
      const docs = new Set(detail.members.map((m) => m.docId));
      if (docs.size >= 2 && !docs.has(hostile)) {
        chosen = detail;
        break;
      }
    }
    if (!chosen) throw new Error('no claim cluster spans two seed documents');
    await open(`/clusters/${encodeURIComponent(chosen.id)}`);
    const versions = page.getByTestId('cluster-version');
    await versions.first().waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    expect(await versions.count()).toBe(chosen.members.length);
    const hrefs = await versions.locator('a.version-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(new Set(hrefs).size).toBeGreaterThanOrEqual(2);
    const memberDocs = new Set(chosen.members.map((m) => `/documents/${encodeURIComponent(m.docId)}`));
    for (const h of hrefs) expect(memberDocs.has(h)).toBe(true);
    expect(await page.getByTestId('cluster-verdict').getByTestId('verdict-badge').getAttribute('data-verdict')).toBe(chosen.verdict.label);
    await expectNoError('cluster');
    await screenshot('cluster');
  });

  it('map: has markers for Mariupol and Kyiv, with no tile server', async () => {
    const places = await dash.api<ApiPage<PlaceListItem>>('/api/places?limit=500');
    for (const name of MAP_PLACES) expect(places.items.map((p) => p.name)).toContain(name);
    await open('/map');
    for (const name of MAP_PLACES) {
      const marker = page.locator(`[data-testid="map-marker"][title="${name}"]`).first();
      await marker.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
      expect(await marker.getAttribute('data-place')).toBe(name);
    }
    expect(await page.getByTestId('map-marker').count()).toBe(places.items.length);
    await expectNoError('map');
    await screenshot('map');
  });

  it('timeline: lists the figures of the first category as the API does', async () => {
    const cats = await dash.api<CategoryCount[]>('/api/figures/categories');
    expect(cats.length).toBeGreaterThan(0);
    const tl = await dash.api<TimelineView>(`/api/timeline?category=${encodeURIComponent(cats[0]!.category)}`);
    await open('/timeline');
    await page.getByTestId('timeline-category').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    expect(await page.getByTestId('timeline-category').inputValue()).toBe(cats[0]!.category);
    await expect.poll(() => page.getByTestId('timeline-row').count(), { timeout: UI_TIMEOUT_MS }).toBe(tl.points.length);
    await expectNoError('timeline');
    await screenshot('timeline');
  });

  it('entity page: shows the most mentioned entity with its mentions', async () => {
    const entities = await dash.api<ApiPage<EntitySummary>>('/api/entities?limit=50');
    const top = [...entities.items].sort((a, b) => b.mentions - a.mentions)[0];
    if (!top) throw new Error('no entities in the seeds');
    await open(`/entities/${encodeURIComponent(top.id)}`);
    await page.locator('main h1').filter({ hasText: top.name }).waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await page.getByTestId('entity-mentions').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    expect(await page.getByTestId('entity-mentions').locator('li').count()).toBeGreaterThan(0);
    await expectNoError('entity');
    await screenshot('entity');
  });

  it("outlet page: shows a seed's outlet, its figures and its documents", async () => {
    const hostile = await hostileId();
    const docs = await dash.api<ApiPage<DocumentListItem>>('/api/documents?limit=500');
    const seedOutlets = new Set(docs.items.filter((d) => d.id !== hostile && d.outlet).map((d) => d.outlet));
    const outlets = await dash.api<ApiPage<OutletStats>>('/api/outlets?limit=50');
    const top = [...outlets.items].filter((o) => seedOutlets.has(o.outlet)).sort((a, b) => b.claims - a.claims)[0];
    if (!top) throw new Error('no seed names its outlet');
    await open(`/outlets/${encodeURIComponent(top.outlet)}`);
    await page.getByTestId('outlet-stats').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    expect(await page.locator('main h1').innerText()).toContain(top.outlet);
    await expect.poll(() => page.getByTestId('outlet-documents').locator('li').count(), { timeout: UI_TIMEOUT_MS }).toBeGreaterThan(0);
    await expectNoError('outlet');
    await screenshot('outlet');
  });

  it('list views: documents, entities and outlets show the API\'s first page in its order, counts in number columns', async () => {
    const lists: Array<{ path: string; api: string; table: string; row: string; first: (item: Record<string, unknown>) => string }> = [
      { path: '/documents', api: '/api/documents?limit=25', table: 'documents-table', row: 'document-row', first: (d) => String(d.title ?? d.id) },
      { path: '/entities', api: '/api/entities?limit=50', table: 'entities-table', row: 'entity-row', first: (e) => String(e.name) },
      { path: '/outlets', api: '/api/outlets?limit=50', table: 'outlets-table', row: 'outlet-row', first: (o) => String(o.outlet) },
    ];
    for (const l of lists) {
      const want = await dash.api<ApiPage<Record<string, unknown>>>(l.api);
      expect(want.items.length, l.path).toBeGreaterThan(0);
      await open(l.path);
      await page.getByTestId(l.table).waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
      const rows = page.getByTestId(l.row);
      await expect.poll(() => rows.count(), { timeout: UI_TIMEOUT_MS }).toBe(want.items.length);
      const firstCells = await rows.evaluateAll((trs) => trs.map((tr) => (tr.querySelector('td')?.textContent ?? '').trim()));
      expect(firstCells.map((c, i) => c.startsWith(l.first(want.items[i]!))), l.path).toEqual(want.items.map(() => true));
      // Header and cells of a number column share its alignment class.
      const numericHeaders = await page.getByTestId(l.table).locator('th.num').count();
      if (l.path !== '/documents') expect(numericHeaders, l.path).toBeGreaterThan(0);
      expect(await rows.first().locator('td.num').count(), l.path).toBe(numericHeaders);
      await expectNoError(l.path.slice(1));
    }
    await screenshot('outlets-list');
  });

  it('keyboard: Tab reaches the skip link first, then every navigation link', async () => {
    await open('/');
    const reached: string[] = [];
    for (let i = 0; i < MAX_TABS && !NAV_LABELS.every((l) => reached.includes(`nav:${l}`)); i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return '';
          if (el.classList.contains('skip-link')) return 'skip';
          if (el.closest('nav[aria-label="Main"]')) return `nav:${el.textContent?.trim() ?? ''}`;
          return el.tagName.toLowerCase();
        }),
      );
    }
    expect(reached[0]).toBe('skip');
    for (const l of NAV_LABELS) expect(reached).toContain(`nav:${l}`);
    // From a fresh page, the first Tab and Enter (the skip link) move focus into the main content.
    await open('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link') ?? false)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? ''), { timeout: UI_TIMEOUT_MS }).toBe('main');
    await screenshot('keyboard');
  });

  it('hostile page: its X-ray runs none of its code, requests nothing outside, and shows its tag-like text as text', async () => {
    const id = await hostileId();
    const before = { ...incidents, dialogs: [...incidents.dialogs], outsideRequests: [...incidents.outsideRequests], pageErrors: [...incidents.pageErrors] };
    await open(`/documents/${encodeURIComponent(id)}`);
    const text = page.getByTestId('xray-text');
    await text.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    // Its words are there, tag-like text included, as text: no element of the page came through.
    const shown = await text.innerText();
    expect(shown).toContain('A convoy of eleven grain lorries');
    expect(shown).toContain(TAG_LIKE_TEXT);
    expect(await text.locator('script, img, svg, iframe, object, embed, form, input, a[href^="http://127.0.0.1:9"]').count()).toBe(0);
    // Clicking where the page had onclick handlers does nothing either.
    await page.getByText('Drivers waited for six hours').first().click();
    await page.getByText('open the convoy timetable').first().click();
    const state = await page.evaluate(() => {
      const w = window as unknown as { __pwned?: unknown; __cspViolations?: string[] };
      const all = Array.from(document.querySelectorAll('*'));
      return {
        pwned: w.__pwned ?? null,
        bodyPwned: document.body.getAttribute('data-pwned'),
        title: document.title,
        path: window.location.pathname,
        csp: w.__cspViolations ?? [],
        javascriptHrefs: all.filter((e) => /^\s*javascript:/i.test(e.getAttribute('href') ?? '') || /^\s*javascript:/i.test(e.getAttribute('src') ?? '')).length,
        handlerAttributes: all.flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}.${a.name}`)),
        foreignScripts: Array.from(document.scripts).filter((s) => !s.src.startsWith(window.location.origin + '/')).map((s) => s.src || s.textContent?.slice(0, 60)),
        base: document.querySelector('base')?.getAttribute('href') ?? null,
      };
    });
    expect(state.pwned).toBeNull();
    expect(state.bodyPwned).toBeNull();
    expect(state.title).toBe(`${HOSTILE_TITLE} · Triangulate`);
    expect(state.path).toBe(`/documents/${encodeURIComponent(id)}`);
    expect(state.csp).toEqual([]);
    expect(state.javascriptHrefs).toBe(0);
    expect(state.handlerAttributes).toEqual([]);
    expect(state.foreignScripts).toEqual([]);
    expect(state.base).toBeNull();
    // The author field holds markup: it shows as text. The `javascript:` canonical URL is not kept as the page's address.
    const meta = await page.getByTestId('xray-meta').innerText();
    expect(meta).toContain('<img src=x onerror=alert(2)>');
    expect(meta).not.toContain('javascript:');
    expect(await page.getByTestId('xray-meta').locator('img, a[href^="javascript:"]').count()).toBe(0);
    expect(incidents.dialogs).toEqual(before.dialogs);
    expect(incidents.outsideRequests).toEqual(before.outsideRequests);
    expect(incidents.pageErrors).toEqual(before.pageErrors);
    await screenshot('hostile-xray');
  });

  it('no view opened a dialog, requested anything outside the server, or threw', () => {
    expect(incidents.dialogs).toEqual([]);
    expect(incidents.outsideRequests).toEqual([]);
    expect(incidents.pageErrors).toEqual([]);
  });
});
