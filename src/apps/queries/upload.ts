/**
 * @module One uploaded article through the real pipeline, exactly as `triangulate ingest` does for a file: read (the
 * `.txt`/`.html` single-document reader), analyze, store, then update stories, claim clusters and verdicts for it.
 */

import type { InputRecord } from '../../core/input.js';
import { updateTriangulation } from '../../corpus/triangulation/index.js';
import { normalizeDate } from '../../ingest/dates.js';
import { documentFromBytes } from '../../ingest/readers/single.js';
import { analyzeInput } from '../../pipeline/analyze.js';
import { PIPELINE_NAMES } from '../../pipeline/stages.js';
import { PIPELINE_VERSION } from '../../pipeline/version.js';
import type { PutStatus, Store } from '../../storage/contract.js';

/** An uploaded article: text (headline on the first line) or HTML, with optional metadata. */
export interface Upload {
  name: string;
  content: string;
  url?: string;
  outlet?: string;
  published?: string;
}

/** What storing an upload did. */
export interface UploadOutcome {
  id: string;
  status: PutStatus;
  duplicateOf?: string;
  claims: number;
}

/** An upload that cannot be stored, naming the field at fault. */
export class UploadRejected extends Error {
  constructor(
    message: string,
    readonly field: keyof Upload,
  ) {
    super(message);
    this.name = 'UploadRejected';
  }
}

/** A file name: no folders, at most this long. */
const NAME = /^[^/\\\0]{1,200}$/;
const HTML = /\.html?$/i;
const TEXT = /\.txt$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** Writes on one store run one at a time (a write spans several awaits: the document, then triangulation). */
const queues = new WeakMap<Store, Promise<unknown>>();

function serialised<T>(store: Store, fn: () => Promise<T>): Promise<T> {
  const prev = queues.get(store) ?? Promise.resolve();
  const next = prev.then(fn, fn);
  queues.set(store, next.catch(() => undefined));
  return next;
}

/** Builds the input record of an upload (the reader's checks: empty, binary, undecodable). */
export function uploadRecord(u: Upload): InputRecord {
  if (!NAME.test(u.name)) throw new UploadRejected('name must be a file name (no folders), e.g. report.html', 'name');
  const kind = HTML.test(u.name) ? 'html' : TEXT.test(u.name) || !u.name.includes('.') ? 'text' : null;
  if (!kind) throw new UploadRejected(`name "${u.name.slice(0, 60)}" must end in .txt, .html or .htm`, 'name');
  const rec = documentFromBytes(Buffer.from(u.content, 'utf8'), u.name, kind);
  if (!rec.ok) throw new UploadRejected(`content: [${rec.code}] ${rec.message}`, 'content');
  if (u.url) rec.url = u.url;
  if (u.outlet) rec.outlet = u.outlet;
  if (u.published) {
    const day = normalizeDate(u.published);
    if (!day || !ISO_DAY.test(day)) throw new UploadRejected(`published "${u.published.slice(0, 40)}" is not a date (YYYY-MM-DD)`, 'published');
    rec.published = day;
    rec.publishedSource = 'input';
  }
  return rec;
}

/**
 * Analyses and stores one upload, then updates the triangulation for it (as ingest does after a batch).
 * @throws UploadRejected when the content is empty, binary, or has no text left after cleaning.
 */
export async function ingestUpload(store: Store, u: Upload): Promise<UploadOutcome> {
  const rec = uploadRecord(u);
  const res = analyzeInput(rec);
  if (!res.ok) throw new UploadRejected(`content: [${res.code}] ${res.message}`, 'content');
  const doc = res.doc;
  doc.meta.origin ??= rec.origin;
  return serialised(store, async () => {
    const put = await store.transaction(() =>
      store.putDocument(doc, { pipelineVersion: doc.meta.pipeline?.version ?? PIPELINE_VERSION, stages: doc.meta.pipeline?.stages ?? PIPELINE_NAMES }),
    );
    if (put.status !== 'unchanged') await updateTriangulation(store, [put.id]);
    const out: UploadOutcome = { id: put.id, status: put.status, claims: doc.claims.length };
    if (put.duplicateOf) out.duplicateOf = put.duplicateOf;
    return out;
  });
}
