/**
 * The CSV export of a month of complaints: every lifecycle column, times in the tenant's zone, on-time flags, never
 * the reporter's identity, the tracking code or the description; safe to open in a spreadsheet.
 */
import { loadTenantContext, submitComplaint } from '@prima/api';
import type { LocalApp } from '@prima/local';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../support/fixtures';
import { call, testApp } from '../support/harness';
import {
  DAY,
  DESCRIPTION,
  fileComplaint,
  HOUR,
  MONDAY,
  newClock,
  officialsWorld,
  ok,
} from './officials-fixtures';

const clock = newClock();
let local: LocalApp;
beforeAll(async () => {
  local = await testApp({ now: clock.now });
});

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

const LIFECYCLE_COLUMNS = [
  'status',
  'unit_id',
  'unit',
  'category_id',
  'category',
  'channel',
  'submitted_at',
  'verified_at',
  'dispatched_at',
  'first_response_at',
  'closed_at',
  'updated_at',
  'due_at',
  'deadline_state',
  'auto_close_at',
  'completion_due_at',
  'resolution_ceiling_at',
  'reopen_until',
  'first_response_on_time',
  'on_time',
  'archive_reason',
  'duplicate_of',
];

async function exportCsv(token: string, month: string) {
  const res = await call(local, 'GET', `/api/complaints/export.csv?month=${month}`, { token });
  const rows = res.status === 200 ? parseCsv(res.text) : [];
  const [header = [], ...body] = rows;
  return {
    res,
    header,
    rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))),
  };
}

describe('CSV export', () => {
  it('has every lifecycle column and on-time flags, never the reporter, tracking code or description', async () => {
    clock.advance(MONDAY - clock.ms);
    const w = await officialsWorld(local);
    const formula = await fileComplaint(local, w, { title: '=HYPERLINK("http://contoh.id","klik")' });
    const anonim = await fileComplaint(local, w, { anonim: true, title: 'Pungutan liar di loket' });
    // Answered within its 2-working-day tier, then closed.
    let onTime = await fileComplaint(local, w, { title: 'Dijawab tepat waktu' });
    onTime = await ok(local, w.coordinator, onTime, { action: 'verify' });
    onTime = await ok(local, w.coordinator, onTime, { action: 'dispatch', unitId: w.unit1, tier: 'ringan' });
    clock.advance(3 * HOUR);
    onTime = await ok(local, w.officer1, onTime, { action: 'respond', note: 'Sudah diperbaiki.' });
    onTime = await ok(local, w.coordinator, onTime, { action: 'close' });
    // Dispatched on the same tier and answered a week later.
    let late = await fileComplaint(local, w, { title: 'Dijawab terlambat' });
    late = await ok(local, w.coordinator, late, { action: 'verify' });
    late = await ok(local, w.coordinator, late, { action: 'dispatch', unitId: w.unit2, tier: 'ringan' });
    clock.advance(7 * DAY);
    late = await ok(local, w.officer2, late, { action: 'respond', note: 'Maaf terlambat.' });

    const { res, header, rows } = await exportCsv(w.analyst, '2026-11');
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain(`pengaduan-${w.t.tenant.slug}-2026-11.csv`);
    for (const column of LIFECYCLE_COLUMNS) expect(header).toContain(column);
    expect(rows).toHaveLength(4);
    for (const secret of ['Siti', 'siti@example.com', '5550', formula.trackingCode, anonim.trackingCode])
      expect(res.text).not.toContain(secret);
    expect(res.text).not.toContain(DESCRIPTION.slice(0, 30));
    expect(header).not.toContain('tracking_code');

    const byId = Object.fromEntries(rows.map((r) => [r.id!, r]));
    expect(byId[formula.id]!.title).toBe(`'=HYPERLINK("http://contoh.id","klik")`);
    expect(byId[formula.id]).toMatchObject({
      status: 'diterima',
      channel: 'phone',
      category: 'Jalan rusak',
      category_id: w.categoryId,
      submitted_at: '2026-11-02T09:00:00.000+07:00',
      due_at: '2026-11-05T23:59:59.999+07:00',
      deadline_state: 'overdue',
      on_time: 'false',
      first_response_on_time: '',
    });
    expect(byId[anonim.id]).toMatchObject({ anonim: 'true', title: 'Pungutan liar di loket' });
    expect(byId[onTime.id]).toMatchObject({
      status: 'selesai',
      unit: 'Dinas Pekerjaan Umum dan Penataan Ruang',
      unit_id: w.unit1,
      tier: 'ringan',
      verified_at: '2026-11-02T09:00:00.000+07:00',
      dispatched_at: '2026-11-02T09:00:00.000+07:00',
      first_response_at: '2026-11-02T12:00:00.000+07:00',
      closed_at: '2026-11-02T12:00:00.000+07:00',
      hours_to_first_response: '3',
      hours_to_close: '3',
      first_response_on_time: 'true',
      on_time: 'true',
      due_at: '',
    });
    expect(byId[onTime.id]!.reopen_until).toMatch(/\+07:00$/);
    expect(byId[onTime.id]!.resolution_ceiling_at).toMatch(/\+07:00$/);
    expect(byId[late.id]).toMatchObject({
      status: 'ditindaklanjuti',
      unit: 'Dinas Lingkungan Hidup',
      first_response_on_time: 'false',
      on_time: 'false',
      hours_to_first_response: String(7 * 24),
    });
    expect(byId[late.id]!.auto_close_at).toMatch(/\+07:00$/);

    const empty = await exportCsv(w.coordinator, '2026-10');
    expect(empty.res.status).toBe(200);
    expect(empty.header).toEqual(header);
    expect(empty.rows).toEqual([]);
  });

  it('is for those allowed to export, for a valid month', async () => {
    const w = await officialsWorld(local);
    for (const token of [w.officer1, w.officer2])
      expectProblem((await exportCsv(token, '2026-11')).res as never, 403, 'forbidden');
    for (const token of [w.admin, w.coordinator, w.analyst])
      expect((await exportCsv(token, '2026-11')).res.status).toBe(200);
    for (const month of ['2026-13', '2026-1', 'november']) {
      const { res } = await exportCsv(w.analyst, month);
      expectProblem(res, 400, 'validation');
      expect(errorPaths(res)).toEqual(['month']);
    }
  });

  it('streams a month of more than one page', async () => {
    clock.advance(MONDAY - clock.ms);
    const w = await officialsWorld(local);
    const ctx = await loadTenantContext(w.t.db);
    const total = 130;
    for (let i = 0; i < total; i += 10) {
      await Promise.all(
        Array.from({ length: Math.min(10, total - i) }, (_, j) =>
          submitComplaint(
            ctx,
            {
              type: 'pengaduan',
              categoryId: null,
              serviceId: null,
              title: `Laporan nomor ${i + j}`,
              description: DESCRIPTION,
              location: null,
              reporter: {},
              anonim: false,
              rahasia: false,
              attachmentIds: [],
              serviceDate: null,
            },
            { channel: 'web', actor: { kind: 'reporter', userId: null, name: null }, now: clock.now() },
          ),
        ),
      );
    }
    const { res, rows } = await exportCsv(w.analyst, '2026-11');
    expect(res.status).toBe(200);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.id)).size).toBe(total);
  });
});
