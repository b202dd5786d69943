/** @module Test fixture of the API: a SQLite store in a temporary folder with sample documents and articles analysed by the real pipeline. */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { rebuildTriangulation } from '../../../corpus/triangulation/index.js';
import { sampleDocument } from '../../../storage/sample-docs.js';
import { openSqliteStore, type SqliteStore } from '../../../storage/sqlite/index.js';
import { ingestUpload, type Upload } from '../../queries/upload.js';
import { buildApp, type AppOptions } from '../app.js';

/** Articles written for these tests (not from any outlet), uploaded through the real pipeline. */
export const ARTICLES: readonly Upload[] = [
  {
    name: 'kharkiv.txt',
    outlet: 'Test Wire',
    published: '2022-03-08',
    url: 'https://example.org/kharkiv',
    content:
      'Shelling hits Kharkiv suburbs overnight\n\n' +
      'Russian forces shelled the northern suburbs of Kharkiv overnight, regional governor Oleh Synehubov said on Tuesday. ' +
      'At least 12 civilians were killed and 25 wounded, he said on Telegram.\n' +
      'The Russian Defence Ministry denied targeting residential areas, saying its strikes hit only military infrastructure near Kharkiv.\n' +
      'Ukrainian President Volodymyr Zelensky said the attack showed that Moscow was waging war on civilians. "They are shelling houses and schools," he said in a video address.\n',
  },
  {
    name: 'mariupol.html',
    outlet: 'Example Daily',
    published: '2022-03-09',
    content:
      '<html><head><title>Evacuation from Mariupol stalls again</title></head><body><article><h1>Evacuation from Mariupol stalls again</h1>' +
      '<p>An evacuation convoy failed to leave Mariupol for a second day, the city council said on Wednesday, accusing Russian troops of breaking a local ceasefire.</p>' +
      '<p>Deputy Prime Minister Iryna Vereshchuk said about 200,000 people were waiting to leave the city. Russian officials said Ukrainian units had blocked the humanitarian corridor.</p>' +
      '<p>The International Committee of the Red Cross said the situation in Mariupol was "apocalyptic" and urged both sides to agree on safe passage for civilians.</p>' +
      '</article></body></html>',
  },
];

/** Sample documents put directly (every layer filled, deterministic). */
export const SAMPLE_COUNT = 4;

/** A store with {@link SAMPLE_COUNT} sample documents, one exact copy, and {@link ARTICLES}; triangulated. */
export interface Fixture {
  dir: string;
  db: string;
  store: SqliteStore;
  app: FastifyInstance;
  /** Builds another app over the same store (other token or host). */
  appWith(options: Omit<AppOptions, 'store'>): Promise<FastifyInstance>;
  close(): Promise<void>;
}

/** Creates the fixture (call in beforeAll; close in afterAll). */
export async function createFixture(options: Omit<AppOptions, 'store'> = {}): Promise<Fixture> {
  const dir = mkdtempSync(path.join(tmpdir(), 'triangulate-api-'));
  const db = path.join(dir, 'api.db');
  const store = openSqliteStore(db);
  for (let i = 1; i <= SAMPLE_COUNT; i++) await store.putDocument(sampleDocument(`doc-${i}`, i, 6), { pipelineVersion: 'test', stages: ['x.v1'] });
  const copy = sampleDocument('doc-1', 1, 6);
  copy.id = 'doc-copy';
  await store.putDocument(copy, { pipelineVersion: 'test', stages: ['x.v1'] });
  await rebuildTriangulation(store);
  for (const a of ARTICLES) await ingestUpload(store, a);
  const apps: FastifyInstance[] = [];
  const appWith = async (o: Omit<AppOptions, 'store'>): Promise<FastifyInstance> => {
    const app = await buildApp({ store, webRoot: path.join(dir, 'no-web'), ...o });
    apps.push(app);
    return app;
  };
  const app = await appWith(options);
  return {
    dir,
    db,
    store,
    app,
    appWith,
    close: async () => {
      for (const a of apps) await a.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** GETs `url` and parses the JSON body. */
export async function getJson<T>(app: FastifyInstance, url: string): Promise<{ status: number; body: T; headers: Record<string, unknown> }> {
  const r = await app.inject({ method: 'GET', url });
  return { status: r.statusCode, body: r.json() as T, headers: r.headers };
}
