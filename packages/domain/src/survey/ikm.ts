/**
 * IKM (Indeks Kepuasan Masyarakat) per PermenPAN-RB 14/2017, 16/2014 and KEP/25/M.PAN/2/2004 (DOMAIN.md §1–2).
 *
 * NRR(u) = Σ scores of u / answers to u. IKM(1–4) = Σ NRR(u) × w; IKM(25–100) = IKM(1–4) × 25, with w = 1/n
 * (exact, the default) or the printed 0.111 / 0.071 (legacy, labelled as such). Everything stays exact until the
 * end: NRRs are ratios of integers, their weighted sum is kept as a fraction of bigints, and only the final IKM
 * and each unsur's NRR × 25 are rounded, half-up to 2 decimals, once. Grades are read from those rounded values.
 *
 * The core works on per-unsur totals ({sum, count}) so the API can keep them on write and read a dashboard in
 * constant time; `computeIkm` builds the same totals from raw answers, so both paths give identical results.
 */
import type { Localized } from '../common';
import type { IKM_WEIGHTINGS } from '../settings';
import { centsToNumber, formatId, gcd, ratioToCents, roundHalfUp } from './rounding';
import type { IkmBand, IkmTemplate, IkmTemplateId, Kinerja, Mutu } from './templates';

export type IkmWeighting = (typeof IKM_WEIGHTINGS)[number];

export interface IkmOptions {
  /** `exact` (default): w = 1/n. `legacy`: the rounded weight printed in the regulation (0.111 or 0.071). */
  weighting?: IkmWeighting;
}

/** Running totals of one unsur: the sum of its scores and the number of answers. */
export interface UnsurTotal {
  sum: number;
  count: number;
}
/** Totals per unsur code; an absent code means no answers yet. */
export type IkmTotals = Readonly<Record<string, UnsurTotal | undefined>>;
/** One respondent's answers: unsur code → score. Absent, null or undefined = not answered. */
export type IkmAnswers = Readonly<Record<string, number | null | undefined>>;

export interface IkmGrade {
  mutu: Mutu;
  kinerja: Kinerja;
}

export interface IkmUnsurResult {
  code: string;
  name: Localized;
  /** Number of answers to this unsur. */
  answers: number;
  sum: number;
  /** Σ scores / answers, full precision; null without answers. */
  nrr: number | null;
  /** NRR × 25 rounded half-up to 2 decimals (once); the unsur's grade is read from this value. */
  nrrConverted: number | null;
  mutu: Mutu | null;
  kinerja: Kinerja | null;
  /** Among the lowest NRR (all ties): the priority of the follow-up plan. */
  weakest: boolean;
}

export interface IkmMethod {
  templateId: IkmTemplateId;
  regulation: string;
  weighting: IkmWeighting;
  /** The weight applied to each NRR (1/n or the printed legacy weight). */
  weight: number;
  /** "1/9", or "0,111 (LEGACY)". */
  weightLabel: string;
  /** The IKM when every answer is the best score: 100 with the exact weight, 99.90 / 99.40 with legacy. */
  maximum: number;
  rounding: 'half-up, 2 decimals, once at the end';
  /** The method note printed on reports ("metode"). */
  text: Localized;
}

export interface IkmResult {
  templateId: IkmTemplateId;
  respondents: number;
  /** IKM on 25–100, rounded half-up to 2 decimals once; null until every unsur has at least one answer. */
  ikm: number | null;
  /** IKM on 1–4 (Σ NRR × w), unrounded. */
  ikmRaw: number | null;
  mutu: Mutu | null;
  kinerja: Kinerja | null;
  unsur: IkmUnsurResult[];
  /** Codes of the unsur with the lowest NRR (all ties), in template order. */
  weakest: string[];
  /** Codes of the unsur nobody has answered; the IKM needs all of them. */
  missingUnsur: string[];
  method: IkmMethod;
}

const toCents = (value: number) => Math.round(value * 100);

function gradeCents(bands: readonly IkmBand[], cents: number): IkmGrade {
  for (const band of bands) {
    const from = toCents(band.from);
    if (band.fromInclusive ? cents >= from : cents > from) return { mutu: band.mutu, kinerja: band.kinerja };
  }
  const last = bands[bands.length - 1]!;
  return { mutu: last.mutu, kinerja: last.kinerja };
}

/**
 * Grade of a value on the 25–100 scale with the template's bands. The value is first rounded half-up to
 * 2 decimals, as the regulations grade the published (rounded) figure.
 */
export function gradeIkm(template: Pick<IkmTemplate, 'bands'>, value: number): IkmGrade {
  if (!Number.isFinite(value) || value < 25 || value > 100) {
    throw new RangeError(`An IKM value lies in 25–100, got ${value}`);
  }
  // Round the decimal the caller wrote (88.305 → 88.31), not the binary float just below it (88.30499…).
  return gradeCents(template.bands, toCents(roundHalfUp(value, 2)));
}

