import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { putHolidayCalendarSchema } from './calendar';
import { emailSchema, isoDateSchema, passwordSchema, phoneSchema } from './common';
import { isMessageKey, MESSAGES } from './messages';
import { createServiceSchema, updateServiceSchema } from './service';
import { updateSettingsSchema } from './settings';
import { putSlaPolicySchema } from './sla';
import { createTenantSchema, slugSchema } from './tenant';
import { createUnitSchema, putMaklumatSchema, updateUnitSchema } from './unit';
import { checkUnitScope, inviteUserSchema, updateUserSchema } from './user';

const ID = '01JD7Q9X4ZB8F6M2N3P5R7S9TV';

/** The issues of a failed parse as `path: message`, for readable assertions. */
function issues(schema: z.ZodType, value: unknown): string[] {
  const res = schema.safeParse(value);
  if (res.success) return [];
  return res.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** Paths of unrecognized keys, one per key. */
function unknownKeys(schema: z.ZodType, value: unknown): string[] {
  const res = schema.safeParse(value);
  if (res.success) return [];
  return res.error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys' ? i.keys.map((k) => [...i.path, k].join('.')) : [],
  );
}

describe('slug', () => {
  it.each(['kab-sukamaju', 'kota-bandung', 'abc', 'prov-jawa-barat-2', '123', 'a1b', 'x'.repeat(40)])(
    'accepts %s',
    (slug) => {
      expect(slugSchema.safeParse(slug).success).toBe(true);
    },
  );

  it.each([
    ['ab', 'slug.length'],
    ['x'.repeat(41), 'slug.length'],
    ['Kab-Sukamaju', 'slug.format'],
    ['kab_sukamaju', 'slug.format'],
    ['kab sukamaju', 'slug.format'],
    ['-kab', 'slug.format'],
    ['kab-', 'slug.format'],
    ['kab--sukamaju', 'slug.format'],
    ['kab.sukamaju', 'slug.format'],
    ['kabupatén', 'slug.format'],
  ])('rejects %s (%s)', (slug, key) => {
    expect(issues(slugSchema, slug)).toContain(`: ${key}`);
  });

  it.each(['api', 'app', 'admin', 'platform', 'public', 'login', 'static', 'assets', 'www', 'open311'])(
    'rejects the reserved word %s',
    (slug) => {
      expect(issues(slugSchema, slug)).toEqual([': slug.reserved']);
    },
  );

  it('a reserved word inside a longer slug is fine', () => {
    expect(slugSchema.safeParse('admin-kota').success).toBe(true);
    expect(slugSchema.safeParse('kab-api').success).toBe(true);
  });
});

describe('createTenant', () => {
  const base = {
    name: 'Pemerintah Kabupaten Sukamaju',
    slug: 'kab-sukamaju',
    timeZone: 'Asia/Jakarta',
    adminEmail: 'admin@sukamaju.go.id',
  };

  it('defaults the kind to kabupaten and leaves the admin name optional', () => {
    const v = createTenantSchema.parse(base);
    expect(v.kind).toBe('kabupaten');
    expect(v.adminName).toBeUndefined();
  });

  it('keeps a given kind', () => {
    expect(createTenantSchema.parse({ ...base, kind: 'kota' }).kind).toBe('kota');
  });

  it('normalises the admin email and trims the name', () => {
    const v = createTenantSchema.parse({
      ...base,
      name: '  Kota Sukamaju  ',
      adminEmail: '  Admin@SukaMaju.GO.ID ',
    });
    expect(v.adminEmail).toBe('admin@sukamaju.go.id');
    expect(v.name).toBe('Kota Sukamaju');
  });

  it('names each missing field', () => {
    const paths = createTenantSchema.safeParse({}).error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'slug', 'timeZone', 'adminEmail']));
  });

  it('rejects a time zone outside Indonesia', () => {
    expect(issues(createTenantSchema, { ...base, timeZone: 'Asia/Singapore' })[0]).toMatch(/^timeZone:/);
  });

  it('rejects a reserved slug and a bad email', () => {
    expect(issues(createTenantSchema, { ...base, slug: 'admin' })).toEqual(['slug: slug.reserved']);
    expect(issues(createTenantSchema, { ...base, adminEmail: 'not-an-email' })[0]).toMatch(/^adminEmail:/);
  });

  it('rejects unknown keys, naming them', () => {
    expect(unknownKeys(createTenantSchema, { ...base, status: 'active', tenantId: ID })).toEqual([
      'status',
      'tenantId',
    ]);
  });
});

