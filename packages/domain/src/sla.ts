import { z } from 'zod';
import { auditSchema, versionSchema } from './common';

/**
 * Complaint-handling deadlines (DOMAIN.md §4). Working-day (hk) values use the tenant's holiday calendar and time
 * zone; calendar-day values are plain days.
 */
const slaFields = {
  verifyWorkingDays: z
    .number()
    .int()
    .min(1)
    .max(30)
    .meta({ description: 'Verification and disposition after submission (hk)', example: 3 }),
  followUpWorkingDays: z
    .number()
    .int()
    .min(1)
    .max(60)
    .meta({ description: 'First substantive follow-up by the OPD after disposition (hk)', example: 5 }),
  autoCloseWorkingDays: z
    .number()
    .int()
    .min(1)
    .max(60)
    .meta({ description: 'Auto-close after the follow-up if the reporter does not reply (hk)', example: 10 }),
  resolutionCeilingDays: z.number().int().min(1).max(60).meta({
    description: 'Legal ceiling for resolution after the file is complete (calendar days)',
    example: 60,
  }),
  completionWindowDays: z.number().int().min(1).max(60).meta({
    description: 'Days the reporter has to complete an incomplete report (calendar days)',
    example: 30,
  }),
  reopenWindowWorkingDays: z
    .number()
    .int()
    .min(0)
    .max(60)
    .meta({ description: 'Window in which the reporter may reopen a closed report (hk)', example: 10 }),
  dueSoonWorkingDays: z
    .number()
    .int()
    .min(0)
    .max(10)
    .meta({ description: 'A deadline this close counts as due soon (hk)', example: 1 }),
  tiers: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z0-9-]{2,30}$/, 'tier.key'),
        label: z.string().trim().min(2).max(60),
        workingDays: z.number().int().min(1).max(60),
      }),
    )
    .max(10)
    .meta({ description: 'Resolution tiers a coordinator picks from when dispatching' }),
};

export const slaPolicySchema = z.object(slaFields).extend(auditSchema.shape).meta({ id: 'SlaPolicy' });
export type SlaPolicy = z.infer<typeof slaPolicySchema>;

export const putSlaPolicySchema = z
  .strictObject({ ...slaFields, version: versionSchema })
  .meta({ id: 'PutSlaPolicy' });
export type PutSlaPolicyInput = z.infer<typeof putSlaPolicySchema>;

export const DEFAULT_SLA_POLICY: Omit<SlaPolicy, 'createdAt' | 'updatedAt' | 'version'> = {
  verifyWorkingDays: 3,
  followUpWorkingDays: 5,
  autoCloseWorkingDays: 10,
  resolutionCeilingDays: 60,
  completionWindowDays: 30,
  reopenWindowWorkingDays: 10,
  dueSoonWorkingDays: 1,
  tiers: [
    { key: 'ringan', label: 'Ringan', workingDays: 2 },
    { key: 'normatif', label: 'Normatif', workingDays: 5 },
    { key: 'tanpa-pemeriksaan', label: 'Tanpa pemeriksaan', workingDays: 14 },
    { key: 'dengan-pemeriksaan', label: 'Dengan pemeriksaan', workingDays: 60 },
  ],
};
