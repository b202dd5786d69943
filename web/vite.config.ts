/** @module Vite build of the dashboard: external JS/CSS only (strict-CSP friendly), output in `dist/web/`. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/web', import.meta.url));

/** Port of the dev server's API proxy target (`triangulate serve --port`). */
const DEV_API_PORT = 4180;

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // No inline polyfill script and no data: URIs: everything is a file served from 'self'.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': `http://127.0.0.1:${DEV_API_PORT}` },
  },
});
