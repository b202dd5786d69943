/** @module Runs the Store conformance suite against the SQLite store (in memory, or $SQLITE_DB_PATH). */

import { runStoreContract } from '../contract.test-suite.js';
import { openSqliteStore } from './index.js';

runStoreContract(async () => openSqliteStore(process.env.SQLITE_DB_PATH ?? ':memory:'));
