import type { LocalApp } from '@prima/local';
import { expect } from 'vitest';
import { type CallResult, call, type TestTenant } from '../support/harness';

export const PROFILE = {
  umur: '30-39',
  jenisKelamin: 'perempuan',
  pendidikan: 'sma',
  pekerjaan: 'wiraswasta',
} as const;

/** SKM 2017 answers U1…U9 from nine scores. */
export const skm = (...scores: number[]) => Object.fromEntries(scores.map((s, i) => [`U${i + 1}`, s]));

export interface CampaignBody {
  title?: string;
  unitId?: string;
  serviceId?: string | null;
  templateId?: string;
  period?: Record<string, unknown>;
  population?: number;
  description?: string | null;
}

export interface Campaign {
  id: string;
  status: string;
  version: number;
  templateId: string;
  unitId: string;
  serviceId: string | null;
  requiredSample: number;
  period: { kind: string; key: string | null; start: string; end: string; label: { id: string; en: string } };
  progress: { responses: number; required: number; remaining: number; reached: boolean };
  [k: string]: unknown;
}

export async function createCampaign(
  local: LocalApp,
  t: TestTenant,
  body: CampaignBody,
  token = t.adminToken,
): Promise<Campaign> {
  const res = await call<Campaign>(local, 'POST', '/api/surveys/campaigns', {
    token,
    body: {
      title: 'SKM Triwulan I 2026',
      period: { kind: 'triwulan', year: 2026, number: 1 },
      population: 1000,
      ...body,
    },
  });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

export async function setStatus(
  local: LocalApp,
  t: TestTenant,
  c: { id: string; version: number },
  status: 'open' | 'paused' | 'closed',
  token = t.adminToken,
): Promise<Campaign> {
  const res = await call<Campaign>(local, 'POST', `/api/surveys/campaigns/${c.id}/status`, {
    token,
    body: { status, version: c.version },
  });
  expect(res.status, res.text).toBe(200);
  return res.body;
}

/** A campaign created and opened in one go. */
export async function openCampaign(local: LocalApp, t: TestTenant, body: CampaignBody): Promise<Campaign> {
  return setStatus(local, t, await createCampaign(local, t, body), 'open');
}

let ipCounter = 1;
/** A fresh client address: every submission looks like another phone unless the test says otherwise. */
export const freshIp = () => {
  const n = ipCounter++;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

/**
 * Submits a response as a citizen. The client address is passed as the local Node server passes it (the socket's
 * peer), so the rate limit sees distinct clients.
 */
export async function submit<T = { responseId: string; replayed: boolean }>(
  local: LocalApp,
  slug: string,
  campaignId: string,
  body: unknown,
  opts: { ip?: string; idempotencyKey?: string; lang?: string } = {},
): Promise<CallResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
  if (opts.lang) headers['accept-language'] = opts.lang;
  const res = await local.app.request(
    `/api/public/${slug}/surveys/${campaignId}`,
    { method: 'POST', headers, body: JSON.stringify(body) },
    { incoming: { socket: { remoteAddress: opts.ip ?? freshIp() } } },
  );
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed as T, headers: res.headers, text };
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  fn: (x: T, i: number) => Promise<R>,
) {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}

/** Parses a CSV body (RFC 4180, as the export writes it) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