describe('email', () => {
  it('is trimmed and lower-cased', () => {
    expect(emailSchema.parse('  Rina.Kusuma@SukaMaju.Go.Id\t')).toBe('rina.kusuma@sukamaju.go.id');
  });

  it.each(['', 'rina', 'rina@', '@sukamaju.go.id', 'rina@@sukamaju.go.id', 'rina sukamaju@x.id'])(
    'rejects %j',
    (s) => {
      expect(emailSchema.safeParse(s).success).toBe(false);
    },
  );

  it('rejects more than 254 characters', () => {
    expect(emailSchema.safeParse(`${'a'.repeat(250)}@x.id`).success).toBe(false);
  });
});

describe('inviteUser: only a unit officer is scoped to units', () => {
  const base = { email: 'rina@sukamaju.go.id', name: 'Rina Kusuma' };

  it('a unit officer needs at least one unit', () => {
    expect(issues(inviteUserSchema, { ...base, role: 'unit-officer' })).toEqual([
      'unitIds: user.unitRequired',
    ]);
    expect(issues(inviteUserSchema, { ...base, role: 'unit-officer', unitIds: [] })).toEqual([
      'unitIds: user.unitRequired',
    ]);
  });

  it('a unit officer with units is valid', () => {
    const v = inviteUserSchema.parse({ ...base, role: 'unit-officer', unitIds: [ID] });
    expect(v.unitIds).toEqual([ID]);
  });

  it.each(['tenant-admin', 'coordinator', 'analyst'])('%s may not be given units', (role) => {
    expect(issues(inviteUserSchema, { ...base, role, unitIds: [ID] })).toEqual([
      'unitIds: user.unitNotAllowed',
    ]);
  });

  it.each(['tenant-admin', 'coordinator', 'analyst'])('%s gets no units by default', (role) => {
    expect(inviteUserSchema.parse({ ...base, role }).unitIds).toEqual([]);
  });

  it('the platform operator is not a role an admin can invite', () => {
    expect(issues(inviteUserSchema, { ...base, role: 'platform-operator' })[0]).toMatch(/^role:/);
    expect(issues(inviteUserSchema, { ...base, role: 'superadmin' })[0]).toMatch(/^role:/);
  });

  it('unit ids must be ids', () => {
    expect(issues(inviteUserSchema, { ...base, role: 'unit-officer', unitIds: ['dinkes'] })).toContain(
      'unitIds.0: id.invalid',
    );
  });

  it('normalises the email', () => {
    expect(inviteUserSchema.parse({ ...base, email: ' RINA@Sukamaju.go.id', role: 'analyst' }).email).toBe(
      'rina@sukamaju.go.id',
    );
  });

  it('rejects unknown keys', () => {
    expect(unknownKeys(inviteUserSchema, { ...base, role: 'analyst', tenantId: ID })).toEqual(['tenantId']);
  });

  it('checkUnitScope states the same rule', () => {
    expect(checkUnitScope('unit-officer', [])).toBe('user.unitRequired');
    expect(checkUnitScope('unit-officer', [ID])).toBeNull();
    expect(checkUnitScope('coordinator', [ID])).toBe('user.unitNotAllowed');
    expect(checkUnitScope('coordinator', [])).toBeNull();
  });
});

