/**
 * Reading the API's own OpenAPI document in tests: its operations, and sample request bodies generated from its
 * JSON schemas, so suites that walk every route cover a new route without anyone writing a case for it.
 */

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  example?: unknown;
  default?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface Operation {
  tags?: string[];
  summary?: string;
  security?: Record<string, unknown[]>[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: JsonSchema }> }>;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema>; securitySchemes?: Record<string, unknown> };
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

export interface DocumentedOperation {
  method: string;
  path: string;
  op: Operation;
}

/** Every operation (path × method) of the document. */
export function operationsOf(doc: OpenApiDocument): DocumentedOperation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => (HTTP_METHODS as readonly string[]).includes(method))
      .map(([method, op]) => ({ method, path, op })),
  );
}

export const ULID_PATTERN = '^[0-9A-HJKMNP-TV-Z]{26}$';
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** The generator met something it cannot fill; the message says what to add where. */
export class SampleError extends Error {
  override name = 'SampleError';
}

export interface SampleContext {
  /**
   * The value of a field that holds an id (unitId, unitIds, …), by field name; undefined when the caller does not know
   * that field, which fails the generation naming it.
   */
  idFor(field: string): string | undefined;
  /** Whether a field name is one that holds ids. */
  isIdField(field: string): boolean;
  /** A year for dates; generated dates fall inside it. */
  year: number;
  /** Where to tell the developer to add an unknown id field. */
  hint: string;
}

let emails = 0;
const uniqueEmail = () => `sampel-${Date.now().toString(36)}-${(emails++).toString(36)}@contoh.go.id`;

function resolve(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let s = schema;
  for (let i = 0; s.$ref && i < 20; i++) {
    const name = s.$ref.replace('#/components/schemas/', '');
    const target = doc.components?.schemas?.[name];
    if (!target) throw new SampleError(`unresolvable $ref ${s.$ref}`);
    s = target;
  }
  if (s.allOf) return Object.assign({}, ...s.allOf.map((x) => resolve(doc, x)), { allOf: undefined });
  return s;
}

function typeOf(s: JsonSchema): string | undefined {
  if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null') ?? 'null';
  if (s.type) return s.type;
  if (s.properties) return 'object';
  return undefined;
}

function fitsString(value: unknown, s: JsonSchema): value is string {
  if (typeof value !== 'string') return false;
  if (s.minLength !== undefined && value.length < s.minLength) return false;
  if (s.maxLength !== undefined && value.length > s.maxLength) return false;
  if (s.pattern && !new RegExp(s.pattern, 'u').test(value)) return false;
  if (s.enum && !s.enum.includes(value)) return false;
  return true;
}

/**
 * A minimal valid value for `schema`: the schema's `example` when it has one, else generated. Fields holding ids are
 * filled from `ctx.idFor` (an unknown one fails); email fields get a fresh address; dates fall in `ctx.year`.
 */
