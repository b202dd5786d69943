/** @module Claims stage: attributed claims (source, cue, content, side, hedges, denials, relays, nesting) and OUTLET claims. */

import type { Stage } from '../../core/pipeline.js';
import { extractClaims } from './08-assemble.js';

/** Assigns `claims`. */
export const claimsStage: Stage = {
  name: 'claims.rules.v1',
  requires: ['sentences'],
  assigns: ['claims'],
  run(doc) {
    return { claims: extractClaims(doc) };
  },
};
