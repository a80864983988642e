import { z } from 'zod';
import { auditSchema, idSchema } from '../common';
import { ACTIONS } from './lifecycle';
import {
  ARCHIVE_REASONS,
  attachmentSchema,
  CHANNELS,
  COMPLAINT_STATUSES,
  COMPLAINT_TYPES,
  descriptionSchema,
  locationSchema,
  reporterSchema,
  trackingCodeSchema,
} from './model';

/** A complaint category: a per-tenant tree whose categories route to an OPD. */
const categoryFields = {
  name: z.string().trim().min(3).max(120).meta({ example: 'Penerangan jalan umum' }),
  parentId: idSchema.nullable().meta({ description: 'Parent category; null at the top of the tree' }),
  unitId: idSchema.nullable().meta({ description: 'The OPD this category routes to' }),
  description: z.string().trim().max(500).nullable(),
};
export const categorySchema = z
  .object({ id: idSchema, ...categoryFields, archived: z.boolean() })
  .extend(auditSchema.shape)
  .meta({ id: 'Category' });
export type Category = z.infer<typeof categorySchema>;

export const createCategorySchema = z
  .strictObject({
    ...categoryFields,
    parentId: categoryFields.parentId.optional().default(null),
    unitId: categoryFields.unitId.optional().default(null),
    description: categoryFields.description.optional().default(null),
  })
  .meta({ id: 'CreateCategory', example: { name: 'Jalan rusak', unitId: '01JD7Q9X4ZB8F6M2N3P5R7S9TV' } });
export type CreateCategoryInput = z.infer<typeof createCategorySchema>;

