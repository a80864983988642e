import { z } from 'zod';
import { auditSchema, emailSchema, phoneSchema, versionSchema } from './common';

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Survey templates a tenant can choose as its default (DOMAIN.md §1–2). */
export const SURVEY_TEMPLATE_IDS = ['skm-2017', 'skm-2014', 'ikm-2004'] as const;

/**
 * `exact` uses the weight 1/n (all answers 4 give exactly 100); `legacy` uses the rounded weights printed in the
 * regulations (0.111 / 0.071) for parity with spreadsheet reports, and is labelled as such wherever it shows.
 */
export const IKM_WEIGHTINGS = ['exact', 'legacy'] as const;

export const settingsFields = {
  defaultLocale: z.enum(LOCALES).meta({ description: 'Language of messages sent to citizens' }),
  surveyTemplate: z.enum(SURVEY_TEMPLATE_IDS),
  ikmWeighting: z.enum(IKM_WEIGHTINGS),
  contactEmail: emailSchema.nullable(),
  contactPhone: phoneSchema.nullable(),
  address: z.string().trim().max(300).nullable().meta({ example: 'Jl. Merdeka No. 1, Sukamaju' }),
};

export const settingsSchema = z.object(settingsFields).extend(auditSchema.shape).meta({ id: 'Settings' });
export type Settings = z.infer<typeof settingsSchema>;

export const updateSettingsSchema = z
  .strictObject({ ...z.object(settingsFields).partial().shape, version: versionSchema })
  .meta({ id: 'UpdateSettings' });
export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>;

export const DEFAULT_SETTINGS: Omit<Settings, 'createdAt' | 'updatedAt' | 'version'> = {
  defaultLocale: 'id',
  surveyTemplate: 'skm-2017',
  ikmWeighting: 'exact',
  contactEmail: null,
  contactPhone: null,
  address: null,
};
