/** @module Starts the app on a host and port, with a clear error when the port is taken, and stops it cleanly. */

import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp, DEFAULT_HOST, type AppOptions } from './app.js';

/** The port `triangulate serve` listens on unless told otherwise. */
export const DEFAULT_PORT = 4173;

/**
 * SQLite page cache of a serving process, MB: the indexes and small tables that list pages read (claims by date, claim
 * links, verdicts, clusters, document cards and list, full-text indexes: about 1.2 GB on a 100,000-article store of
 * 7.5 GB, read by the warm-up before listening) stay in memory; a small store takes only what it reads.
 */
export const SERVER_CACHE_MB = 1536;

/** A listening server. */
export interface RunningServer {
  app: FastifyInstance;
  /** The dashboard's address, e.g. `http://127.0.0.1:4173/`. */
  url: string;
  close(): Promise<void>;
}

/** `http://host:port/`, with brackets around an IPv6 address. */
export function serverUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}

/**
 * Builds the app and listens.
 * @throws Error naming the port when it is already in use.
 */
export async function startServer(options: AppOptions & { host?: string; port?: number }): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  const app = await buildApp({ ...options, host });
  try {
    await app.listen({ host, port });
  } catch (err) {
    await app.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${port} on ${host} is already in use; pass --port N (or --port 0 for any free port)`, { cause: err });
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new Error(`cannot bind to host ${host}: ${(err as Error).message}`, { cause: err });
    throw err;
  }
  const addr = app.server.address() as AddressInfo;
  return { app, url: serverUrl(host, addr.port), close: () => app.close() };
}
