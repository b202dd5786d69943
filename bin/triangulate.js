#!/usr/bin/env node
// Entry point of the `triangulate` bin: runs the compiled CLI in dist/ (built by `npm run build`, which `npm ci` runs via `prepare`).
import { main } from '../dist/apps/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`triangulate: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
