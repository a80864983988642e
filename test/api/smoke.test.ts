import type { LocalApp } from '@prima/local';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, newTenant, testApp } from '../support/harness';

let local: LocalApp;
beforeAll(async () => {
  local = await testApp();
});

describe('a tenant admin', () => {
  it('creates a unit and sees it listed', async () => {
    const t = await newTenant(local);
    const created = await call<{ id: string }>(local, 'POST', '/api/units', {
      token: t.adminToken,
      body: { name: 'Dinas Kesehatan', kind: 'dinas' },
    });
    expect(created.status).toBe(201);
    const list = await call<{ items: { id: string }[] }>(local, 'GET', '/api/units', { token: t.adminToken });
    expect(list.body.items.map((u) => u.id)).toEqual([created.body.id]);
  });
});
