/** @module JSON Lines reader: one article object per line, streamed with bounded memory; a bad line is reported and the next lines go on. */

import type { InputResult } from '../../core/input.js';
import { decodeBytes, isValidUtf8 } from '../decode.js';
import { mapFields, pickFields } from '../fields.js';
import { fileStem } from '../formats.js';
import { splitLines } from '../lines.js';
import { recordFromFields } from '../record.js';
import { errorMessage, inputError, resolveOptions, type ReadOptions } from '../types.js';

/**
 * Reads JSON Lines from a byte stream: `{"id", "text" or "html", "title"?, "url"?, "outlet"?, "published"?|"date"?, "author"?}`
 * per line. Blank lines are skipped; a line that is not a JSON object → E107, one without text/html → E109,
 * one over `maxBytes` → E104 (its bytes are never held); every error names the line. The generator never throws:
 * a stream failure ends it with E110.
 * @param stream - The bytes (a file stream, stdin).
 * @param name - The file as given (`-` for stdin): `origin.file`, and its stem makes ids `<stem>#<line>` for lines without `id`.
 * @param opts - `maxBytes` per line, `raw` passed to the records.
 */
export async function* readJsonl(stream: AsyncIterable<Buffer | string>, name: string, opts: ReadOptions = {}): AsyncGenerator<InputResult> {
  const o = resolveOptions(opts);
  const stem = fileStem(name);
  try {
    for await (const line of splitLines(stream, o.maxBytes)) {
      if (line.tooLong) {
        yield inputError('E104', name, line.lineNo, { size: line.size, limit: o.maxBytes });
        continue;
      }
      let bytes = line.bytes;
      if (line.lineNo === 1 && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      let text: string;
      let encoding = 'utf-8';
      if (isValidUtf8(bytes)) text = bytes.toString('utf8');
      else {
        const d = decodeBytes(bytes, { skipBinaryCheck: true });
        if (!d.ok) {
          yield inputError('E103', name, line.lineNo, { message: d.message });
          continue;
        }
        text = d.text;
        encoding = d.encoding;
      }
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        yield inputError('E107', name, line.lineNo, { message: errorMessage(err) });
        continue;
      }
      if (value == null || typeof value !== 'object' || Array.isArray(value)) {
        yield inputError('E107', name, line.lineNo, { message: 'expected a JSON object' });
        continue;
      }
      const obj = value as Record<string, unknown>;
      const fields = pickFields((k) => obj[k], mapFields(Object.keys(obj)));
      yield recordFromFields(fields, { file: name, record: line.lineNo, stem, maxBytes: o.maxBytes, raw: o.raw, encoding });
    }
  } catch (err) {
    yield inputError('E110', name, undefined, { message: errorMessage(err) });
  }
}
