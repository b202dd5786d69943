/** @module Step 4: role descriptors ("the Russian leader") joined to the last person named with that role and side. */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataPath } from '../../core/paths.js';
import type { EntityMention } from '../../core/doc.js';
import { sideOfDescriptor } from '../../kb/index.js';

/** The recogniser's word lists: `data/kb/entities/` in the package root (works from src/ and dist/). */
const DATA_DIR = dataPath('kb', 'entities');

interface RoleTables {
  pattern: RegExp;
  roles: Map<string, string[]>;
}
let tables: RoleTables | null = null;

function getTables(): RoleTables {
  if (tables) return tables;
  const roles = new Map<string, string[]>();
  for (const line of readFileSync(path.join(DATA_DIR, 'role-nouns.tsv'), 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [noun, targets] = line.split('\t');
    roles.set(noun!.trim().toLowerCase(), targets!.split('|').map((t) => t.trim()));
  }
  const demonyms: string[] = [];
  for (const line of readFileSync(path.join(DATA_DIR, 'demonyms.tsv'), 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    demonyms.push(...line.split('\t')[0]!.split('|'));
  }
  const alt = (xs: string[]): string => xs.sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const pattern = new RegExp(`\\b[Tt]he\\s+((?:${alt([...demonyms, 'Kremlin', 'US', 'U.S.', 'UK'])})\\s+(${alt([...roles.keys()])}))\\b`, 'g');
  tables = { pattern, roles };
  return tables;
}

/**
 * Finds `the <demonym> <role>` descriptors and, when a person of that side and role was named earlier in the
 * document, returns a coreferent PERSON mention over `<demonym> <role>` (without "the").
 */
export function roleCoreferences(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const { pattern, roles } = getTables();
  const out: EntityMention[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    const side = sideOfDescriptor(m[1]!.slice(0, m[1]!.length - m[2]!.length).trim());
    const targets = roles.get(m[2]!.toLowerCase()) ?? [];
    let antecedent: EntityMention | null = null;
    for (const e of mentions) {
      if (e.start >= start) break;
      if (e.type !== 'PERSON' || e.link === 'new' || !e.role || e.side !== side) continue;
      if (targets.some((t) => e.role!.includes(t))) antecedent = e;
    }
    if (!antecedent) continue;
    out.push({ start, end, text: text.slice(start, end), type: 'PERSON', id: antecedent.id, name: antecedent.name, side: antecedent.side, role: antecedent.role, link: 'coref' });
  }
  return out;
}
