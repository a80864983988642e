import type { ComplaintStatus, Locale } from '@prima/domain';
import type { Notification } from '@prima/store';

/**
 * Notification texts in Bahasa Indonesia and English. A notification names what happened (`template`) and carries
 * the few facts the text needs (`data`); the text is made here, when it is sent. Texts to citizens never name an
 * official; texts to officials never name the reporter (only the tracking code and the title).
 */

export const TEMPLATE_KEYS = [
  'submitted',
  'status-changed',
  'reply',
  'request-info',
  'closed',
  'reopened',
  'escalated',
  'reminder',
  'reporter-acted',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

/** Where a citizen follows a report (the web app's public tracking page). */
export const trackingPath = (slug: string, trackingCode: string) =>
  `/p/${encodeURIComponent(slug)}/lacak/${encodeURIComponent(trackingCode)}`;
/** The tenant's public satisfaction survey (SKM). */
export const surveyPath = (slug: string) => `/p/${encodeURIComponent(slug)}/survei`;
/** A complaint in the officials' web admin. */
export const adminComplaintPath = (complaintId: string) => `/complaints/${encodeURIComponent(complaintId)}`;

export interface RenderContext {
  /** Public base URL of the web app, without a trailing slash (e.g. https://prima.example.go.id). */
  baseUrl: string;
  /** The tenant's time zone, for dates in the text. */
  timeZone: string;
}

export interface Rendered {
  template: TemplateKey;
  subject: string;
  /** Plain-text email body. */
  body: string;
  /** A short text for SMS. */
  sms: string;
}

const STATUS_LABELS: Record<ComplaintStatus, Record<Locale, string>> = {
  diterima: { id: 'Diterima', en: 'Received' },
  'perlu-dilengkapi': { id: 'Perlu dilengkapi', en: 'Needs more information' },
  diverifikasi: { id: 'Diverifikasi', en: 'Verified' },
  didisposisikan: { id: 'Diteruskan ke OPD', en: 'Forwarded to the responsible unit' },
  ditindaklanjuti: { id: 'Ditindaklanjuti', en: 'Followed up' },
  selesai: { id: 'Selesai', en: 'Closed' },
  ditolak: { id: 'Ditolak', en: 'Rejected' },
  diarsipkan: { id: 'Diarsipkan', en: 'Archived' },
  'dibuka-kembali': { id: 'Dibuka kembali', en: 'Reopened' },
};

const ZONE_ABBREVIATIONS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** An instant as a reader in the tenant's time zone reads it, e.g. "5 Maret 2026 pukul 23.59 WIB". */
export function formatInstant(iso: string | undefined, locale: Locale, timeZone: string): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '';
  const text = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
  const zone = ZONE_ABBREVIATIONS[timeZone];
  return zone ? `${text} ${zone}` : text;
}

export const statusLabel = (status: string | undefined, locale: Locale): string =>
  STATUS_LABELS[status as ComplaintStatus]?.[locale] ?? status ?? '';

/** The text to use for a notification: a status change into some statuses has a text of its own. */
export function templateOf(n: Pick<Notification, 'template' | 'data'>): TemplateKey {
  if (n.template === 'status-changed') {
    if (n.data.status === 'perlu-dilengkapi') return 'request-info';
    if (n.data.status === 'selesai') return 'closed';
    if (n.data.status === 'dibuka-kembali') return 'reopened';
  }
  return (TEMPLATE_KEYS as readonly string[]).includes(n.template)
    ? (n.template as TemplateKey)
    : 'status-changed';
}

interface Facts {
  code: string;
  title: string;
  tenant: string;
  status: string;
  note: string;
  dueAt: string;
  unit: string;
  dueKind: string;
  /** reporter-acted: what the reporter did (supply-info, reporter-reply, reopen). */
  action: string;
  trackingUrl: string;
  surveyUrl: string;
  adminUrl: string;
}

type Text = { subject: string; lines: (string | false)[]; sms: string };
type Template = (f: Facts) => Record<Locale, Text>;

const quoted = (note: string, label: string) => (note ? `${label}:\n${note}` : false);

