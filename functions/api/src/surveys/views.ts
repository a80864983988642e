/** How survey entities leave the API: campaigns with their progress, plans with their element name, public forms. */
import {
  AGE_BANDS,
  DISABILITIES,
  EDUCATION_LEVELS,
  GENDERS,
  type Localized,
  OCCUPATIONS,
  RESPONDENT_LABELS,
  requiredSample,
  SERVQUAL_TEMPLATE,
  type Service,
  SURVEY_TEMPLATES,
  type SurveyTemplateId,
  sampleProgress,
  TRUST_TEMPLATE,
  type Unit,
} from '@prima/domain';
import type { CampaignStatus, FollowUpPlan, SurveyCampaign } from '@prima/store';
import { campaignPeriodLabel } from './period';

/** The required sample of a population on a template: Krejcie & Morgan, or the 2004 rule (SERVQUAL, trust: K&M). */
export function requiredSampleOf(templateId: SurveyTemplateId, population: number): number {
  const template = SURVEY_TEMPLATES[templateId];
  return template.kind === 'ikm'
    ? requiredSample(template, population)
    : requiredSample({ sampleRule: 'krejcie-morgan', unsur: [] }, population);
}

export function campaignView(c: SurveyCampaign, responses: number) {
  return {
    ...c,
    period: { ...c.period, label: campaignPeriodLabel(c.period) },
    progress: sampleProgress(responses, Math.max(1, c.requiredSample)),
  };
}

/** The name of an element a plan improves: an unsur, a SERVQUAL dimension or a trust driver. */
export function elementName(templateId: SurveyTemplateId, code: string): Localized | null {
  const t = SURVEY_TEMPLATES[templateId];
  if (t.kind === 'ikm') return t.unsur.find((u) => u.code === code)?.name ?? null;
  if (t.kind === 'servqual') return t.dimensions.find((d) => d.key === code)?.name ?? null;
  return t.drivers.find((d) => d.key === code)?.name ?? null;
}

export function followUpView(p: FollowUpPlan, today: string) {
  return {
    ...p,
    unsurName: elementName(p.templateId, p.unsurCode) ?? { id: p.unsurCode, en: p.unsurCode },
    overdue: p.status !== 'done' && p.deadline < today,
  };
}

export const CLOSED_MESSAGES: Record<Exclude<CampaignStatus, 'open'>, Localized> = {
  draft: {
    id: 'Survei ini belum dibuka. Silakan kembali lagi nanti. Terima kasih atas kesediaan Anda.',
    en: 'This survey has not opened yet. Please come back later. Thank you for your willingness.',
  },
  paused: {
    id: 'Survei ini sedang dijeda sementara. Silakan coba lagi nanti. Terima kasih.',
    en: 'This survey is paused for now. Please try again later. Thank you.',
  },
  closed: {
    id: 'Survei ini sudah ditutup dan tidak lagi menerima jawaban. Terima kasih atas perhatian Anda.',
    en: 'This survey has closed and no longer accepts answers. Thank you for your interest.',
  },
};

export const THANK_YOU: Localized = {
  id: 'Terima kasih! Jawaban Anda sudah kami terima dan membantu memperbaiki pelayanan.',
  en: 'Thank you! We have received your answers; they help improve the service.',
};

const options = (labels: Record<string, Localized>, values: readonly string[]) =>
  values.map((value) => ({ value, label: labels[value]! }));

/** The public form of a campaign: its template's items with labels in both languages, and the profile fields. */
export function publicForm(c: SurveyCampaign, unit: Unit, service: Service | null, unitServices: Service[]) {
  const t = SURVEY_TEMPLATES[c.templateId];
  let template: {
    scale: { min: number; max: number; anchors: { min: Localized; max: Localized } | null };
    items: {
      code: string;
      text: Localized;
      expectation: Localized | null;
      group: string | null;
      options: { score: number; label: Localized }[] | null;
      anchors: { min: Localized; max: Localized } | null;
    }[];
    allocation: {
      points: number;
      dimensions: { key: string; name: Localized; description: Localized }[];
    } | null;
  };
  if (t.kind === 'ikm') {
    template = {
      scale: { min: t.scale.min, max: t.scale.max, anchors: null },
      items: t.unsur.map((u) => ({
        code: u.code,
        text: u.name,
        expectation: null,
        group: null,
        options: u.answers.map((label, i) => ({ score: i + 1, label })),
        anchors: null,
      })),
      allocation: null,
    };
  } else if (t.kind === 'servqual') {
    template = {
      scale: { min: t.scale.min, max: t.scale.max, anchors: t.scale.anchors },
      items: t.items.map((i) => ({
        code: i.code,
        text: i.perception,
        expectation: i.expectation,
        group: i.dimension,
        options: null,
        anchors: null,
      })),
      allocation: {
        points: SERVQUAL_TEMPLATE.weights.points,
        dimensions: t.dimensions.map((d) => ({ key: d.key, name: d.name, description: d.description })),
      },
    };
  } else {
    template = {
      scale: { min: t.scale.min, max: t.scale.max, anchors: null },
      items: TRUST_TEMPLATE.items.map((i) => ({
        code: i.code,
        text: i.text,
        expectation: null,
        group: i.section,
        options: null,
        anchors: i.anchors,
      })),
      allocation: null,
    };
  }
  const L = RESPONDENT_LABELS;
  const services = service ? [service] : unitServices.filter((s) => !s.archived);
  return {
    campaign: {
      id: c.id,
      title: c.title,
      description: c.description,
      status: c.status,
      open: c.status === 'open',
      message: c.status === 'open' ? null : CLOSED_MESSAGES[c.status],
      unit: { id: unit.id, name: unit.name, shortName: unit.shortName },
      service: service ? { id: service.id, name: service.name } : null,
      period: { start: c.period.start, end: c.period.end, label: campaignPeriodLabel(c.period) },
    },
    template: {
      id: c.templateId,
      kind: t.kind,
      name: t.name,
      regulation: t.regulation.code,
      ...template,
    },
    profile: {
      fields: [
        { name: 'umur', required: true, options: options(L.umur, AGE_BANDS) },
        { name: 'jenisKelamin', required: true, options: options(L.jenisKelamin, GENDERS) },
        { name: 'pendidikan', required: true, options: options(L.pendidikan, EDUCATION_LEVELS) },
        { name: 'pekerjaan', required: true, options: options(L.pekerjaan, OCCUPATIONS) },
        { name: 'disabilitas', required: false, options: options(L.disabilitas, DISABILITIES) },
        {
          name: 'serviceId',
          required: false,
          options: services.map((s) => ({ value: s.id, label: { id: s.name, en: s.name } })),
        },
      ],
      saranMaxLength: 1000,
    },
    honeypotField: 'website',
  };
}