/** w as a fraction of integers: exact 1/n, or the 3-decimal legacy weight as thousandths. */
function weightOf(
  template: IkmTemplate,
  weighting: IkmWeighting,
): { num: bigint; den: bigint; value: number } {
  const n = template.unsur.length;
  if (weighting === 'exact') return { num: 1n, den: BigInt(n), value: 1 / n };
  const perMille = Math.round(template.weights.legacy * 1000);
  if (Math.abs(perMille - template.weights.legacy * 1000) > 1e-9) {
    throw new RangeError('A legacy weight has at most 3 decimals');
  }
  return { num: BigInt(perMille), den: 1000n, value: template.weights.legacy };
}

function bandsText(bands: readonly IkmBand[]): string {
  return bands
    .map((b, i) => {
      if (i < bands.length - 1) return `${b.mutu} ${b.fromInclusive ? '≥' : '>'} ${formatId(b.from, 2)}`;
      const prev = bands[i - 1]!;
      return `${b.mutu} ${prev.fromInclusive ? '<' : '≤'} ${formatId(prev.from, 2)}`;
    })
    .join('; ');
}

function describeMethod(template: IkmTemplate, weighting: IkmWeighting): IkmMethod {
  const n = template.unsur.length;
  const w = weightOf(template, weighting);
  // All answers = scale max: Σ NRR = n × max.
  const maximum = centsToNumber(
    ratioToCents(BigInt(template.conversion) * w.num * BigInt(n * template.scale.max), w.den),
  );
  const legacy = weighting === 'legacy';
  const wId = legacy ? formatId(template.weights.legacy, 3) : `1/${n}`;
  const wEn = legacy ? template.weights.legacy.toFixed(3) : `1/${n}`;
  const bands = bandsText(template.bands);
  const weightId = legacy
    ? `bobot LEGACY ${wId} sebagaimana tercetak dalam peraturan (pembulatan dari 1/${n}), dipakai agar sama dengan laporan spreadsheet; semua jawaban ${template.scale.max} menghasilkan ${formatId(maximum, 2)}, bukan 100,00`
    : `bobot tepat 1/${n}, yaitu rata-rata NRR × 25; semua jawaban ${template.scale.max} menghasilkan 100,00`;
  const weightEn = legacy
    ? `LEGACY weight ${wEn} as printed in the regulation (1/${n} rounded), used for parity with spreadsheet reports; all answers ${template.scale.max} give ${maximum.toFixed(2)}, not 100.00`
    : `exact weight 1/${n}, i.e. the mean of the NRRs × 25; all answers ${template.scale.max} give 100.00`;
  return {
    templateId: template.id,
    regulation: template.regulation.code,
    weighting,
    weight: w.value,
    weightLabel: legacy ? `${wId} (LEGACY)` : wId,
    maximum,
    rounding: 'half-up, 2 decimals, once at the end',
    text: {
      id:
        `Metode: ${template.regulation.code}, ${n} unsur, skala ${template.scale.min}–${template.scale.max}. ` +
        'NRR tiap unsur = jumlah nilai ÷ jumlah jawaban pada unsur itu (jawaban kosong tidak dihitung). ' +
        `IKM = Σ (NRR × ${wId}) × ${template.conversion}, ${weightId}. ` +
        `Perhitungan memakai presisi penuh; IKM dan nilai konversi tiap unsur (NRR × ${template.conversion}) ` +
        'dibulatkan sekali di akhir ke 2 desimal (setengah ke atas). ' +
        `Mutu pelayanan ditetapkan dari nilai yang sudah dibulatkan: ${bands}.`,
      en:
        `Method: ${template.regulation.code}, ${n} elements (unsur), scale ${template.scale.min}–${template.scale.max}. ` +
        'NRR of an element = sum of scores ÷ number of answers to that element (blank answers do not count). ' +
        `IKM = Σ (NRR × ${wEn}) × ${template.conversion}, ${weightEn}. ` +
        `Full precision throughout; the IKM and each element's converted value (NRR × ${template.conversion}) ` +
        'are rounded once, at the end, to 2 decimals (half up). ' +
        `The grade is read from the rounded value: ${bands.replaceAll(',', '.')}.`,
    },
  };
}

function checkCount(n: number, what: string) {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
}

/**
 * The IKM from per-unsur totals. `respondents` is the number of responses behind the totals (at least the
 * largest answer count). Throws RangeError on totals that no set of valid answers could produce.
 */
