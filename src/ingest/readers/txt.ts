/** @module `.txt` reader: one article per file, the first line is the headline. */

import type { InputResult } from '../../core/input.js';
import type { ReadOptions } from '../types.js';
import { readSingleFile } from './single.js';

/** Reads a plain-text article file (kind `text`, `headlineFirstLine: true`, id = file stem). */
export function readTxt(file: string, opts: ReadOptions = {}): AsyncGenerator<InputResult> {
  return readSingleFile(file, 'text', opts);
}