export const updateCategorySchema = z
  .strictObject({
    ...z.object(categoryFields).partial().shape,
    archived: z.boolean().optional(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'UpdateCategory' });
export type UpdateCategoryInput = z.infer<typeof updateCategorySchema>;

const submissionFields = {
  type: z.enum(COMPLAINT_TYPES).default('pengaduan'),
  categoryId: idSchema.nullable().optional().default(null),
  serviceId: idSchema.nullable().optional().default(null),
  title: z.string().trim().min(5).max(140).meta({ example: 'Lampu jalan padam di depan SDN 2' }),
  description: descriptionSchema,
  location: locationSchema.nullable().optional().default(null),
  reporter: reporterSchema.default({}),
  anonim: z
    .boolean()
    .default(false)
    .meta({ description: 'Hide the reporter’s identity from everyone, officials included' }),
  rahasia: z.boolean().default(false).meta({ description: 'Never show the report’s content publicly' }),
  /** Ids of attachments uploaded beforehand through an upload URL. */
  attachmentIds: z.array(idSchema).max(5).default([]),
  /** Date of the service the complaint is about, when known (complaints should come within 30 days of it). */
  serviceDate: z.iso.date().nullable().optional().default(null),
};

/** A citizen's report on the public form (no account). */
export const submitComplaintSchema = z.strictObject(submissionFields).meta({
  id: 'SubmitComplaint',
  example: {
    type: 'pengaduan',
    title: 'Lampu jalan padam di depan SDN 2',
    description:
      'Sudah tiga minggu lampu penerangan jalan di depan SDN 2 Sukamaju padam sehingga jalan gelap dan rawan kecelakaan.',
    location: { lat: -6.5971, lng: 106.806 },
    reporter: { name: 'Siti Aminah', email: 'siti@example.com' },
    anonim: false,
    rahasia: false,
  },
});
export type SubmitComplaintInput = z.infer<typeof submitComplaintSchema>;

/** A report entered by staff from a walk-in, a phone call or another channel. */
export const staffComplaintSchema = z
  .strictObject({ ...submissionFields, channel: z.enum(CHANNELS).exclude(['web', 'open311', 'api']) })
  .meta({ id: 'StaffComplaint' });
export type StaffComplaintInput = z.infer<typeof staffComplaintSchema>;

export const complaintActionSchema = z
  .strictObject({
    action: z
      .enum(ACTIONS)
      .exclude(['supply-info', 'reporter-reply', 'confirm', 'auto-close', 'withdraw', 'reopen']),
    note: z.string().trim().max(4000).optional(),
    unitId: idSchema.optional(),
    tier: z.string().max(30).optional(),
    extraWorkingDays: z.number().int().min(1).max(60).optional(),
    archiveReason: z.enum(ARCHIVE_REASONS).optional(),
    duplicateOf: idSchema.optional(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'ComplaintAction', example: { action: 'verify', note: 'Laporan lengkap', version: 1 } });
export type ComplaintActionInput = z.infer<typeof complaintActionSchema>;

/** What a reporter can do from the tracking page. */
export const reporterActionSchema = z
  .strictObject({
    action: z.enum(['supply-info', 'reporter-reply', 'confirm', 'reopen']),
    note: z.string().trim().max(4000).optional(),
  })
  .meta({
    id: 'ReporterAction',
    example: { action: 'supply-info', note: 'Lokasinya di depan pos ronda RT 03.' },
  });

export const ratingSchema = z
  .strictObject({
    score: z.number().int().min(1).max(5),
    comment: z.string().trim().max(1000).optional(),
  })
  .meta({ id: 'Rating', example: { score: 4, comment: 'Ditangani cepat, terima kasih.' } });
export type RatingInput = z.infer<typeof ratingSchema>;

export const timelineEventSchema = z
  .object({
    id: idSchema,
    at: z.string(),
    action: z.enum([...ACTIONS, 'submit']),
    actor: z.object({
      kind: z.enum(['coordinator', 'unit', 'reporter', 'system']),
      userId: z.string().nullable(),
      name: z.string().nullable(),
    }),
    from: z.enum(COMPLAINT_STATUSES).nullable(),
    to: z.enum(COMPLAINT_STATUSES).nullable(),
    note: z.string().nullable(),
    visibility: z.enum(['public', 'internal']),
    unitId: idSchema.nullable(),
  })
  .meta({ id: 'TimelineEvent' });
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const complaintSchema = z
  .object({
    id: idSchema,
    trackingCode: trackingCodeSchema,
    type: z.enum(COMPLAINT_TYPES),
    channel: z.enum(CHANNELS),
    categoryId: idSchema.nullable(),
    serviceId: idSchema.nullable(),
    title: z.string(),
    description: z.string(),
    location: locationSchema.nullable(),
    attachments: z.array(attachmentSchema),
    anonim: z.boolean(),
    rahasia: z.boolean(),
    serviceDate: z.string().nullable(),
    status: z.enum(COMPLAINT_STATUSES),
    unitId: idSchema.nullable(),
    tier: z.string().nullable(),
    submittedAt: z.string(),
    verifiedAt: z.string().nullable(),
    dispatchedAt: z.string().nullable(),
    firstResponseAt: z.string().nullable(),
    firstResponseOnTime: z.boolean().nullable().optional().meta({
      description: 'Whether the first response met the deadline running before it; set when it is posted',
    }),
    closedAt: z.string().nullable(),
    dueAt: z.string().nullable(),
    dueKind: z.enum(['verify', 'follow-up']).nullable(),
    autoCloseAt: z.string().nullable(),
    completionDueAt: z.string().nullable(),
    reopenUntil: z.string().nullable(),
    resolutionCeilingAt: z.string().nullable(),
    escalated: z.boolean(),
    reopenCount: z.number().int(),
    extensions: z.number().int(),
    archiveReason: z.string().nullable(),
    duplicateOf: idSchema.nullable(),
    rating: z.object({ score: z.number().int(), comment: z.string().nullable(), at: z.string() }).nullable(),
  })
  .extend(auditSchema.shape)
  .meta({ id: 'Complaint' });
export type Complaint = z.infer<typeof complaintSchema>;
