import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ORIGIN_VERIFY_HEADER } from '../lib/stacks/edge-stack';
import { synth } from './support';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

/**
 * The one synthesis with real bundling: esbuild builds the API function as NodejsFunction does for `cdk deploy`.
 * Reports the bundle size, and loads the bundle in a fresh Node process to answer GET /api/health the way
 * Lambda would call it: through CloudFront (with the origin header) and around it (without).
 */
describe('API function bundle', () => {
  it('builds a minified ESM bundle that loads and answers /api/health', () => {
    const s = synth({ bundle: ['prima-dev-api'] });
    const manifest = JSON.parse(
      readFileSync(join(s.assembly.directory, 'prima-dev-api.assets.json'), 'utf8'),
    ) as { files: Record<string, { source: { path: string; packaging?: string } }> };
    const dirs = Object.values(manifest.files)
      .filter((f) => f.source.packaging === 'zip')
      .map((f) => join(s.assembly.directory, f.source.path));
    const dir = dirs.find((d) => readdirSync(d).includes('index.mjs'));
    expect(dir, 'bundled asset with index.mjs').toBeDefined();

    const code = readFileSync(join(dir!, 'index.mjs'));
    const map = statSync(join(dir!, 'index.mjs.map')).size;
    const gzipped = gzipSync(code).length;
    console.log(
      `API bundle: index.mjs ${kib(code.length)} (gzip ${kib(gzipped)}), index.mjs.map ${kib(map)}, ` +
        `files: ${readdirSync(dir!).join(', ')}`,
    );
    expect(readdirSync(dir!).sort()).toEqual(['index.mjs', 'index.mjs.map']);
    // Minified: no indentation-formatted code; and well under Lambda's 50 MB zipped limit.
    expect(code.toString('utf8', 0, 2000)).not.toMatch(/\n {2}\S/);
    expect(code.length).toBeLessThan(10 * 1024 * 1024);

    const env = {
      PATH: process.env.PATH,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      AWS_REGION: 'ap-southeast-3',
      TABLE_NAME: 'prima-dev',
      TABLE_ARN: 'arn:aws:dynamodb:ap-southeast-3:123456789012:table/prima-dev',
      TABLE_KEY_ARN: 'arn:aws:kms:ap-southeast-3:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      ATTACHMENTS_BUCKET: 'prima-dev-attachments-123456789012-ap-southeast-3',
      TENANT_ROLE_ARN: 'arn:aws:iam::123456789012:role/prima-dev-tenant-access',
      PLATFORM_ROLE_ARN: 'arn:aws:iam::123456789012:role/prima-dev-platform-access',
      COGNITO_USER_POOL_ID: 'ap-southeast-3_Example1',
      COGNITO_CLIENT_ID: 'exampleclientid',
      LOG_LEVEL: 'SILENT',
      ORIGIN_VERIFY: 'v'.repeat(48),
    };
    const event = {
      version: '2.0',
      routeKey: 'GET /api/health',
      rawPath: '/api/health',
      rawQueryString: '',
      headers: { host: 'example.cloudfront.net', [ORIGIN_VERIFY_HEADER]: 'v'.repeat(48) },
      requestContext: {
        http: { method: 'GET', path: '/api/health', sourceIp: '192.0.2.1' },
        requestId: 'r1',
        stage: '$default',
      },
      isBase64Encoded: false,
    };
    const directEvent = { ...event, headers: { host: 'abc123.execute-api.ap-southeast-3.amazonaws.com' } };
    const script = `const m = await import(${JSON.stringify(join(dir!, 'index.mjs'))});
const viaCloudFront = await m.handler(${JSON.stringify(event)}, {});
const direct = await m.handler(${JSON.stringify(directEvent)}, {});
process.stdout.write(JSON.stringify([viaCloudFront, direct].map((r) => ({ status: r.statusCode, body: JSON.parse(r.body) }))));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const [viaCloudFront, direct] = JSON.parse(run.stdout) as { status: number; body: unknown }[];
    expect(viaCloudFront).toMatchObject({ status: 200, body: { status: 'ok' } });
    // Around CloudFront (and its WAF), straight to the execute-api endpoint: refused.
    expect(direct).toMatchObject({ status: 403, body: { type: 'https://prima.id/problems/forbidden' } });
  }, 300_000);
});
