import { z } from 'zod';
import { auditSchema, emailSchema, idSchema, isoDateSchema, phoneSchema, versionSchema } from './common';

/** Kinds of OPD (Organisasi Perangkat Daerah). */
export const UNIT_KINDS = [
  'sekretariat',
  'dinas',
  'badan',
  'inspektorat',
  'satpol-pp',
  'kecamatan',
  'kelurahan',
  'puskesmas',
  'rsud',
  'lainnya',
] as const;

const unitFields = {
  name: z.string().trim().min(3).max(160).meta({ example: 'Dinas Kependudukan dan Pencatatan Sipil' }),
  shortName: z.string().trim().min(2).max(30).nullable().meta({ example: 'Disdukcapil' }),
  kind: z.enum(UNIT_KINDS).meta({ example: 'dinas' }),
  headName: z
    .string()
    .trim()
    .max(120)
    .nullable()
    .meta({ description: 'Head of the unit (kepala OPD)', example: 'Drs. Budi Santoso, M.Si.' }),
  address: z.string().trim().max(300).nullable(),
  phone: phoneSchema.nullable(),
  email: emailSchema.nullable(),
};

export const unitSchema = z
  .object({ id: idSchema, ...unitFields, archived: z.boolean() })
  .extend(auditSchema.shape)
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof unitSchema>;

export const createUnitSchema = z
  .strictObject({
    ...unitFields,
    shortName: unitFields.shortName.optional().default(null),
    headName: unitFields.headName.optional().default(null),
    address: unitFields.address.optional().default(null),
    phone: unitFields.phone.optional().default(null),
    email: unitFields.email.optional().default(null),
  })
  .meta({ id: 'CreateUnit', example: { name: 'Dinas Kesehatan', shortName: 'Dinkes', kind: 'dinas' } });
export type CreateUnitInput = z.infer<typeof createUnitSchema>;

export const updateUnitSchema = z
  .strictObject({
    ...z.object(unitFields).partial().shape,
    archived: z.boolean().optional(),
    version: versionSchema,
  })
  .meta({ id: 'UpdateUnit', example: { headName: 'dr. Sari Wulandari', version: 1 } });
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;

/** Maklumat Pelayanan: the unit's published, signed pledge to deliver to its service standards. */
const maklumatFields = {
  text: z.string().trim().min(20).max(4000).meta({
    example:
      'Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.',
  }),
  signedBy: z.string().trim().min(3).max(120).meta({ example: 'Drs. Budi Santoso, M.Si.' }),
  signedOn: isoDateSchema,
};

export const maklumatSchema = z
  .object({ unitId: idSchema, ...maklumatFields })
  .extend(auditSchema.shape)
  .meta({ id: 'Maklumat' });
export type Maklumat = z.infer<typeof maklumatSchema>;

export const putMaklumatSchema = z
  .strictObject({
    ...maklumatFields,
    version: versionSchema.optional().meta({ description: 'Omit when the unit has no maklumat yet' }),
  })
  .meta({ id: 'PutMaklumat' });
export type PutMaklumatInput = z.infer<typeof putMaklumatSchema>;
