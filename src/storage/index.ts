/** @module Opens the configured store: SQLite for now (a PostgreSQL URL will select the PostgreSQL store later). */

import type { Store } from './contract.js';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/index.js';

export type * from './contract.js';
export { openSqliteStore, SqliteStore, type SqliteStoreOptions } from './sqlite/index.js';

/**
 * Opens the store at `location` (a SQLite file path, or `:memory:`), creating and migrating it as needed.
 * @throws TriangulateError E302 for a database from a newer schema, E301 for other database errors.
 */
export async function openStore(location: string, options: SqliteStoreOptions = {}): Promise<Store> {
  return openSqliteStore(location, options);
}
