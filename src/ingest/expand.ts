/** @module Expand command-line paths (files, folders, globs, `-`) into the list of input files, deterministically ordered. */

import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import type { InputError } from '../core/input.js';
import { displayExtension, supportedExtension } from './formats.js';
import { errorMessage, inputError } from './types.js';

/** Folder names never descended into (besides hidden ones). */
export const SKIPPED_DIRS = new Set(['node_modules']);

/** Deterministic, locale-independent order (UTF-16 code units). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      // Follow links to files; links to folders are not followed (no cycles).
      try {
        const s = await stat(p);
        isFile = s.isFile();
        isDir = false;
      } catch {
        continue;
      }
    }
    if (isDir) {
      if (!SKIPPED_DIRS.has(e.name)) await walk(p, out);
    } else if (isFile && supportedExtension(e.name) != null) out.push(p);
  }
}

/** The expansion of one command-line path. */
export interface Expansion {
  files: string[];
  errors: InputError[];
}

/**
 * Expands one path: `-` stays `-`; a file is kept (E111 when its extension is unsupported); a folder gives its
 * supported files recursively (hidden entries and node_modules skipped); a glob gives its matching supported files;
 * a missing path or a glob matching nothing → E112. Files are sorted.
 */
export async function expandPath(p: string): Promise<Expansion> {
  if (p === '-') return { files: ['-'], errors: [] };
  try {
    const s = await stat(p);
    if (s.isDirectory()) {
      const out: string[] = [];
      await walk(p, out);
      return { files: out.sort(compareCodeUnits), errors: [] };
    }
    if (supportedExtension(p) == null) return { files: [], errors: [inputError('E111', p, undefined, { ext: displayExtension(p) })] };
    return { files: [p], errors: [] };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return { files: [], errors: [inputError('E110', p, undefined, { message: errorMessage(err) })] };
  }
  if (fg.isDynamicPattern(p)) {
    const matches = await fg(p, { onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**'] });
    const files = matches.filter((m) => supportedExtension(m) != null).sort(compareCodeUnits);
    if (files.length > 0) return { files, errors: [] };
  }
  return { files: [], errors: [inputError('E112', p)] };
}

/**
 * Expands command-line paths into input files: files, folders (recursive), globs (fast-glob), `-` for stdin.
 * Each path's files are sorted; paths keep their given order; a file named twice is read once.
 * @returns The files, and an InputError per missing path (E112) or explicit file of an unsupported type (E111).
 */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; errors: InputError[] }> {
  const files: string[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const x = await expandPath(p);
    errors.push(...x.errors);
    for (const f of x.files) {
      const key = f === '-' ? '-' : path.resolve(f);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(f);
    }
  }
  return { files, errors };
}
