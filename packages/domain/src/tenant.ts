import { z } from 'zod';
import { auditSchema, emailSchema, idSchema } from './common';

export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type TimeZone = (typeof TIME_ZONES)[number];
export const timeZoneSchema = z.enum(TIME_ZONES).meta({ example: 'Asia/Jakarta' });

export const TENANT_KINDS = ['provinsi', 'kabupaten', 'kota'] as const;
export const tenantKindSchema = z.enum(TENANT_KINDS).meta({ example: 'kabupaten' });

export const TENANT_STATUSES = ['active', 'suspended'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

/** Words a slug may not take: they are paths of the product itself. */
const RESERVED_SLUGS = new Set([
  'api',
  'app',
  'admin',
  'platform',
  'public',
  'p',
  'login',
  'static',
  'assets',
  'www',
  'open311',
]);

export const slugSchema = z
  .string()
  .min(3, 'slug.length')
  .max(40, 'slug.length')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug.format')
  .refine((s) => !RESERVED_SLUGS.has(s), 'slug.reserved')
  .meta({ description: 'Public name of the Pemda in URLs', example: 'kab-sukamaju' });

export const tenantNameSchema = z
  .string()
  .trim()
  .min(3)
  .max(120)
  .meta({ example: 'Pemerintah Kabupaten Sukamaju' });

export const createTenantSchema = z
  .strictObject({
    name: tenantNameSchema,
    slug: slugSchema,
    kind: tenantKindSchema.default('kabupaten'),
    timeZone: timeZoneSchema,
    adminEmail: emailSchema,
    adminName: z.string().trim().min(1).max(120).optional().meta({ example: 'Admin Sukamaju' }),
  })
  .meta({ id: 'CreateTenant' });
export type CreateTenantInput = z.infer<typeof createTenantSchema>;

export const tenantSchema = z
  .object({
    id: idSchema,
    name: tenantNameSchema,
    slug: slugSchema,
    kind: tenantKindSchema,
    timeZone: timeZoneSchema,
    status: z.enum(TENANT_STATUSES),
  })
  .extend(auditSchema.shape)
  .meta({ id: 'Tenant' });
export type Tenant = z.infer<typeof tenantSchema>;
