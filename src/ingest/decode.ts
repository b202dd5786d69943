/** @module Bytes → string: BOMs, declared charsets, UTF-8 validation, detection (chardet), decoding (iconv-lite); binary and undecodable input rejected. */

import chardet from 'chardet';
import iconv from 'iconv-lite';
import charsetData from './data/charset-aliases.json' with { type: 'json' };
import magicData from './data/binary-magic.json' with { type: 'json' };

/** How many leading bytes are inspected for NULs and control characters. */
export const BINARY_SAMPLE_BYTES = 8192;
/** Share of control bytes (other than tab, newlines, form feed) above which a sample is binary. */
export const CONTROL_SHARE_MAX = 0.1;
/** How many leading bytes are searched for a declared charset (`<meta charset>`, XML declaration). */
export const DECLARED_SCAN_BYTES = 4096;
/** How many leading bytes are given to the detector. */
export const DETECT_SAMPLE_BYTES = 65536;
/** Replacement characters tolerated in a decoded text: at most this share of its length … */
export const REPLACEMENT_SHARE_MAX = 0.01;
/** … and never fewer than this many (a stray bad byte does not reject an article). */
export const REPLACEMENT_MIN = 8;

const ALIASES: Record<string, string> = charsetData.aliases;
const IGNORED_DECLARED = new Set(charsetData.ignoredDeclared);
const MAGIC: Uint8Array[] = Object.values(magicData.magic).map((hex) => Uint8Array.from(Buffer.from(hex, 'hex')));

const XML_DECL_RE = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']\s*([\w.:-]+)/i;
const META_CHARSET_RE = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const HEADER_CHARSET_RE = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** A successful decoding. */
export interface Decoded {
  ok: true;
  text: string;
  /** Canonical lower-case name of the encoding used (`utf-8`, `windows-1251`, `utf-16le` …). */
  encoding: string;
}

/** A rejected byte sequence: binary (E102) or undecodable (E103). */
export interface DecodeFailure {
  ok: false;
  code: 'E102' | 'E103';
  message: string;
}

/** Hints for {@link decodeBytes}. */
export interface DecodeHints {
  /** A charset declared outside the bytes (the HTTP `Content-Type` header of a WARC response). */
  declared?: string | null;
  /** Look for `<meta charset>` / the XML declaration in the bytes (HTML, feeds). */
  markup?: boolean;
  /** Skip the binary check (the caller already did it). */
  skipBinaryCheck?: boolean;
}

/**
 * The encoding to decode for a charset label, or null when the label is unknown to iconv-lite.
 * Latin-1/ASCII labels become windows-1252 (as browsers do).
 */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  let l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  l = ALIASES[l] ?? l;
  if (l === 'utf-8') return l;
  return iconv.encodingExists(l) ? l : null;
}

/** The charset named in an HTTP `Content-Type` header value, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = HEADER_CHARSET_RE.exec(contentType);
  return m ? m[1] : null;
}

/** The charset declared inside markup bytes: XML declaration, `<meta charset>` or `http-equiv` content. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, DECLARED_SCAN_BYTES)).toString('latin1');
  const m = XML_DECL_RE.exec(head) ?? META_CHARSET_RE.exec(head);
  return m ? m[1] : null;
}

/** The encoding named by a byte-order mark and the mark's length, or null. */
export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** True when the leading bytes look binary: a known binary signature, a NUL byte, or many control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  for (const magic of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return true;
  }
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
    else if (b === 0x7f) control++;
  }
  return n > 0 && control / n > CONTROL_SHARE_MAX;
}

/**
 * True when `bytes` are valid UTF-8. With `partial`, an incomplete sequence at the very end
 * (a sample cut mid-character) is allowed.
 */
export function isValidUtf8(bytes: Uint8Array, partial = false): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array, limit = bytes.length): boolean {
  for (let i = 0; i < limit; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

/** The encoding the detector (chardet) finds most likely for a sample, normalised, or null. */
export function detectCharset(sample: Uint8Array): string | null {
  const s = sample.length > DETECT_SAMPLE_BYTES ? sample.subarray(0, DETECT_SAMPLE_BYTES) : sample;
  return normalizeCharset(chardet.detect(s));
}

/**
 * Chooses the encoding of a byte sample: BOM, then UTF-8 when the bytes are valid UTF-8 with non-ASCII
 * characters, then a declared charset, then ASCII-only UTF-8, then the detector.
 * @param sample - The whole input, or its first bytes when `partial`.
 * @param declared - A charset declared by a header or inside the markup.
 * @param partial - The sample may end mid-character.
 * @returns The encoding, or null when none can be found.
 */
export function chooseEncoding(sample: Uint8Array, declared: string | null, partial = false): string | null {
  const bom = bomEncoding(sample);
  if (bom) return bom.encoding;
  const valid = isValidUtf8(sample, partial);
  if (valid && hasNonAscii(sample)) return 'utf-8';
  const decl = IGNORED_DECLARED.has((declared ?? '').toLowerCase()) ? 'utf-8' : normalizeCharset(declared);
  if (decl && !(decl === 'utf-8' && !valid)) return decl;
  if (valid) return 'utf-8';
  return detectCharset(sample);
}

/** Decodes bytes with a known encoding, dropping a leading BOM. */
export function decodeWith(bytes: Uint8Array, encoding: string): string {
  let text: string;
  if (encoding === 'utf-8') text = new TextDecoder('utf-8').decode(bytes);
  else text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** True when a decoded text holds too many U+FFFD replacement characters to be a faithful decoding. */
export function tooManyReplacements(text: string): boolean {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n >= REPLACEMENT_MIN && n > text.length * REPLACEMENT_SHARE_MAX;
}

/**
 * Decodes one document's bytes into a string, recording the encoding.
 * @param bytes - The document bytes.
 * @param hints - A declared charset and whether to look for one in the markup.
 * @returns The text and encoding, or a failure with code E102 (binary) or E103 (undecodable).
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded | DecodeFailure {
  const bom = bomEncoding(bytes);
  if (!hints.skipBinaryCheck && (bom == null || bom.encoding === 'utf-8') && looksBinary(bytes)) {
    return { ok: false, code: 'E102', message: 'file looks binary' };
  }
  const declared = hints.declared ?? (hints.markup ? declaredCharset(bytes) : null);
  const encoding = chooseEncoding(bytes, declared);
  if (encoding == null) return { ok: false, code: 'E103', message: 'no encoding could be detected' };
  let text: string;
  try {
    text = decodeWith(bytes, encoding);
  } catch (err) {
    return { ok: false, code: 'E103', message: `${encoding}: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (tooManyReplacements(text)) return { ok: false, code: 'E103', message: `too many invalid ${encoding} sequences` };
  return { ok: true, text, encoding };
}
