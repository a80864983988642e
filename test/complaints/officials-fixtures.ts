/**
 * Fixtures of the officials' complaint suites: a tenant with two OPD units, a category routed to the first, and one
 * user of each role, with tokens that outlive a clock moved by days.
 */
import type { Complaint, TenantRole, User } from '@prima/domain';
import type { LocalApp } from '@prima/local';
import { expect } from 'vitest';
import { manualClock } from '../support/fixtures';
import { type CallResult, call, newTenant, type TestTenant } from '../support/harness';

/** Monday 2 November 2026, 09:00 in Jakarta: a month without holidays. */
export const MONDAY = Date.parse('2026-11-02T02:00:00Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const newClock = (start = MONDAY) => manualClock(start);

export interface OfficialsWorld {
  t: TestTenant;
  unit1: string;
  unit2: string;
  /** Routed to unit1. */
  categoryId: string;
  /** Not routed to any unit. */
  otherCategoryId: string;
  admin: string;
  coordinator: string;
  officer1: string;
  officer2: string;
  analyst: string;
  users: Record<string, User>;
}

const TTL = 90 * 24 * 3600;

/** A token of `user` valid for 90 days of the (possibly moved) clock. */
export const longToken = (local: LocalApp, t: TestTenant, user: User) =>
  local.issuer.sign({ sub: user.id, email: user.email, tenantId: t.tenant.id, role: user.role }, TTL);

export async function officialsWorld(local: LocalApp): Promise<OfficialsWorld> {
  const t = await newTenant(local);
  const admin = await longToken(local, t, t.admin);
  const unit = async (name: string) => {
    const res = await call<{ id: string }>(local, 'POST', '/api/units', {
      token: admin,
      body: { name, kind: 'dinas' },
    });
    expect(res.status, res.text).toBe(201);
    return res.body.id;
  };
  const [unit1, unit2] = await Promise.all([
    unit('Dinas Pekerjaan Umum dan Penataan Ruang'),
    unit('Dinas Lingkungan Hidup'),
  ]);
  const category = async (name: string, unitId: string | null) => {
    const res = await call<{ id: string }>(local, 'POST', '/api/categories', {
      token: admin,
      body: { name, unitId },
    });
    expect(res.status, res.text).toBe(201);
    return res.body.id;
  };
  const [categoryId, otherCategoryId] = await Promise.all([
    category('Jalan rusak', unit1),
    category('Lain-lain', null),
  ]);
  const users: Record<string, User> = { admin: t.admin };
  const user = async (key: string, role: TenantRole, unitIds: string[] = []) => {
    const { user } = await t.user(role, unitIds);
    users[key] = user;
    return longToken(local, t, user);
  };
  const [coordinator, officer1, officer2, analyst] = await Promise.all([
    user('coordinator', 'coordinator'),
    user('officer1', 'unit-officer', [unit1]),
    user('officer2', 'unit-officer', [unit2]),
    user('analyst', 'analyst'),
  ]);
  return {
    t,
    unit1,
    unit2,
    categoryId,
    otherCategoryId,
    admin,
    coordinator,
    officer1,
    officer2,
    analyst,
    users,
  };
}

export const DESCRIPTION =
  'Jalan di depan pasar berlubang besar sejak dua minggu dan sudah menyebabkan dua pengendara jatuh.';

/** Files a complaint through staff entry (as the coordinator unless `token` says otherwise). */
export async function fileComplaint(
  local: LocalApp,
  w: OfficialsWorld,
  body: Record<string, unknown> = {},
  token = w.coordinator,
): Promise<Complaint> {
  const res = await call<Complaint>(local, 'POST', '/api/complaints', {
    token,
    body: {
      channel: 'phone',
      title: 'Jalan berlubang di depan pasar',
      description: DESCRIPTION,
      categoryId: w.categoryId,
      reporter: { name: 'Siti Aminah', phone: '+62 812 5550 1234', email: 'siti@example.com' },
      ...body,
    },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

export interface ActionResult {
  complaint: Complaint;
  availableActions: string[];
  deadline: { state: string | null; dueAt: string | null; dueKind: string | null };
}

/** Takes an action with the complaint's current version (unless the body names one). */
export async function act(
  local: LocalApp,
  token: string,
  complaint: Pick<Complaint, 'id' | 'version'>,
  body: Record<string, unknown>,
): Promise<CallResult<ActionResult>> {
  return call<ActionResult>(local, 'POST', `/api/complaints/${complaint.id}/actions`, {
    token,
    body: { version: complaint.version, ...body },
  });
}

/** Takes an action that must succeed, and returns the complaint after it. */
export async function ok(
  local: LocalApp,
  token: string,
  complaint: Pick<Complaint, 'id' | 'version'>,
  body: Record<string, unknown>,
): Promise<Complaint> {
  const res = await act(local, token, complaint, body);
  expect(res.status, res.text).toBe(200);
  return res.body.complaint;
}

export interface ComplaintView {
  complaint: Complaint;
  category: { id: string; name: string } | null;
  unit: { id: string; name: string } | null;
  timeline: {
    id: string;
    action: string;
    kind: string;
    visibility: string;
    note: string | null;
    from: string | null;
    to: string | null;
    actor: { kind: string; userId: string | null; name: string | null };
  }[];
  availableActions: string[];
  deadline: { state: string | null; dueAt: string | null; dueKind: string | null };
}

export async function view(local: LocalApp, token: string, id: string): Promise<CallResult<ComplaintView>> {
  return call<ComplaintView>(local, 'GET', `/api/complaints/${id}`, { token });
}

/** Moves a new complaint to `stage` through the API as the coordinator (dispatching to unit1). */
export async function complaintAt(
  local: LocalApp,
  w: OfficialsWorld,
  stage: 'diterima' | 'diverifikasi' | 'didisposisikan' | 'ditindaklanjuti',
  body: Record<string, unknown> = {},
): Promise<Complaint> {
  let c = await fileComplaint(local, w, body);
  if (stage === 'diterima') return c;
  c = await ok(local, w.coordinator, c, { action: 'verify' });
  if (stage === 'diverifikasi') return c;
  c = await ok(local, w.coordinator, c, { action: 'dispatch', unitId: w.unit1 });
  if (stage === 'didisposisikan') return c;
  return ok(local, w.officer1, c, { action: 'respond', note: 'Tim sudah menambal lubang jalan.' });
}
