/** @module `triangulate serve`: the dashboard and its HTTP API over the store, until SIGINT or SIGTERM. */

import { spawn } from 'node:child_process';
import { DEFAULT_HOST } from '../../server/app.js';
import { DEFAULT_PORT, SERVER_CACHE_MB, startServer } from '../../server/listen.js';
import type { Store } from '../../../storage/contract.js';
import { println, type Command, type Io } from '../io.js';
import { openForCommand, parseCommand, printUsage, withStore } from './query-common.js';

const USAGE = 'serve [--db PATH] [--host 127.0.0.1] [--port 4173] [--token T] [--open]';

/** Options every serving command accepts (serve, start). */
export const SERVE_OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  token: { type: 'string' },
  open: { type: 'boolean', default: false },
} as const;

/** Help lines of {@link SERVE_OPTIONS}. */
export const SERVE_HELP = [
  `--host H    address to bind (default ${DEFAULT_HOST}; writes without a token only on loopback)`,
  `--port N    port (default ${DEFAULT_PORT}; 0 picks a free one)`,
  '--token T   uploads need "Authorization: Bearer T" (default $TRIANGULATE_TOKEN)',
  '--open      open the dashboard in the browser',
];

/** Parsed serve options. */
export interface ServeSettings {
  host: string;
  port: number;
  token: string | undefined;
  open: boolean;
}

/** Largest TCP port. */
const MAX_PORT = 65_535;

/** Checks the serve options; prints the problem and returns null on a bad port. */
export function serveSettings(name: string, v: { host?: string; port?: string; token?: string; open?: boolean }, io: Io): ServeSettings | null {
  const port = v.port == null ? DEFAULT_PORT : /^\d+$/.test(v.port) ? Number(v.port) : Number.NaN;
  if (!Number.isInteger(port) || port > MAX_PORT) {
    println(io.stderr, `triangulate ${name}: --port must be an integer 0–${MAX_PORT}, got "${v.port}"`);
    return null;
  }
  return { host: v.host ?? DEFAULT_HOST, port, token: v.token ?? (process.env.TRIANGULATE_TOKEN || undefined), open: v.open === true };
}

function openBrowser(url: string): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(cmd, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser to open: the URL is printed anyway.
  }
}

/** A cache warm-up taking at least this long is reported. */
const WARM_REPORT_SECONDS = 1;

/**
 * Serves `store` until SIGINT or SIGTERM, printing the dashboard URL (to stderr when stdout carries JSON).
 * @returns 0 after a clean shutdown, 1 when the server cannot start (port in use, bad host).
 */
export async function serveUntilSignal(name: string, store: Store, s: ServeSettings, io: Io, urlToStderr = false): Promise<number> {
  let server;
  try {
    // The hot indexes are read into the page cache before the first request (milliseconds on small stores, about
    // 15–30 s on 100,000 articles depending on the disk).
    const warm = await store.warmCache?.();
    if (warm && warm.seconds >= WARM_REPORT_SECONDS) println(io.stderr, `triangulate ${name}: page cache warmed in ${warm.seconds.toFixed(1)} s (${warm.rows.toLocaleString('en')} rows)`);
    server = await startServer({ store, host: s.host, port: s.port, token: s.token, logger: { level: 'error' } });
  } catch (err) {
    println(io.stderr, `triangulate ${name}: ${(err as Error).message}`);
    return 1;
  }
  println(urlToStderr ? io.stderr : io.stdout, `Triangulate dashboard: ${server.url}`);
  if (s.open) openBrowser(server.url);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

export const run: Command = async (args, io) => {
  const p = parseCommand('serve', USAGE, args, SERVE_OPTIONS, io);
  if (!p) return 2;
  if (p.values.help) return printUsage(io, USAGE, SERVE_HELP), 0;
  const settings = serveSettings('serve', p.values, io);
  if (!settings || p.positionals.length > 0) {
    if (settings) println(io.stderr, `usage: triangulate ${USAGE}`);
    return 2;
  }
  const store = await openForCommand('serve', p.values.db, io, false, { cacheMb: SERVER_CACHE_MB });
  if (!store) return 1;
  return withStore(store, (st) => serveUntilSignal('serve', st, settings, io));
};
