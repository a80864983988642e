import {
  type ComplaintType,
  descriptionSchema,
  emailSchema,
  type Localized,
  localDate,
  phoneSchema,
  type SubmitComplaintInput,
  submitComplaintSchema,
} from '@prima/domain';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Env } from '../env';
import { issueMessage } from '../i18n';
import { ERRORS, fieldProblem, Open311Error, type Open311ErrorItem, open311Error } from './errors';
import { withMedia } from './requests';
import { ATTRIBUTES } from './services';

/**
 * POST Service Request: the form as the spec sends it (application/x-www-form-urlencoded, UTF-8; multipart is read
 * too, without files), and its mapping onto Prima's own submission, which then goes through `submitComplaint` like a
 * report from the web form, with channel `open311`.
 *
 *  service_code              → categoryId (checked by the route: 404 when it is not a service)
 *  lat, long, address_string → location (address_id alone is refused: Prima has no address repository)
 *  description               → description, and its first words → title
 *  media_url                 → the last line of the description (Prima stores uploads, not links)
 *  first_name, last_name, email, phone → reporter (never shown by any GET)
 *  device_id, account_id     → not kept (Prima has no client accounts)
 *  attribute[jenis|anonim|rahasia|tanggal_layanan] → type, anonim, rahasia, serviceDate
 */
export interface Open311Form {
  /** Top-level fields; a field sent twice keeps its first value. */
  fields: ReadonlyMap<string, string>;
  /** `attribute[code]=v` and `attribute[code][]=v`, by code. */
  attributes: ReadonlyMap<string, string[]>;
}

const ATTRIBUTE_FIELD = /^attribute\[([^\][]+)\](\[\])?$/;

/** The form of a POST: its body, with the query string as a fallback for each field (some clients send both). */
export async function readForm(c: Context<Env>): Promise<Open311Form> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  const body: [string, string][] = [];
  if (type.startsWith('application/x-www-form-urlencoded')) {
    body.push(...new URLSearchParams(await c.req.text()));
  } else if (type.startsWith('multipart/form-data')) {
    let data: FormData;
    try {
      data = await c.req.raw.formData();
    } catch {
      throw open311Error(400, ERRORS.notForm);
    }
    for (const [k, v] of data) {
      if (typeof v !== 'string') throw open311Error(400, ERRORS.fileUpload);
      body.push([k, v]);
    }
  } else if (type !== '' || (c.req.header('content-length') ?? '0') !== '0') {
    throw open311Error(400, ERRORS.notForm);
  }
  const fields = new Map<string, string>();
  const attributes = new Map<string, string[]>();
  const read = (entries: Iterable<[string, string]>) => {
    const seen = new Map<string, string[]>();
    for (const [key, value] of entries) {
      const attr = ATTRIBUTE_FIELD.exec(key);
      if (attr) seen.set(attr[1]!, [...(seen.get(attr[1]!) ?? []), value]);
      else if (!fields.has(key)) fields.set(key, value);
    }
    for (const [code, values] of seen) if (!attributes.has(code)) attributes.set(code, values);
  };
  read(body);
  read(new URL(c.req.url).searchParams);
  return { fields, attributes };
}

/** A field's value, trimmed; empty counts as absent (the spec's rule for optional arguments). */
export const field = (form: Open311Form, name: string): string | undefined => {
  const v = form.fields.get(name)?.trim();
  return v ? v : undefined;
};

/** The title of a report filed without one: its first words, up to 60 characters. */
export function titleFrom(description: string): string {
  const text = description.replace(/\s+/g, ' ').trim();
  if (text.length <= 60) return text;
  const head = text.slice(0, 60);
  const space = head.lastIndexOf(' ');
  const cut = space >= 20 ? head.slice(0, space) : head.slice(0, 59);
  return `${cut.replace(/[\s.,;:!?()-]+$/, '')}…`;
}

const localizedIssue = (issue: z.core.$ZodIssue): Localized => ({
  id: issueMessage(issue, 'id'),
  en: issueMessage(issue, 'en'),
});

/** The first issue of a failed check of one field by Prima's own schema, as a 400 naming the field. */
const issuesOf = (name: string, result: { success: boolean; error?: z.ZodError }): Open311ErrorItem[] =>
  !result.success && result.error?.issues[0]
    ? [fieldProblem(name, localizedIssue(result.error.issues[0]))]
    : [];

/** The Open311 field a path of Prima's submission came from. */
const FIELD_OF: Record<string, string> = {
  title: 'description',
  description: 'description',
  'location.lat': 'lat',
  'location.lng': 'long',
  'location.address': 'address_string',
  location: 'address_string',
  'reporter.email': 'email',
  'reporter.phone': 'phone',
  'reporter.name': 'first_name',
  type: 'attribute[jenis]',
  anonim: 'attribute[anonim]',
  rahasia: 'attribute[rahasia]',
  serviceDate: 'attribute[tanggal_layanan]',
};