export function sample(
  doc: OpenApiDocument,
  schema: JsonSchema,
  ctx: SampleContext,
  field = '(body)',
): unknown {
  const s = resolve(doc, schema);
  if (s.const !== undefined) return s.const;
  const branch = s.anyOf ?? s.oneOf;
  if (branch) {
    const pick = branch.map((b) => resolve(doc, b)).find((b) => typeOf(b) !== 'null') ?? branch[0]!;
    return sample(doc, pick, ctx, field);
  }
  const type = typeOf(s);

  if (type === 'object') {
    const props = s.properties ?? {};
    const out: Record<string, unknown> =
      s.example && typeof s.example === 'object' && !Array.isArray(s.example)
        ? structuredClone(s.example as Record<string, unknown>)
        : {};
    for (const [name, prop] of Object.entries(props)) {
      const needed = (s.required ?? []).includes(name) || ctx.isIdField(name);
      if (needed && !(name in out)) out[name] = sample(doc, prop, ctx, name);
    }
    for (const [name, value] of Object.entries(out)) {
      const prop = props[name] ? resolve(doc, props[name]) : undefined;
      if (ctx.isIdField(name)) {
        const id = ctx.idFor(name);
        if (id === undefined) throw new SampleError(`no id for field ${name}: add it to ${ctx.hint}`);
        out[name] = Array.isArray(value) || typeOf(prop ?? {}) === 'array' ? [id] : id;
      } else if (typeof value === 'string' && (/email/i.test(name) || prop?.format === 'email')) {
        out[name] = uniqueEmail();
      } else if (prop && typeof value === 'object' && value !== null) {
        out[name] = refill(doc, prop, value, ctx, name);
      }
      assertNoUnknownIds(name, out[name], ctx);
    }
    return out;
  }

  if (type === 'array') {
    if (ctx.isIdField(field)) {
      const id = ctx.idFor(field);
      if (id === undefined) throw new SampleError(`no id for field ${field}: add it to ${ctx.hint}`);
      return [id];
    }
    const n = s.minItems ?? 0;
    return Array.from({ length: n }, () => sample(doc, s.items ?? {}, ctx, field));
  }

  if (type === 'string') {
    if (ctx.isIdField(field) || s.pattern === ULID_PATTERN) {
      const id = ctx.idFor(field);
      if (id === undefined)
        throw new SampleError(`field ${field} holds an id the suite cannot fill: add it to ${ctx.hint}`);
      return id;
    }
    if (s.format === 'email' || /email/i.test(field)) return uniqueEmail();
    if (s.enum) return s.enum[0];
    const datePattern = s.pattern === '^\\d{4}-\\d{2}-\\d{2}$' || s.format === 'date';
    const candidates = [
      datePattern ? `${ctx.year}-08-17` : undefined,
      s.example,
      s.default,
      'Nilai Uji Isolasi 2026',
      'sandi-uji-isolasi-12345',
      'uji-isolasi',
      '+62 21 555 0101',
      'Nilai uji isolasi yang cukup panjang untuk memenuhi batas minimal panjang teks sebuah isian.',
    ];
    const fit = candidates.find((c) => fitsString(c, s));
    if (fit === undefined)
      throw new SampleError(
        `cannot generate a string for field ${field} (${JSON.stringify(s)}): give it an example in its schema`,
      );
    return fit;
  }

  if (type === 'integer' || type === 'number') {
    for (const c of [s.example, s.default, s.minimum, 1]) {
      if (typeof c !== 'number') continue;
      if (s.minimum !== undefined && c < s.minimum) continue;
      if (s.maximum !== undefined && c > s.maximum) continue;
      if (type === 'integer' && !Number.isInteger(c)) continue;
      return c;
    }
    return s.minimum ?? 0;
  }
  if (type === 'boolean') return typeof s.example === 'boolean' ? s.example : false;
  if (type === 'null') return null;
  if (s.example !== undefined) return structuredClone(s.example);
  throw new SampleError(`cannot generate a value for field ${field} (${JSON.stringify(s)})`);
}

/** Re-applies the id and email rules inside a nested value taken from an example. */
function refill(
  doc: OpenApiDocument,
  schema: JsonSchema,
  value: unknown,
  ctx: SampleContext,
  field: string,
): unknown {
  const s = resolve(doc, schema);
  if (Array.isArray(value)) return value.map((v) => refill(doc, s.items ?? {}, v, ctx, field));
  if (value && typeof value === 'object' && typeOf(s) === 'object') {
    const merged = { ...s, example: value };
    return sample(doc, merged, ctx, field);
  }
  return value;
}

function assertNoUnknownIds(field: string, value: unknown, ctx: SampleContext) {
  if (ctx.isIdField(field)) return;
  if (typeof value === 'string' && ULID.test(value))
    throw new SampleError(`field ${field} holds an id the suite does not know: add it to ${ctx.hint}`);
}
