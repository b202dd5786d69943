/** @module Reads the knowledge-base data files (`data/kb/*.tsv`) into plain records, once, lazily. */

import { readFileSync } from 'node:fs';
import type { EntityType, Side } from '../core/doc.js';
import { SIDES } from '../core/doc.js';
import { dataPath } from '../core/paths.js';

/** One actor of the knowledge base. */
export interface Actor {
  id: string;
  name: string;
  type: EntityType;
  side: Side | null;
  role: string | null;
  aliases: string[];
  country?: string | null;
}

/** Actor tables, in priority order (earlier rows win alias collisions). */
export const ACTOR_FILES = ['actors-people.tsv', 'actors-orgs.tsv'] as const;
const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'OTHER'];

/** Reads the non-comment, non-empty lines of a TSV file under `data/kb/` as arrays of cells. */
export function readTsv(file: string): string[][] {
  const raw = readFileSync(dataPath('kb', file), 'utf8');
  const rows: string[][] = [];
  for (const line of raw.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    rows.push(line.split('\t').map((c) => c.trim()));
  }
  return rows;
}

/** Reads a one-word-per-line list under `data/kb/` into a lower-case set. */
export function readList(file: string): Set<string> {
  return new Set(readTsv(file).map((r) => r[0]!.toLowerCase()));
}

function nullable(cell: string | undefined): string | null {
  return cell === undefined || cell === '' || cell === 'null' ? null : cell;
}

/** Parses the actor tables. Throws on a malformed row so a bad data edit fails loudly in tests. */
export function loadActors(): Actor[] {
  const actors: Actor[] = [];
  const seen = new Set<string>();
  for (const file of ACTOR_FILES) {
    for (const row of readTsv(file)) {
      const [id, type, name, side, role, country, aliases] = row;
      if (!id || !type || !name) throw new Error(`[kb] malformed row in ${file}: ${row.join(' | ')}`);
      if (!TYPES.includes(type as EntityType)) throw new Error(`[kb] unknown type ${type} for ${id}`);
      const s = nullable(side);
      if (s !== null && !SIDES.includes(s as Side)) throw new Error(`[kb] unknown side ${s} for ${id}`);
      if (seen.has(id)) throw new Error(`[kb] duplicate id ${id}`);
      seen.add(id);
      actors.push({
        id,
        name,
        type: type as EntityType,
        side: s as Side | null,
        role: nullable(role),
        country: nullable(country),
        aliases: (aliases ?? '').split('|').map((a) => a.trim()).filter((a) => a.length > 0),
      });
    }
  }
  return actors;
}