describe('holiday calendar', () => {
  const day = (date: string, name = 'Hari Libur Daerah') => ({ date, name, kind: 'daerah' });

  it('accepts distinct dates, with or without a version', () => {
    expect(putHolidayCalendarSchema.safeParse({ days: [day('2027-01-01'), day('2027-08-17')] }).success).toBe(
      true,
    );
    expect(putHolidayCalendarSchema.safeParse({ days: [], version: 3 }).success).toBe(true);
  });

  it('names the second occurrence of a duplicate date', () => {
    expect(
      issues(putHolidayCalendarSchema, {
        days: [day('2027-01-01'), day('2027-03-01'), day('2027-01-01', 'Lagi')],
      }),
    ).toEqual(['days.2.date: date.duplicate']);
  });

  it('names every duplicate', () => {
    const d = day('2027-05-05');
    expect(issues(putHolidayCalendarSchema, { days: [d, d, d] })).toEqual([
      'days.1.date: date.duplicate',
      'days.2.date: date.duplicate',
    ]);
  });

  it('rejects dates that are not calendar dates', () => {
    expect(issues(putHolidayCalendarSchema, { days: [day('2027-02-30')] })).toEqual([
      'days.0.date: date.invalid',
    ]);
    expect(issues(putHolidayCalendarSchema, { days: [day('17-08-2027')] })).toContain(
      'days.0.date: date.format',
    );
  });

  it('rejects unknown keys on the calendar and on a day', () => {
    expect(unknownKeys(putHolidayCalendarSchema, { days: [], year: 2027 })).toEqual(['year']);
    expect(unknownKeys(putHolidayCalendarSchema, { days: [{ ...day('2027-01-01'), extra: true }] })).toEqual([
      'days.0.extra',
    ]);
  });

  it('rejects an unknown kind of holiday', () => {
    expect(issues(putHolidayCalendarSchema, { days: [{ ...day('2027-01-01'), kind: 'bebas' }] })[0]).toMatch(
      /^days\.0\.kind:/,
    );
  });
});

describe('dates, phones and passwords', () => {
  it.each(['2026-08-17', '2028-02-29', '2026-12-31'])('%s is a date', (d) => {
    expect(isoDateSchema.safeParse(d).success).toBe(true);
  });

  it.each([
    ['2026-02-29', 'date.invalid'],
    ['2026-13-01', 'date.invalid'],
    ['2026-04-31', 'date.invalid'],
    ['2026-8-17', 'date.format'],
    ['2026-08-17T00:00:00Z', 'date.format'],
  ])('%s is not (%s)', (d, key) => {
    expect(issues(isoDateSchema, d)).toContain(`: ${key}`);
  });

  it('phones: Indonesian formats pass, letters do not', () => {
    expect(phoneSchema.parse(' +62 21 555 0101 ')).toBe('+62 21 555 0101');
    expect(phoneSchema.safeParse('(0274) 555-010').success).toBe(true);
    expect(issues(phoneSchema, 'call me')).toEqual([': phone.invalid']);
  });

  it('passwords need 12 characters with letters and digits', () => {
    expect(passwordSchema.safeParse('kata-sandi-123').success).toBe(true);
    expect(issues(passwordSchema, 'pendek1')).toContain(': password.weak');
    expect(issues(passwordSchema, 'hanyahurufsaja')).toContain(': password.weak');
    expect(issues(passwordSchema, '123456789012345')).toContain(': password.weak');
  });
});