const TEMPLATES: Record<TemplateKey, Template> = {
  submitted: (f) => ({
    id: {
      subject: `Laporan Anda diterima: ${f.code}`,
      lines: [
        `Terima kasih. Laporan Anda "${f.title}" telah diterima oleh ${f.tenant}.`,
        `Kode lacak: ${f.code}`,
        'Simpan kode ini baik-baik: siapa pun yang memegangnya dapat melihat laporan Anda.',
        `Ikuti perkembangannya di: ${f.trackingUrl}`,
        f.dueAt && `Laporan akan diverifikasi paling lambat ${f.dueAt}.`,
      ],
      sms: `${f.tenant}: laporan Anda diterima. Kode lacak ${f.code}. Pantau di ${f.trackingUrl}`,
    },
    en: {
      subject: `Your report was received: ${f.code}`,
      lines: [
        `Thank you. ${f.tenant} has received your report "${f.title}".`,
        `Tracking code: ${f.code}`,
        'Keep this code safe: whoever holds it can see your report.',
        `Follow its progress at: ${f.trackingUrl}`,
        f.dueAt && `It will be verified by ${f.dueAt}.`,
      ],
      sms: `${f.tenant}: your report was received. Tracking code ${f.code}. Follow it at ${f.trackingUrl}`,
    },
  }),
  'status-changed': (f) => ({
    id: {
      subject: `Status laporan ${f.code}: ${f.status}`,
      lines: [
        `Status laporan Anda "${f.title}" kini: ${f.status}.`,
        quoted(f.note, 'Keterangan petugas'),
        `Lihat laporan Anda di: ${f.trackingUrl}`,
      ],
      sms: `${f.tenant}: status laporan ${f.code} kini ${f.status}. ${f.trackingUrl}`,
    },
    en: {
      subject: `Status of report ${f.code}: ${f.status}`,
      lines: [
        `Your report "${f.title}" is now: ${f.status}.`,
        quoted(f.note, 'Note from the officials'),
        `See your report at: ${f.trackingUrl}`,
      ],
      sms: `${f.tenant}: report ${f.code} is now ${f.status}. ${f.trackingUrl}`,
    },
  }),
  reply: (f) => ({
    id: {
      subject: `Tanggapan atas laporan ${f.code}`,
      lines: [
        `Petugas menanggapi laporan Anda "${f.title}".`,
        quoted(f.note, 'Tanggapan'),
        `Lihat dan balas di: ${f.trackingUrl}`,
      ],
      sms: `${f.tenant}: ada tanggapan atas laporan ${f.code}. ${f.trackingUrl}`,
    },
    en: {
      subject: `A reply to report ${f.code}`,
      lines: [
        `The officials replied to your report "${f.title}".`,
        quoted(f.note, 'Reply'),
        `Read and answer it at: ${f.trackingUrl}`,
      ],
      sms: `${f.tenant}: there is a reply to report ${f.code}. ${f.trackingUrl}`,
    },
  }),
  'request-info': (f) => ({
    id: {
      subject: `Laporan ${f.code} perlu dilengkapi`,
      lines: [
        `Petugas memerlukan keterangan tambahan untuk laporan Anda "${f.title}".`,
        quoted(f.note, 'Yang diperlukan'),
        `Lengkapi melalui: ${f.trackingUrl}`,
        'Bila tidak dilengkapi dalam batas waktu yang tertera di halaman tersebut, laporan dianggap ditarik.',
      ],
      sms: `${f.tenant}: laporan ${f.code} perlu dilengkapi. Lengkapi di ${f.trackingUrl}`,
    },
    en: {
      subject: `Report ${f.code} needs more information`,
      lines: [
        `The officials need more information about your report "${f.title}".`,
        quoted(f.note, 'What is needed'),
        `Add it at: ${f.trackingUrl}`,
        'If it is not completed by the deadline shown there, the report counts as withdrawn.',
      ],
      sms: `${f.tenant}: report ${f.code} needs more information. Add it at ${f.trackingUrl}`,
    },
  }),
  closed: (f) => ({
    id: {
      subject: `Laporan ${f.code} selesai: beri penilaian Anda`,
      lines: [
        `Laporan Anda "${f.title}" telah selesai ditangani.`,
        quoted(f.note, 'Keterangan petugas'),
        `Bagaimana penanganannya? Beri nilai 1–5 di: ${f.trackingUrl}`,
        'Bila masalahnya belum selesai, Anda dapat membuka kembali laporan di halaman yang sama.',
        `Bantu ${f.tenant} memperbaiki layanan dengan mengisi survei kepuasan masyarakat: ${f.surveyUrl}`,
      ],
      sms: `${f.tenant}: laporan ${f.code} selesai. Beri penilaian di ${f.trackingUrl}`,
    },
    en: {
      subject: `Report ${f.code} is closed: rate the handling`,
      lines: [
        `Your report "${f.title}" has been dealt with and is closed.`,
        quoted(f.note, 'Note from the officials'),
        `How was it handled? Rate it from 1 to 5 at: ${f.trackingUrl}`,
        'If the problem is not solved, you can reopen the report on the same page.',
        `Help ${f.tenant} improve its services by answering the satisfaction survey: ${f.surveyUrl}`,
      ],
      sms: `${f.tenant}: report ${f.code} is closed. Rate it at ${f.trackingUrl}`,
    },
  }),
  reopened: (f) => ({
    id: {
      subject: `Laporan ${f.code} dibuka kembali`,
      lines: [
        `Laporan Anda "${f.title}" dibuka kembali dan akan ditangani lagi oleh petugas.`,
        quoted(f.note, 'Keterangan'),
        `Ikuti perkembangannya di: ${f.trackingUrl}`,
      ],
      sms: `${f.tenant}: laporan ${f.code} dibuka kembali. ${f.trackingUrl}`,
    },
    en: {
      subject: `Report ${f.code} was reopened`,
      lines: [
        `Your report "${f.title}" was reopened and will be handled again.`,
        quoted(f.note, 'Note'),
        `Follow its progress at: ${f.trackingUrl}`,
      ],
      sms: `${f.tenant}: report ${f.code} was reopened. ${f.trackingUrl}`,
    },
  }),
  escalated: (f) => ({
    id: {
      subject: `[Eskalasi] ${f.code} melewati tenggat`,
      lines: [
        `Laporan ${f.code} "${f.title}" melewati tenggat ${f.dueKind === 'verify' ? 'verifikasi dan disposisi' : 'tindak lanjut'}${f.dueAt ? ` (${f.dueAt})` : ''} dan dieskalasi ke koordinator.`,
        f.unit && `OPD: ${f.unit}`,
        `Tangani di: ${f.adminUrl}`,
      ],
      sms: `[Eskalasi] ${f.code} melewati tenggat. ${f.adminUrl}`,
    },
    en: {
      subject: `[Escalated] ${f.code} is past its deadline`,
      lines: [
        `Report ${f.code} "${f.title}" missed its ${f.dueKind === 'verify' ? 'verification and dispatch' : 'follow-up'} deadline${f.dueAt ? ` (${f.dueAt})` : ''} and was escalated to the coordinators.`,
        f.unit && `Unit: ${f.unit}`,
        `Handle it at: ${f.adminUrl}`,
      ],
      sms: `[Escalated] ${f.code} is past its deadline. ${f.adminUrl}`,
    },
  }),
  reminder: (f) => ({
    id: {
      subject: `[Pengingat] ${f.code} jatuh tempo ${f.dueAt}`,
      lines: [
        `Laporan ${f.code} "${f.title}" harus ${f.dueKind === 'verify' ? 'diverifikasi dan didisposisikan' : 'ditindaklanjuti'} paling lambat ${f.dueAt}.`,
        f.unit && `OPD: ${f.unit}`,
        `Tangani di: ${f.adminUrl}`,
      ],
      sms: `[Pengingat] ${f.code} jatuh tempo ${f.dueAt}. ${f.adminUrl}`,
    },
    en: {
      subject: `[Reminder] ${f.code} is due ${f.dueAt}`,
      lines: [
        `Report ${f.code} "${f.title}" must be ${f.dueKind === 'verify' ? 'verified and dispatched' : 'followed up'} by ${f.dueAt}.`,
        f.unit && `Unit: ${f.unit}`,
        `Handle it at: ${f.adminUrl}`,
      ],
      sms: `[Reminder] ${f.code} is due ${f.dueAt}. ${f.adminUrl}`,
    },
  }),
  'reporter-acted': (f) => ({
    id: {
      subject: `[Pelapor] ${f.code}: ${step(f.action, 'id').label}`,
      lines: [
        `Pelapor ${step(f.action, 'id').verb} laporan ${f.code} "${f.title}"; status kini ${f.status}.`,
        quoted(f.note, 'Catatan pelapor'),
        f.unit && `OPD: ${f.unit}`,
        `Tangani di: ${f.adminUrl}`,
      ],
      sms: `[Pelapor] ${f.code}: ${step(f.action, 'id').label}. ${f.adminUrl}`,
    },
    en: {
      subject: `[Reporter] ${f.code}: ${step(f.action, 'en').label}`,
      lines: [
        `The reporter ${step(f.action, 'en').verb} report ${f.code} "${f.title}"; it is now ${f.status}.`,
        quoted(f.note, 'The reporter’s note'),
        f.unit && `Unit: ${f.unit}`,
        `Handle it at: ${f.adminUrl}`,
      ],
      sms: `[Reporter] ${f.code}: ${step(f.action, 'en').label}. ${f.adminUrl}`,
    },
  }),
};

