import { z } from 'zod';

export const idSchema = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'id.invalid')
  .meta({ description: 'ULID', example: '01JD7Q9X4ZB8F6M2N3P5R7S9TV' });

export const versionSchema = z
  .number()
  .int()
  .min(1)
  .meta({ description: 'Version read before the change; a stale version gets 409', example: 1 });

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date.format')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'date.invalid',
  )
  .meta({ example: '2026-08-17' });

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email())
  .meta({ format: 'email', example: 'admin@sukamaju.go.id' });

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,20}$/, 'phone.invalid')
  .meta({ example: '+62 21 555 0101' });

/** Fields every stored entity carries. */
export const auditSchema = z.object({
  createdAt: z.string().meta({ example: '2026-11-29T09:00:00+07:00' }),
  updatedAt: z.string().meta({ example: '2026-11-29T09:00:00+07:00' }),
  version: z.number().int().min(1),
});

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25).meta({ example: 25 }),
  cursor: z.string().max(1024).optional().meta({ description: 'Opaque cursor from the previous page' }),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `cursor` for the next page; null on the last page' }),
  });

export type Localized = { id: string; en: string };

/** Password policy: the same as the Cognito pool's (12+ characters, letters and digits). */
export const passwordSchema = z
  .string()
  .min(12, 'password.weak')
  .max(128)
  .regex(/^(?=.*[A-Za-z])(?=.*[0-9])/, 'password.weak');