describe('strict objects reject unknown keys', () => {
  const cases: [string, z.ZodType, Record<string, unknown>][] = [
    ['createUnit', createUnitSchema, { name: 'Dinas Kesehatan', kind: 'dinas' }],
    ['updateUnit', updateUnitSchema, { version: 1 }],
    [
      'putMaklumat',
      putMaklumatSchema,
      { text: 'x'.repeat(30), signedBy: 'Drs. Budi', signedOn: '2026-01-02' },
    ],
    ['createService', createServiceSchema, { unitId: ID, name: 'Penerbitan KTP-el' }],
    ['updateService', updateServiceSchema, { version: 1 }],
    ['inviteUser', inviteUserSchema, { email: 'a@b.id', name: 'Rina', role: 'analyst' }],
    ['updateUser', updateUserSchema, { version: 1 }],
    ['updateSettings', updateSettingsSchema, { version: 1 }],
    ['putSlaPolicy', putSlaPolicySchema, { ...slaValid(), version: 1 }],
    ['putHolidayCalendar', putHolidayCalendarSchema, { days: [] }],
  ];

  it.each(cases)('%s: the valid body passes', (_, schema, valid) => {
    expect(issues(schema, valid)).toEqual([]);
  });

  it.each(cases)('%s: an unknown key is named', (_, schema, valid) => {
    expect(unknownKeys(schema, { ...valid, tenantId: ID })).toEqual(['tenantId']);
  });

  it('a service standard rejects a component that does not exist', () => {
    expect(
      unknownKeys(createServiceSchema, { unitId: ID, name: 'Penerbitan KTP-el', standard: { rahasia: 'x' } }),
    ).toEqual(['standard.rahasia']);
    expect(unknownKeys(updateServiceSchema, { version: 1, standard: { rahasia: 'x' } })).toEqual([
      'standard.rahasia',
    ]);
  });

  it('an SLA tier rejects unknown keys', () => {
    const body = {
      ...slaValid(),
      version: 1,
      tiers: [{ key: 'ringan', label: 'Ringan', workingDays: 2, x: 1 }],
    };
    expect(unknownKeys(putSlaPolicySchema, body)).toEqual(['tiers.0.x']);
  });

  it('stored fields cannot be set through an update', () => {
    expect(unknownKeys(updateUnitSchema, { version: 1, id: ID, createdAt: 'x' })).toEqual([
      'id',
      'createdAt',
    ]);
  });
});

describe('create defaults', () => {
  it('a unit gets null optional fields and a normalised email', () => {
    expect(
      createUnitSchema.parse({ name: '  Dinas Kesehatan ', kind: 'dinas', email: ' DINKES@X.ID' }),
    ).toEqual({
      name: 'Dinas Kesehatan',
      kind: 'dinas',
      shortName: null,
      headName: null,
      address: null,
      phone: null,
      email: 'dinkes@x.id',
    });
  });

  it('a service gets null optional fields and an empty partial standard', () => {
    expect(createServiceSchema.parse({ unitId: ID, name: 'Penerbitan KTP-el' })).toEqual({
      unitId: ID,
      name: 'Penerbitan KTP-el',
      description: null,
      durationWorkingDays: null,
      feeRupiah: null,
      standard: {},
    });
  });

  it('an update needs the version it read', () => {
    expect(issues(updateUnitSchema, { name: 'Dinas Baru' })[0]).toMatch(/^version:/);
    expect(issues(updateSettingsSchema, { version: 0 })[0]).toMatch(/^version:/);
  });
});

describe('message catalogue', () => {
  it('every message has Bahasa Indonesia and English', () => {
    for (const [key, m] of Object.entries(MESSAGES)) {
      expect(m.id.length, key).toBeGreaterThan(0);
      expect(m.en.length, key).toBeGreaterThan(0);
    }
  });

  it('isMessageKey knows the catalogue and nothing else', () => {
    expect(isMessageKey('slug.reserved')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
    expect(isMessageKey('Invalid input')).toBe(false);
  });
});

function slaValid() {
  return {
    verifyWorkingDays: 3,
    followUpWorkingDays: 5,
    autoCloseWorkingDays: 10,
    resolutionCeilingDays: 60,
    completionWindowDays: 30,
    reopenWindowWorkingDays: 10,
    dueSoonWorkingDays: 1,
    tiers: [{ key: 'ringan', label: 'Ringan', workingDays: 2 }],
  };
}
