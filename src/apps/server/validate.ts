/**
 * @module The API's request validation: a small JSON-Schema subset (the schemas also feed the OpenAPI document) compiled
 * into validators that coerce query strings and answer 400s naming the field and the allowed values.
 */

import { badRequest } from './http-error.js';

/** One query/path parameter or body field. */
export type FieldSchema =
  | { type: 'integer'; minimum?: number; maximum?: number; default?: number; description?: string }
  | { type: 'number'; minimum?: number; maximum?: number; description?: string }
  | { type: 'boolean'; description?: string }
  | { type: 'string'; enum?: readonly string[]; format?: 'date'; maxLength?: number; minLength?: number; description?: string };

/** The schema of a querystring, path parameters or a JSON body. */
export interface ObjectSchema {
  type: 'object';
  properties: Record<string, FieldSchema>;
  required?: string[];
  additionalProperties?: boolean;
}

/** Longest free-text parameter accepted (search queries, names). */
export const MAX_TEXT_PARAM = 500;
/** Largest page. */
export const MAX_LIMIT = 500;
/** Default page size. */
export const DEFAULT_PAGE = 50;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isDay(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The message naming what a field must be. */
export function expectation(name: string, s: FieldSchema): string {
  switch (s.type) {
    case 'integer':
    case 'number': {
      const what = s.type === 'integer' ? 'an integer' : 'a number';
      if (s.minimum != null && s.maximum != null) return `${name} must be ${what} ${s.minimum}–${s.maximum}`;
      if (s.minimum != null) return `${name} must be ${what} ≥ ${s.minimum}`;
      return `${name} must be ${what}`;
    }
    case 'boolean':
      return `${name} must be true or false`;
    case 'string':
      if (s.enum) return `${name} must be one of ${s.enum.join(', ')}`;
      if (s.format === 'date') return `${name} must be a date YYYY-MM-DD`;
      if (s.maxLength != null) return `${name} must be a string of at most ${s.maxLength} characters`;
      return `${name} must be a string`;
  }
}

/** Coerces and checks one query-string value; throws a 400 naming the field. */
function coerceQuery(name: string, raw: unknown, s: FieldSchema): unknown {
  if (Array.isArray(raw)) throw badRequest(`${name} given more than once`, name);
  const v = String(raw);
  switch (s.type) {
    case 'integer': {
      const n = /^-?\d+$/.test(v.trim()) ? Number(v) : Number.NaN;
      if (!Number.isSafeInteger(n) || (s.minimum != null && n < s.minimum) || (s.maximum != null && n > s.maximum)) throw badRequest(expectation(name, s), name);
      return n;
    }
    case 'number': {
      const n = v.trim() === '' ? Number.NaN : Number(v);
      if (!Number.isFinite(n) || (s.minimum != null && n < s.minimum) || (s.maximum != null && n > s.maximum)) throw badRequest(expectation(name, s), name);
      return n;
    }
    case 'boolean':
      if (v === 'true' || v === '1') return true;
      if (v === 'false' || v === '0') return false;
      throw badRequest(expectation(name, s), name);
    case 'string':
      return checkString(name, v, s);
  }
}

function checkString(name: string, v: string, s: FieldSchema & { type: 'string' }): string {
  if (s.enum) {
    const hit = s.enum.find((e) => e.toLowerCase() === v.toLowerCase());
    if (hit === undefined) throw badRequest(`unknown ${name} "${v.slice(0, 40)}"; ${expectation(name, s)}`, name);
    return hit;
  }
  if (s.format === 'date' && !isDay(v)) throw badRequest(`${expectation(name, s)}, got "${v.slice(0, 40)}"`, name);
  if (s.maxLength != null && v.length > s.maxLength) throw badRequest(expectation(name, s), name);
  if (s.minLength != null && v.length < s.minLength) throw badRequest(`${name} must not be empty`, name);
  return v;
}

/** A validator over query strings or path parameters: coerces strings to the declared types and fills defaults. */
export function compileQueryValidator(schema: ObjectSchema): (data: unknown) => { value: Record<string, unknown> } | { error: Error } {
  return (data) => {
    try {
      const input = (data ?? {}) as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [name, s] of Object.entries(schema.properties)) {
        const raw = input[name];
        if (raw === undefined || raw === '') {
          if (schema.required?.includes(name)) throw badRequest(`${name} is required`, name);
          if (s.type === 'integer' && s.default !== undefined) out[name] = s.default;
          continue;
        }
        out[name] = coerceQuery(name, raw, s);
      }
      return { value: out };
    } catch (err) {
      return { error: err as Error };
    }
  };
}

/** A validator over a parsed JSON body: an object with the declared string fields (no coercion). */
export function compileBodyValidator(schema: ObjectSchema): (data: unknown) => { value: unknown } | { error: Error } {
  return (data) => {
    try {
      if (data === null || typeof data !== 'object' || Array.isArray(data)) throw badRequest('body must be a JSON object');
      const input = data as Record<string, unknown>;
      for (const name of schema.required ?? []) if (input[name] === undefined || input[name] === null) throw badRequest(`${name} is required`, name);
      if (schema.additionalProperties === false) {
        for (const k of Object.keys(input)) if (!(k in schema.properties)) throw badRequest(`unknown field "${k.slice(0, 40)}"; allowed: ${Object.keys(schema.properties).join(', ')}`, k);
      }
      for (const [name, s] of Object.entries(schema.properties)) {
        const v = input[name];
        if (v === undefined || v === null) continue;
        if (s.type === 'string') {
          if (typeof v !== 'string') throw badRequest(`${name} must be a string`, name);
          checkString(name, v, s);
        } else if (s.type === 'boolean' ? typeof v !== 'boolean' : typeof v !== 'number') throw badRequest(expectation(name, s), name);
      }
      return { value: input };
    } catch (err) {
      return { error: err as Error };
    }
  };
}

/** Schema builders for the common parameters. */
export const P = {
  limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_PAGE, description: 'page size' } as FieldSchema,
  offset: { type: 'integer', minimum: 0, default: 0, description: 'rows to skip' } as FieldSchema,
  text: (description: string): FieldSchema => ({ type: 'string', maxLength: MAX_TEXT_PARAM, description }),
  date: (description: string): FieldSchema => ({ type: 'string', format: 'date', description }),
  bool: (description: string): FieldSchema => ({ type: 'boolean', description }),
  oneOf: (values: readonly string[], description: string): FieldSchema => ({ type: 'string', enum: values, description }),
};

/** A querystring schema with `limit` and `offset` plus `extra`. */
export function pagedQuery(extra: Record<string, FieldSchema> = {}, required: string[] = []): ObjectSchema {
  return { type: 'object', properties: { ...extra, limit: P.limit, offset: P.offset }, required };
}

/** A querystring schema of `props`. */
export function query(props: Record<string, FieldSchema>, required: string[] = []): ObjectSchema {
  return { type: 'object', properties: props, required };
}

/** A path-parameter schema: each named parameter a required non-empty string. */
export function pathParams(...names: string[]): ObjectSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(names.map((n) => [n, { type: 'string', minLength: 1, maxLength: MAX_TEXT_PARAM } as FieldSchema])),
    required: names,
  };
}
