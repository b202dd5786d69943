#!/usr/bin/env node
// Entry point of the `triangulate` bin: runs the compiled CLI in dist/ (built by `npm run build`, which `npm ci` runs via `prepare`).
import { main } from '../dist/apps/cli/main.js';

// A reader that stops early (`triangulate claims | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`triangulate: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