function number(form: Open311Form, name: 'lat' | 'long', problems: Open311ErrorItem[]): number | undefined {
  const raw = field(form, name);
  if (raw === undefined) return undefined;
  const n = /^[-+]?\d{1,3}(?:\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
  const max = name === 'lat' ? 90 : 180;
  if (!(Math.abs(n) <= max)) {
    problems.push(fieldProblem(name, name === 'lat' ? ERRORS.latRange : ERRORS.longRange));
    return undefined;
  }
  return n;
}

/** A date attribute as YYYY-MM-DD in the tenant's time zone. */
function serviceDateOf(value: string, timeZone: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : localDate(new Date(t), timeZone);
}

interface AttributeChoices {
  type?: ComplaintType;
  anonim?: boolean;
  rahasia?: boolean;
  serviceDate?: string;
}

function attributesOf(form: Open311Form, timeZone: string, problems: Open311ErrorItem[]): AttributeChoices {
  const out: AttributeChoices = {};
  for (const [code, raw] of form.attributes) {
    const name = `attribute[${code}]`;
    const def = ATTRIBUTES.find((a) => a.code === code);
    if (!def) {
      problems.push(fieldProblem(name, ERRORS.attributeUnknown));
      continue;
    }
    const values = raw.map((v) => v.trim()).filter(Boolean);
    if (values.length === 0) continue;
    if (values.length > 1) {
      problems.push(fieldProblem(name, ERRORS.attributeSingle));
      continue;
    }
    const value = values[0]!;
    if (def.values) {
      const key = value.toLowerCase();
      if (!def.values.some((v) => v.key === key)) {
        problems.push(fieldProblem(name, ERRORS.attributeValue));
        continue;
      }
      if (code === 'jenis') out.type = key as ComplaintType;
      if (code === 'anonim') out.anonim = key === 'true';
      if (code === 'rahasia') out.rahasia = key === 'true';
    } else {
      const date = serviceDateOf(value, timeZone);
      if (!date) problems.push(fieldProblem(name, ERRORS.attributeDate));
      else out.serviceDate = date;
    }
  }
  return out;
}

/**
 * The Prima submission of an Open311 form for `categoryId`, or a 400 listing every field that is wrong. The checks
 * that Prima's own schema makes (description length, email, phone, dates) come from that schema, so a report is
 * held to the same rules whichever door it comes through.
 */
export function toSubmission(form: Open311Form, categoryId: string, timeZone: string): SubmitComplaintInput {
  const problems: Open311ErrorItem[] = [];

  const lat = number(form, 'lat', problems);
  const lng = number(form, 'long', problems);
  const address = field(form, 'address_string');
  const addressId = field(form, 'address_id');
  const hasLat = field(form, 'lat') !== undefined;
  const hasLong = field(form, 'long') !== undefined;
  if (hasLat !== hasLong) problems.push(fieldProblem(hasLat ? 'long' : 'lat', ERRORS.locationPair));
  else if (!hasLat && !address) {
    problems.push(
      addressId
        ? fieldProblem('address_id', ERRORS.addressIdUnsupported)
        : open311Problem(ERRORS.locationMissing),
    );
  }
  if (address !== undefined && (address.length < 3 || address.length > 300))
    problems.push(fieldProblem('address_string', ERRORS.addressLength));

  const text = form.fields.get('description')?.trim() ?? '';
  if (!text) problems.push(fieldProblem('description', ERRORS.descriptionMissing));
  else if (text.length > 4000) problems.push(fieldProblem('description', ERRORS.descriptionLong));
  else problems.push(...issuesOf('description', descriptionSchema.safeParse(text)));

  const mediaUrl = field(form, 'media_url');
  if (mediaUrl !== undefined && !isHttpUrl(mediaUrl))
    problems.push(fieldProblem('media_url', ERRORS.mediaUrl));

  const name = [field(form, 'first_name'), field(form, 'last_name')].filter(Boolean).join(' ');
  if (name && (name.length < 2 || name.length > 120))
    problems.push(fieldProblem('first_name', ERRORS.nameLength));
  const email = field(form, 'email');
  if (email !== undefined) problems.push(...issuesOf('email', emailSchema.safeParse(email)));
  const phone = field(form, 'phone');
  if (phone !== undefined) problems.push(...issuesOf('phone', phoneSchema.safeParse(phone)));

  const choices = attributesOf(form, timeZone, problems);
  if (problems.length) throw new Open311Error(400, dedupe(problems));

  const location =
    lat !== undefined && lng !== undefined
      ? { lat, lng, ...(address ? { address } : {}) }
      : { address: address! };
  const parsed = submitComplaintSchema.safeParse({
    type: choices.type ?? 'pengaduan',
    categoryId,
    title: titleFrom(text),
    description: withMedia(text, mediaUrl ?? null),
    location,
    reporter: { ...(name ? { name } : {}), ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
    anonim: choices.anonim ?? false,
    rahasia: choices.rahasia ?? false,
    serviceDate: choices.serviceDate ?? null,
  });
  if (!parsed.success) {
    throw new Open311Error(
      400,
      dedupe(
        parsed.error.issues.map((issue) =>
          fieldProblem(FIELD_OF[issue.path.map(String).join('.')] ?? 'description', localizedIssue(issue)),
        ),
      ),
    );
  }
  return parsed.data;
}

const open311Problem = (description: Localized): Open311ErrorItem => ({ code: 400, description });

const dedupe = (items: Open311ErrorItem[]) =>
  items.filter((e, i) => items.findIndex((o) => o.description.en === e.description.en) === i);

function isHttpUrl(value: string): boolean {
  if (value.length > 500 || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
