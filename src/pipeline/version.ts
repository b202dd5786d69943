/** @module The pipeline version stamped on every stored document. */

import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Package version; stored documents record it with their stage names, so results trace to the code that made them. */
export const PIPELINE_VERSION: string = pkg.version;
