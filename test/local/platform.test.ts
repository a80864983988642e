import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlreadyRunningError,
  chooseDatabase,
  DEMO_PASSWORD,
  DEMO_TENANT,
  freePort,
  isAlive,
  type LocalPlatform,
  PortInUseError,
  runLocalPlatform,
} from '@prima/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'prima-platform-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function expectStopped(p: LocalPlatform) {
  const pid = p.database.process.pid!;
  await p.stop();
  expect(p.database.process.exitCode !== null || p.database.process.signalCode !== null).toBe(true);
  expect(isAlive(pid)).toBe(false);
}

describe('runLocalPlatform (pnpm start)', () => {
  it('serves the API and the JWKS, announces itself, stops Java, and keeps the data for the next start', async () => {
    const dbPath = join(tmp, 'dynamodb');
    const stateFile = join(tmp, 'local.json');
    const webRoot = join(tmp, 'web');
    const port = await freePort();

    // The demo's months of activity are seed-activity.test.ts's business; here the platform's wiring.
    const first = await runLocalPlatform({
      dbPath,
      port,
      stateFile,
      webRoot,
      logLevel: 'SILENT',
      demoActivity: false,
    });
    try {
      expect(first.url).toBe(`http://localhost:${port}`);
      expect(first.demo?.seeded).toBe(true);
      expect(first.server.servesWeb).toBe(false); // no web build: the API alone
      const health = await fetch(`${first.url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok' });
      const jwks = (await (await fetch(`${first.url}/.well-known/jwks.json`)).json()) as { keys: unknown[] };
      expect(jwks.keys).toHaveLength(1);
      expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toMatchObject({
        endpoint: first.endpoint,
        pid: process.pid,
        url: first.url,
      });
      expect(chooseDatabase({}, { stateFile, dbPath })).toEqual({
        source: 'start',
        dbPath,
        stateFile,
        tableName: 'prima',
      });
    } finally {
      await expectStopped(first);
    }
    expect(existsSync(stateFile)).toBe(false);

    const second = await runLocalPlatform({ dbPath, port, stateFile, logLevel: 'SILENT' });
    try {
      expect(second.demo).toMatchObject({ seeded: false, tenantId: first.demo?.tenantId });
      const signIn = await fetch(`${second.url}/api/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: DEMO_TENANT.adminEmail, password: DEMO_PASSWORD }),
      });
      expect(signIn.status).toBe(200);
      const page = await fetch(`${second.url}/api/public/${DEMO_TENANT.slug}`);
      expect(((await page.json()) as { name: string }).name).toBe(DEMO_TENANT.name);
    } finally {
      await expectStopped(second);
    }
  });

  it('refuses a taken port before starting Java', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', r));
    try {
      await expect(runLocalPlatform({ dbPath: join(tmp, 'taken'), port })).rejects.toBeInstanceOf(
        PortInUseError,
      );
      expect(existsSync(join(tmp, 'taken'))).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it('refuses to start twice on one state file', async () => {
    const stateFile = join(tmp, 'running.json');
    // A live process other than this one: the test runner's parent.
    writeFileSync(
      stateFile,
      JSON.stringify({ endpoint: 'http://127.0.0.1:1', pid: process.ppid, url: 'http://x' }),
    );
    await expect(
      runLocalPlatform({ dbPath: join(tmp, 'twice'), port: await freePort(), stateFile }),
    ).rejects.toBeInstanceOf(AlreadyRunningError);
    expect(chooseDatabase({}, { stateFile, dbPath: 'unused' })).toMatchObject({
      source: 'running',
      endpoint: 'http://127.0.0.1:1',
    });
    expect(
      chooseDatabase({ PRIMA_DYNAMODB_ENDPOINT: 'http://127.0.0.1:2' }, { stateFile, dbPath: 'x' }),
    ).toEqual({
      source: 'env',
      endpoint: 'http://127.0.0.1:2',
      tableName: 'prima',
    });
  });
});
