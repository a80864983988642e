import { XMLBuilder } from 'fast-xml-parser';
import type { Context } from 'hono';
import type { Env } from '../env';

/**
 * The two representations of GeoReport v2. The format is the extension of the resource (`/services.xml`,
 * `/requests/01J….json`). XML is schemaless and without a namespace; JSON follows it by the Spark convention: a list
 * element (`<services>`) becomes an array of its items (`<service>`), everything else maps one to one. So every
 * response is written once, as JSON-shaped data, and `render` derives the XML from it.
 */
export type Format = 'json' | 'xml';

export const CONTENT_TYPES: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** The item element of each list element of the spec. */
const ITEM_OF: Record<string, string> = {
  services: 'service',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
  service_requests: 'request',
  errors: 'error',
};

/** A JSON-shaped value as GeoReport responses hold them. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

/** `services.json` → json, `01J….xml` → xml; anything else is not a resource of this API. */
export function splitFormat(file: string): { name: string; format: Format } | null {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  return m ? { name: m[1]!, format: m[2] as Format } : null;
}

/** The format a path asks for: its extension; JSON when it has none of ours (an unknown path). */
export const formatOfPath = (path: string): Format => (path.endsWith('.xml') ? 'xml' : 'json');

// Characters XML 1.0 cannot carry at all, even escaped (most control characters, lone surrogates, U+FFFE/U+FFFF).
// User text (descriptions) may hold them; they are dropped.
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The XML tree of a value under `name`: lists wrapped as `<name><item/>…</name>`, null as an empty element. */
function toXmlTree(name: string, value: Value): unknown {
  if (Array.isArray(value)) {
    const item = ITEM_OF[name];
    if (!item) throw new Error(`no item element for list ${name}`);
    return { [item]: value.map((v) => toXmlTree(item, v)) };
  }
  if (value === null) return null;
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toXmlTree(k, v)]));
  if (typeof value === 'string') return value.replace(XML_INVALID, '');
  return value;
}

const builder = new XMLBuilder({ format: true, indentBy: '  ', suppressEmptyNode: true });

/** The document: the XML declaration with its encoding, then the root element. */
export function toXml(root: string, value: Value): string {
  const tree = toXmlTree(root, value);
  const body = builder.build({ [root]: tree === null ? '' : tree }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}

/**
 * Answers `value` in `format`. `root` is the XML root element (`services`, `service_requests`, `discovery`…); a list
 * value is its items. Responses are not cached: they are live views of the tenant's data.
 */
export function render(
  c: Context<Env>,
  format: Format,
  status: number,
  root: string,
  value: Value,
): Response {
  const text = format === 'xml' ? toXml(root, value) : JSON.stringify(value);
  return c.body(text, status as 200, {
    'content-type': CONTENT_TYPES[format],
    'cache-control': 'no-store',
  });
}
