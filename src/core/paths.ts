/** @module Where the repository, its data files and the shared gold data are, from both src/ and dist/. */

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (the folder holding package.json), found from this module's location in src/core or dist/core. */
export const REPO_ROOT: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A file under the repository's `data/` folder (knowledge base, lexicons kept as data). */
export function dataPath(...parts: string[]): string {
  return path.join(REPO_ROOT, 'data', ...parts);
}

/** Folder for artefacts built from installed packages (gazetteer index, trained models): `.cache/` in the package root. */
export function cachePath(...parts: string[]): string {
  return path.join(process.env.TRIANGULATE_CACHE ?? path.join(REPO_ROOT, '.cache'), ...parts);
}

/**
 * The shared development data folder: `$TRIANGULATE_SHARED`, else `../shared` beside the repository.
 * @returns The absolute path of `shared/` joined with `parts`.
 */
export function sharedPath(...parts: string[]): string {
  const base = process.env.TRIANGULATE_SHARED ?? path.resolve(REPO_ROOT, '..', 'shared');
  return path.join(base, ...parts);
}

/** True when the shared gold data is present (tests that need it say so when it is not). */
export function hasShared(): boolean {
  return existsSync(sharedPath('data'));
}