export function computeIkmFromTotals(
  template: IkmTemplate,
  totals: IkmTotals,
  respondents: number,
  options: IkmOptions = {},
): IkmResult {
  const weighting = options.weighting ?? 'exact';
  const codes = new Set(template.unsur.map((u) => u.code));
  for (const [code, total] of Object.entries(totals)) {
    if (!codes.has(code) && total !== undefined) {
      throw new RangeError(`Unknown unsur "${code}" for template ${template.id}`);
    }
  }
  checkCount(respondents, 'respondents');
  const { min, max } = template.scale;

  const rows = template.unsur.map((u) => {
    const { sum, count } = totals[u.code] ?? { sum: 0, count: 0 };
    checkCount(count, `count of ${u.code}`);
    if (!Number.isSafeInteger(sum) || sum < min * count || sum > max * count) {
      throw new RangeError(
        `sum of ${u.code} must be an integer from ${min * count} to ${max * count}, got ${sum}`,
      );
    }
    if (count > respondents) {
      throw new RangeError(`${u.code} has ${count} answers but there are only ${respondents} respondents`);
    }
    return { unsur: u, sum, count };
  });

  const answered = rows.filter((r) => r.count > 0);
  // Lowest NRR compared exactly: s1/c1 < s2/c2 ⇔ s1·c2 < s2·c1.
  let lowest: { sum: number; count: number } | null = null;
  for (const r of answered) {
    if (!lowest || BigInt(r.sum) * BigInt(lowest.count) < BigInt(lowest.sum) * BigInt(r.count)) lowest = r;
  }
  const isLowest = (r: { sum: number; count: number }) =>
    lowest !== null &&
    r.count > 0 &&
    BigInt(r.sum) * BigInt(lowest.count) === BigInt(lowest.sum) * BigInt(r.count);

  const conversion = BigInt(template.conversion);
  const unsur: IkmUnsurResult[] = rows.map((r) => {
    if (r.count === 0) {
      return {
        code: r.unsur.code,
        name: r.unsur.name,
        answers: 0,
        sum: 0,
        nrr: null,
        nrrConverted: null,
        mutu: null,
        kinerja: null,
        weakest: false,
      };
    }
    const cents = ratioToCents(conversion * BigInt(r.sum), BigInt(r.count));
    const grade = gradeCents(template.bands, Number(cents));
    return {
      code: r.unsur.code,
      name: r.unsur.name,
      answers: r.count,
      sum: r.sum,
      nrr: r.sum / r.count,
      nrrConverted: centsToNumber(cents),
      mutu: grade.mutu,
      kinerja: grade.kinerja,
      weakest: isLowest(r),
    };
  });

  const missingUnsur = rows.filter((r) => r.count === 0).map((r) => r.unsur.code);
  const method = describeMethod(template, weighting);
  const base = {
    templateId: template.id,
    respondents,
    unsur,
    weakest: unsur.filter((u) => u.weakest).map((u) => u.code),
    missingUnsur,
    method,
  };
  if (missingUnsur.length > 0) return { ...base, ikm: null, ikmRaw: null, mutu: null, kinerja: null };

  // Σ sum/count as one exact fraction, then × w × 25, rounded once.
  let num = 0n;
  let den = 1n;
  for (const r of rows) {
    num = num * BigInt(r.count) + BigInt(r.sum) * den;
    den *= BigInt(r.count);
    const g = gcd(num, den);
    num /= g;
    den /= g;
  }
  const w = weightOf(template, weighting);
  const cents = ratioToCents(conversion * w.num * num, w.den * den);
  const nrrSum = rows.reduce((acc, r) => acc + r.sum / r.count, 0);
  const ikmRaw = weighting === 'exact' ? nrrSum / rows.length : nrrSum * w.value;
  return { ...base, ikm: centsToNumber(cents), ikmRaw, ...gradeCents(template.bands, Number(cents)) };
}

/**
 * Per-unsur totals of a set of responses, and the number of respondents (responses with at least one answer).
 * The API adds a single response's totals to the stored aggregate on write. Throws RangeError on an unknown
 * unsur or a score that is not an integer on the template's scale.
 */
export function ikmTotals(
  template: IkmTemplate,
  responses: readonly IkmAnswers[],
): { totals: Record<string, UnsurTotal>; respondents: number } {
  // A Map, so that a key such as "constructor" is an unknown unsur rather than an inherited property.
  const totals = new Map<string, UnsurTotal>(template.unsur.map((u) => [u.code, { sum: 0, count: 0 }]));
  const { min, max } = template.scale;
  let respondents = 0;
  for (const answers of responses) {
    let answeredAny = false;
    for (const [code, score] of Object.entries(answers)) {
      const total = totals.get(code);
      if (!total) throw new RangeError(`Unknown unsur "${code}" for template ${template.id}`);
      if (score === null || score === undefined) continue;
      if (!Number.isInteger(score) || score < min || score > max) {
        throw new RangeError(`Score of ${code} must be an integer from ${min} to ${max}, got ${score}`);
      }
      total.sum += score;
      total.count += 1;
      answeredAny = true;
    }
    if (answeredAny) respondents += 1;
  }
  return { totals: Object.fromEntries(totals), respondents };
}

/** The IKM of raw responses: builds the per-unsur totals and hands them to `computeIkmFromTotals`. */
export function computeIkm(
  template: IkmTemplate,
  responses: readonly IkmAnswers[],
  options: IkmOptions = {},
): IkmResult {
  const { totals, respondents } = ikmTotals(template, responses);
  return computeIkmFromTotals(template, totals, respondents, options);
}