const REPORTER_STEPS: Record<string, Record<Locale, { label: string; verb: string }>> = {
  'supply-info': {
    id: { label: 'keterangan dilengkapi', verb: 'melengkapi keterangan' },
    en: { label: 'information supplied', verb: 'supplied the information asked for on' },
  },
  'reporter-reply': {
    id: { label: 'tanggapan pelapor', verb: 'menanggapi tindak lanjut atas' },
    en: { label: 'reporter’s reply', verb: 'answered the follow-up on' },
  },
  reopen: {
    id: { label: 'dibuka kembali', verb: 'membuka kembali' },
    en: { label: 'reopened', verb: 'reopened' },
  },
};

const step = (action: string, locale: Locale) =>
  REPORTER_STEPS[action]?.[locale] ?? { label: action, verb: action };

const SIGN_OFF: Record<Locale, (tenant: string) => string> = {
  id: (tenant) =>
    `Salam,\n${tenant}\n\nPesan ini dikirim otomatis oleh Prima; mohon tidak membalas email ini.`,
  en: (tenant) =>
    `Regards,\n${tenant}\n\nThis message was sent automatically by Prima; please do not reply to it.`,
};

/** The subject and texts of a notification, in its language. */
export function render(n: Notification, ctx: RenderContext): Rendered {
  const template = templateOf(n);
  const locale: Locale = n.locale === 'en' ? 'en' : 'id';
  const base = ctx.baseUrl.replace(/\/+$/, '');
  const slug = n.data.slug ?? '';
  const tenant = n.data.tenantName ?? 'Prima';
  const facts: Facts = {
    code: n.trackingCode,
    title: n.data.title ?? '',
    tenant,
    status: statusLabel(n.data.status, locale),
    note: n.data.note?.trim() ?? '',
    dueAt: formatInstant(n.data.dueAt, locale, ctx.timeZone),
    unit: n.data.unitName ?? '',
    dueKind: n.data.dueKind ?? '',
    action: n.data.action ?? '',
    trackingUrl: `${base}${trackingPath(slug, n.trackingCode)}`,
    surveyUrl: `${base}${surveyPath(slug)}`,
    adminUrl: `${base}${adminComplaintPath(n.complaintId)}`,
  };
  const text = TEMPLATES[template](facts)[locale];
  const body = [...text.lines.filter((l): l is string => Boolean(l)), SIGN_OFF[locale](tenant)].join('\n\n');
  return { template, subject: `${tenant}: ${text.subject}`, body, sms: text.sms };
}
