import { z } from 'zod';
import { emailSchema, idSchema, phoneSchema } from '../common';

/** Report types (DOMAIN.md §4). */
export const COMPLAINT_TYPES = ['pengaduan', 'aspirasi', 'permintaan-informasi'] as const;
export type ComplaintType = (typeof COMPLAINT_TYPES)[number];

/** How a report reached the Pemda. */
export const CHANNELS = [
  'web',
  'walk-in',
  'phone',
  'sms',
  'email',
  'social-media',
  'open311',
  'api',
] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Lifecycle: diterima → diverifikasi → didisposisikan → ditindaklanjuti → selesai, with perlu-dilengkapi (waiting
 * for the reporter), ditolak, diarsipkan and dibuka-kembali (reopened by the reporter; escalates).
 */
export const COMPLAINT_STATUSES = [
  'diterima',
  'perlu-dilengkapi',
  'diverifikasi',
  'didisposisikan',
  'ditindaklanjuti',
  'selesai',
  'ditolak',
  'diarsipkan',
  'dibuka-kembali',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const CLOSED_STATUSES: ReadonlySet<ComplaintStatus> = new Set(['selesai', 'ditolak', 'diarsipkan']);
export const isOpen = (s: ComplaintStatus) => !CLOSED_STATUSES.has(s);

/** Why a report was archived. */
export const ARCHIVE_REASONS = ['tidak-jelas', 'duplikat', 'di-luar-kewenangan', 'ditarik'] as const;

export const locationSchema = z
  .strictObject({
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
    address: z.string().trim().min(3).max(300).optional(),
  })
  .refine((l) => (l.lat === undefined) === (l.lng === undefined), { message: 'location.pair', path: ['lng'] })
  .refine((l) => l.lat !== undefined || l.address !== undefined, { message: 'location.empty' })
  .meta({ id: 'Location', example: { lat: -6.5971, lng: 106.806, address: 'Jl. Pajajaran No. 10' } });
export type Location = z.infer<typeof locationSchema>;

export const reporterSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(120).optional(),
    email: emailSchema.optional(),
    phone: phoneSchema.optional(),
  })
  .meta({
    id: 'Reporter',
    description: 'Contact of the reporter; never shown publicly, and never to anyone when anonim',
  });
export type Reporter = z.infer<typeof reporterSchema>;

export const attachmentSchema = z
  .object({
    id: idSchema,
    name: z.string().max(200),
    contentType: z.string(),
    size: z.number().int(),
  })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof attachmentSchema>;

export const descriptionSchema = z.string().trim().min(20, 'complaint.descriptionShort').max(4000).meta({
  example:
    'Sudah tiga minggu lampu penerangan jalan di depan SDN 2 Sukamaju padam sehingga jalan gelap dan rawan kecelakaan.',
});

/** Short human tracking code: 10 characters of Crockford base32 in two groups, e.g. PRM-4K7Q-9XD2. */
export const trackingCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^PRM-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/, 'complaint.trackingCode')
  .meta({ example: 'PRM-4K7Q-9XD2' });
