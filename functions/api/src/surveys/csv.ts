/**
 * CSV exports: the anonymous raw responses of a campaign, and the IKM aggregates of a period. RFC 4180 (comma,
 * CRLF, quoted when needed), UTF-8 with a byte-order mark so spreadsheet programs read Indonesian text right. A
 * free-text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe.
 */
import {
  IKM_TEMPLATES,
  type IkmTemplateId,
  type IkmView,
  SERVQUAL_DIMENSIONS,
  SERVQUAL_TEMPLATE,
  SURVEY_TEMPLATES,
  type SurveyTemplateId,
  TRUST_TEMPLATE,
} from '@prima/domain';
import type { SurveyResponseRecord } from '@prima/store';
import { stringify } from 'csv-stringify/sync';

const safeText = (s: string | null | undefined) => {
  if (!s) return '';
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
};

/** The answer columns of a template, in template order. */
export function answerColumns(templateId: SurveyTemplateId): string[] {
  const t = SURVEY_TEMPLATES[templateId];
  if (t.kind === 'ikm') return t.unsur.map((u) => u.code);
  if (t.kind === 'servqual')
    return [
      ...SERVQUAL_TEMPLATE.items.flatMap((i) => [`${i.code}_E`, `${i.code}_P`]),
      ...SERVQUAL_DIMENSIONS.map((d) => `alokasi_${d}`),
    ];
  return TRUST_TEMPLATE.items.map((i) => i.code);
}

export const RESPONSE_COLUMNS_BEFORE = [
  'responseId',
  'submittedAt',
  'campaignId',
  'unitId',
  'serviceId',
  'templateId',
] as const;
export const RESPONSE_COLUMNS_AFTER = [
  'umur',
  'jenisKelamin',
  'pendidikan',
  'pekerjaan',
  'disabilitas',
  'saran',
] as const;

const BOM = '\uFEFF';

export function responsesCsv(templateId: SurveyTemplateId, rows: readonly SurveyResponseRecord[]): string {
  const answers = answerColumns(templateId);
  const header = [...RESPONSE_COLUMNS_BEFORE, ...answers, ...RESPONSE_COLUMNS_AFTER];
  const body = rows.map((r) => {
    const cells: (string | number)[] = [
      r.id,
      r.submittedAt,
      r.campaignId,
      r.unitId,
      r.serviceId ?? '',
      r.templateId,
    ];
    for (const col of answers) {
      if (col.startsWith('alokasi_')) {
        cells.push(r.allocation?.[col.slice('alokasi_'.length)] ?? '');
        continue;
      }
      const m = /^(Q\d+)_([EP])$/.exec(col);
      if (m) {
        const a = r.answers[m[1]!] as { e?: number; p?: number } | undefined;
        cells.push((m[2] === 'E' ? a?.e : a?.p) ?? '');
      } else {
        const v = r.answers[col];
        cells.push(typeof v === 'number' ? v : '');
      }
    }
    cells.push(
      r.profile.umur,
      r.profile.jenisKelamin,
      r.profile.pendidikan,
      r.profile.pekerjaan,
      r.profile.disabilitas ?? '',
      safeText(r.saran),
    );
    return cells;
  });
  return BOM + stringify([header, ...body], { record_delimiter: '\r\n' });
}

export interface AggregateRow {
  scope: 'unit' | 'tenant';
  unitId: string;
  unitName: string;
  result: IkmView;
}

/** IKM aggregates of a period: one row per unit and one for the whole tenant. */
export function aggregatesCsv(
  templateId: IkmTemplateId,
  period: string,
  rows: readonly AggregateRow[],
): string {
  const t = IKM_TEMPLATES[templateId];
  const header = [
    'scope',
    'unitId',
    'unitName',
    'period',
    'templateId',
    'weighting',
    'respondents',
    ...t.unsur.flatMap((u) => [`${u.code}_nrr`, `${u.code}_nilai`, `${u.code}_mutu`]),
    'ikm',
    'mutu',
    'kinerja',
    'weakest',
  ];
  const body = rows.map((r) => [
    r.scope,
    r.unitId,
    safeText(r.unitName),
    period,
    templateId,
    r.result.legacyLabel ?? r.result.method.weightLabel,
    r.result.respondents,
    ...r.result.unsur.flatMap((u) => [
      u.nrr === null ? '' : u.nrr.toFixed(4),
      u.nrrConverted ?? '',
      u.mutu ?? '',
    ]),
    r.result.ikm ?? '',
    r.result.mutu ?? '',
    r.result.kinerja ?? '',
    r.result.weakest.join(' '),
  ]);
  return BOM + stringify([header, ...body], { record_delimiter: '\r\n' });
}

export const csvHeaders = (filename: string) => ({
  'content-type': 'text/csv; charset=utf-8',
  'content-disposition': `attachment; filename="${filename}"`,
  'cache-control': 'no-store',
});
