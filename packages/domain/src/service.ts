import { z } from 'zod';
import { auditSchema, idSchema, type Localized, versionSchema } from './common';

/**
 * The 14 components of a Standar Pelayanan (UU 25/2009 art. 21; PermenPAN-RB 15/2014). The six "service delivery"
 * components are published to citizens; the other eight are internal ("manufacturing") components.
 */
export const STANDARD_COMPONENTS = [
  { key: 'dasarHukum', public: false, label: { id: 'Dasar hukum', en: 'Legal basis' } },
  { key: 'persyaratan', public: true, label: { id: 'Persyaratan', en: 'Requirements' } },
  {
    key: 'prosedur',
    public: true,
    label: { id: 'Sistem, mekanisme dan prosedur', en: 'System, mechanism and procedure' },
  },
  { key: 'jangkaWaktu', public: true, label: { id: 'Jangka waktu penyelesaian', en: 'Completion time' } },
  { key: 'biaya', public: true, label: { id: 'Biaya/tarif', en: 'Fee/tariff' } },
  { key: 'produk', public: true, label: { id: 'Produk pelayanan', en: 'Service product' } },
  {
    key: 'sarana',
    public: false,
    label: { id: 'Sarana, prasarana dan/atau fasilitas', en: 'Facilities and infrastructure' },
  },
  { key: 'kompetensi', public: false, label: { id: 'Kompetensi pelaksana', en: 'Staff competence' } },
  { key: 'pengawasan', public: false, label: { id: 'Pengawasan internal', en: 'Internal supervision' } },
  {
    key: 'pengaduan',
    public: true,
    label: {
      id: 'Penanganan pengaduan, saran dan masukan',
      en: 'Handling of complaints, suggestions and input',
    },
  },
  { key: 'jumlahPelaksana', public: false, label: { id: 'Jumlah pelaksana', en: 'Number of staff' } },
  { key: 'jaminanPelayanan', public: false, label: { id: 'Jaminan pelayanan', en: 'Service guarantee' } },
  {
    key: 'jaminanKeamanan',
    public: false,
    label: { id: 'Jaminan keamanan dan keselamatan pelayanan', en: 'Security and safety guarantee' },
  },
  {
    key: 'evaluasi',
    public: false,
    label: { id: 'Evaluasi kinerja pelaksana', en: 'Staff performance evaluation' },
  },
] as const satisfies readonly { key: string; public: boolean; label: Localized }[];

export type StandardComponentKey = (typeof STANDARD_COMPONENTS)[number]['key'];
export const STANDARD_COMPONENT_KEYS = STANDARD_COMPONENTS.map((c) => c.key) as [
  StandardComponentKey,
  ...StandardComponentKey[],
];
export const PUBLIC_COMPONENT_KEYS = STANDARD_COMPONENTS.filter((c) => c.public).map((c) => c.key);

const componentText = z.string().trim().max(4000);

/** Every component is a text; an empty text means "not yet drawn up". */
export const standardSchema = z
  .object(
    Object.fromEntries(STANDARD_COMPONENT_KEYS.map((k) => [k, componentText])) as Record<
      StandardComponentKey,
      typeof componentText
    >,
  )
  .meta({ id: 'StandarPelayanan' });
export type Standard = z.infer<typeof standardSchema>;

export const emptyStandard = (): Standard =>
  Object.fromEntries(STANDARD_COMPONENT_KEYS.map((k) => [k, ''])) as Standard;

/** Share of the 14 components that are filled in, 0..1: shown as the completeness of a standard. */
export const standardCompleteness = (standard: Standard): number =>
  STANDARD_COMPONENT_KEYS.filter((k) => standard[k].trim().length > 0).length /
  STANDARD_COMPONENT_KEYS.length;

/** The published part of a standard, as citizens see it. */
export const publicStandard = (standard: Standard): Partial<Standard> =>
  Object.fromEntries(PUBLIC_COMPONENT_KEYS.map((k) => [k, standard[k]]));

const serviceFields = {
  unitId: idSchema,
  name: z.string().trim().min(3).max(160).meta({ example: 'Penerbitan KTP-el' }),
  description: z.string().trim().max(2000).nullable(),
  /** Jangka waktu in working days, as a number: actual handling time is measured against it. */
  durationWorkingDays: z.number().int().min(0).max(365).nullable().meta({ example: 1 }),
  /** Fee in rupiah; 0 is free of charge. */
  feeRupiah: z.number().int().min(0).max(1_000_000_000).nullable().meta({ example: 0 }),
};

export const serviceSchema = z
  .object({ id: idSchema, ...serviceFields, standard: standardSchema, archived: z.boolean() })
  .extend(auditSchema.shape)
  .meta({ id: 'Service' });
export type Service = z.infer<typeof serviceSchema>;

const partialStandard = standardSchema.partial().strict();

export const createServiceSchema = z
  .strictObject({
    ...serviceFields,
    description: serviceFields.description.optional().default(null),
    durationWorkingDays: serviceFields.durationWorkingDays.optional().default(null),
    feeRupiah: serviceFields.feeRupiah.optional().default(null),
    standard: partialStandard.optional().default({}),
  })
  .meta({
    id: 'CreateService',
    example: {
      unitId: '01JD7Q9X4ZB8F6M2N3P5R7S9TV',
      name: 'Penerbitan Akta Kelahiran',
      durationWorkingDays: 1,
      feeRupiah: 0,
      standard: { persyaratan: 'Surat keterangan kelahiran; KK; KTP-el orang tua' },
    },
  });
export type CreateServiceInput = z.infer<typeof createServiceSchema>;

export const updateServiceSchema = z
  .strictObject({
    ...z.object(serviceFields).partial().shape,
    standard: partialStandard.optional(),
    archived: z.boolean().optional(),
    version: versionSchema,
  })
  .meta({ id: 'UpdateService', example: { standard: { biaya: 'Tidak dipungut biaya' }, version: 1 } });
export type UpdateServiceInput = z.infer<typeof updateServiceSchema>;
