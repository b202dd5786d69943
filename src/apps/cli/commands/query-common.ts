/** @module Helpers shared by the store commands: argument parsing with usage errors, opening the store, and readable tables. */

import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { TriangulateError } from '../../../core/errors.js';
import type { Store } from '../../../storage/contract.js';
import { openStore, type SqliteStoreOptions } from '../../../storage/index.js';
import { DEFAULT_DB, println, type Io } from '../io.js';

/** Options every store command accepts. */
export const COMMON_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

/** Width used for tables when the terminal does not say. */
export const DEFAULT_COLUMNS = 120;

/**
 * Parses a command's arguments; prints the usage line and returns null on an unknown option or a missing value.
 * @returns The parsed values and positionals, or null (the caller exits with 2).
 */
export function parseCommand<O extends NonNullable<ParseArgsConfig['options']>>(
  name: string,
  usage: string,
  args: string[],
  options: O,
  io: Io,
): { values: ReturnType<typeof parseArgs<{ options: O & typeof COMMON_OPTIONS; allowPositionals: true }>>['values']; positionals: string[] } | null {
  try {
    const parsed = parseArgs({ args, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
    return parsed as never;
  } catch (err) {
    println(io.stderr, `triangulate ${name}: ${(err as Error).message}`);
    println(io.stderr, `usage: triangulate ${usage}`);
    return null;
  }
}

/** Prints a command's usage line to stdout (for `--help`). */
export function printUsage(io: Io, usage: string, details: string[] = []): void {
  println(io.stdout, `usage: triangulate ${usage}`);
  for (const d of details) println(io.stdout, `  ${d}`);
  println(io.stdout, '  --db PATH   database file (default ' + DEFAULT_DB + ')');
  println(io.stdout, '  --json      print JSON');
}

/** Parses a positive integer option; null when absent; NaN when malformed. */
export function intOption(v: string | undefined): number | null {
  if (v == null) return null;
  return /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : Number.NaN;
}

/**
 * Opens an existing store for a query command; prints why it cannot and returns null (exit 1).
 * @param create Create the database when it does not exist (ingest, start).
 * @param options Store options (a server's larger page cache).
 */
export async function openForCommand(name: string, dbPath: string | undefined, io: Io, create = false, options: SqliteStoreOptions = {}): Promise<Store | null> {
  const file = dbPath ?? DEFAULT_DB;
  if (!create && file !== ':memory:' && !existsSync(file)) {
    println(io.stderr, `triangulate ${name}: no database at ${file}; run "triangulate ingest PATHS…" first or pass --db PATH`);
    return null;
  }
  try {
    return await openStore(file, options);
  } catch (err) {
    const msg = err instanceof TriangulateError ? err.message : `[E301] ${(err as Error).message}`;
    println(io.stderr, `triangulate ${name}: ${msg}`);
    return null;
  }
}

/** Prints a value as JSON (two-space indented). */
export function printJson(io: Io, value: unknown): void {
  io.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** One column of a table: its header, how to get a cell, and the widest it may be (the last column takes what is left). */
export interface Column<T> {
  header: string;
  get: (row: T) => string | number | null | undefined;
  max?: number;
  align?: 'left' | 'right';
}

function cell(v: string | number | null | undefined): string {
  return v == null ? '' : String(v).replace(/\s+/g, ' ').trim();
}

function cut(s: string, width: number): string {
  return s.length <= width ? s : width <= 1 ? s.slice(0, width) : s.slice(0, width - 1) + '…';
}

/**
 * Prints rows as an aligned table with a header; cells are cut to their column's `max`,
 * and on a terminal the last column is cut to the terminal's width.
 */
export function printTable<T>(io: Io, columns: Column<T>[], rows: T[]): void {
  const cells = rows.map((r) => columns.map((c) => cut(cell(c.get(r)), c.max ?? Number.MAX_SAFE_INTEGER)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i]!.length)));
  const total = io.stdout.isTTY ? (io.stdout.columns ?? DEFAULT_COLUMNS) : Number.MAX_SAFE_INTEGER;
  const fixed = widths.slice(0, -1).reduce((a, w) => a + w + 2, 0);
  widths[widths.length - 1] = Math.max(columns[columns.length - 1]!.header.length, Math.min(widths[widths.length - 1]!, total - fixed));
  const line = (vals: string[]): string =>
    vals
      .map((v, i) => {
        const w = widths[i]!;
        const s = cut(v, w);
        if (i === vals.length - 1) return s;
        return columns[i]!.align === 'right' ? s.padStart(w) : s.padEnd(w);
      })
      .join('  ')
      .trimEnd();
  println(io.stdout, line(columns.map((c) => c.header)));
  println(io.stdout, line(widths.map((w) => '─'.repeat(w))));
  for (const row of cells) println(io.stdout, line(row));
}

/** Runs a query command body with its store, closing the store afterwards. */
export async function withStore(store: Store, fn: (store: Store) => Promise<number>): Promise<number> {
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
