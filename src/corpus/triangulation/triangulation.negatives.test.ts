/** @module Inputs that must yield no stories, clusters or writes. */

import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/doc.js';
import { openSqliteStore } from '../../storage/sqlite/index.js';
import { rebuildTriangulation, triangulateDocuments, updateTriangulation } from './index.js';

describe('triangulation negatives', () => {
  it.each([
    ['no documents', []],
    ['documents without claims', [emptyDocument('a', 'Nothing was said about anything.'), emptyDocument('b', 'Quiet.')]],
  ])('%s give no claim clusters', (_label, docs) => {
    expect(triangulateDocuments(docs).clusters).toEqual([]);
  });

  it('an empty store rebuilds to nothing; an update with no new documents does nothing', async () => {
    const store = openSqliteStore(':memory:');
    expect(await rebuildTriangulation(store)).toMatchObject({ documents: 0, stories: 0, clusters: 0 });
    expect((await updateTriangulation(store, [])).mode).toBe('none');
    expect(await store.listStories()).toEqual([]);
    expect(await store.listClaimClusters()).toEqual([]);
    await store.close();
  });
});
