import { isPublicPath } from '@prima/api';
import type { LocalApp } from '@prima/local';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, testApp } from '../support/harness';
import { type JsonSchema, type OpenApiDocument, operationsOf } from '../support/openapi';

let local: LocalApp;
let doc: OpenApiDocument;
beforeAll(async () => {
  local = await testApp();
  const res = await call<OpenApiDocument>(local, 'GET', '/api/openapi.json');
  expect(res.status).toBe(200);
  doc = res.body;
});

const ops = () => operationsOf(doc);
const name = (o: { method: string; path: string }) => `${o.method.toUpperCase()} ${o.path}`;
const isSecured = (o: { op: { security?: unknown[] } }) => (o.op.security?.length ?? 0) > 0;
/** A concrete path for an operation: a syntactically valid value for each parameter. */
const concrete = (path: string) =>
  path.replace(/\{([^}]+)\}/g, (_, p: string) =>
    p === 'year' ? '2026' : p === 'slug' ? 'kab-contoh' : '01JD7Q9X4ZB8F6M2N3P5R7S9TV',
  );

function resolve(schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema?.$ref) return schema;
  return doc.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')];
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1.0, served without a token, describing Prima', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toMatch(/Prima/);
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(ops().length).toBeGreaterThan(0);
  });

  it('every operation has a summary, tags and a 2xx response', () => {
    const problems: string[] = [];
    for (const o of ops()) {
      if (!o.op.summary?.trim()) problems.push(`${name(o)}: no summary`);
      if (!o.op.tags?.length) problems.push(`${name(o)}: no tags`);
      if (!Object.keys(o.op.responses ?? {}).some((s) => /^2\d\d$/.test(s)))
        problems.push(`${name(o)}: no 2xx`);
    }
    expect(problems).toEqual([]);
  });

  it('the bearer scheme is defined, and every non-public operation requires it', () => {
    expect(doc.components?.securitySchemes?.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const problems: string[] = [];
    for (const o of ops()) {
      const open = isPublicPath(concrete(o.path));
      const bearer = (o.op.security ?? []).some((s) => 'bearer' in s);
      if (!open && !bearer) problems.push(`${name(o)} is not public but declares no bearer security`);
      if (open && isSecured(o)) problems.push(`${name(o)} is public but declares security`);
    }
    expect(problems).toEqual([]);
  });

  it('the document tells the truth about security: secured operations refuse an anonymous caller', async () => {
    const problems: string[] = [];
    for (const o of ops()) {
      const res = await call(local, o.method.toUpperCase(), concrete(o.path), {
        body: o.op.requestBody ? {} : undefined,
      });
      if (isSecured(o) && res.status !== 401) problems.push(`${name(o)} without a token → ${res.status}`);
      if (!isSecured(o) && res.status === 401 && !o.path.startsWith('/api/auth/'))
        problems.push(`${name(o)} is documented public but → 401`);
    }
    expect(problems).toEqual([]);
  });

  it('path parameters are declared, required, with a schema', () => {
    const problems: string[] = [];
    for (const o of ops()) {
      for (const p of [...o.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!)) {
        const decl = o.op.parameters?.find((x) => x.in === 'path' && x.name === p);
        if (!decl?.required || !decl.schema) problems.push(`${name(o)}: {${p}}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every $ref resolves', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((r) => !doc.components?.schemas?.[r])).toEqual([]);
  });

  it('request bodies are JSON with an object schema that rejects unknown keys', () => {
    const problems: string[] = [];
    for (const o of ops()) {
      if (!o.op.requestBody) continue;
      const schema = resolve(o.op.requestBody.content?.['application/json']?.schema);
      if (!schema) problems.push(`${name(o)}: no application/json schema`);
      else if (schema.type !== 'object' || schema.additionalProperties !== false)
        problems.push(`${name(o)}: body schema is not a closed object`);
    }
    expect(problems).toEqual([]);
  });

  describe('problem responses', () => {
    it('every operation that takes input lists 400 and 404, secured ones 401 and 403, all as application/problem+json', () => {
      const problems: string[] = [];
      // Health and the document itself take no input: they can only answer 200 (or 500).
      const inputless = new Set(['/api/health', '/api/openapi.json']);
      for (const o of ops()) {
        const wanted = isSecured(o)
          ? ['400', '401', '403', '404']
          : inputless.has(o.path)
            ? ['500']
            : o.path.startsWith('/api/auth/')
              ? ['400', '401', '429']
              : ['400', '404'];
        for (const status of wanted) {
          const r = o.op.responses?.[status];
          if (!r?.content?.['application/problem+json']) problems.push(`${name(o)}: ${status}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('the problem schema is a JSON Schema of RFC 9457 problem details', () => {
      const problems: string[] = [];
      for (const o of ops()) {
        for (const [status, r] of Object.entries(o.op.responses ?? {})) {
          const media = r.content?.['application/problem+json'];
          if (!media) continue;
          const schema = resolve(media.schema);
          const props = schema?.properties ?? {};
          const ok =
            schema?.type === 'object' &&
            ['type', 'title', 'status', 'errors'].every((k) => k in props) &&
            !('def' in (media.schema ?? {}));
          if (!ok) problems.push(`${name(o)} ${status}: ${JSON.stringify(media.schema).slice(0, 80)}`);
        }
      }
      expect(problems.slice(0, 5)).toEqual([]);
    });

    it('public tenant pages document the 403 they give for a suspended tenant', () => {
      const missing = ops()
        .filter((o) => o.path.startsWith('/api/public/'))
        .filter((o) => !o.op.responses?.['403'])
        .map(name);
      expect(missing).toEqual([]);
    });

    it('sign-in documents its 401 (wrong password) and 429 (throttled, locked)', () => {
      const signIn = doc.paths['/api/auth/token']?.post;
      expect(signIn).toBeDefined();
      expect(Object.keys(signIn!.responses ?? {})).toEqual(expect.arrayContaining(['401', '429']));
    });
  });
});
