/**
 * Survey counters: what one response adds on write, and the results read back from the summed counters. Reading
 * never touches raw responses: the IKM goes through `computeIkmFromTotals`; SERVQUAL and trust are computed here
 * from the same sums `computeServqual` / `computeTrust` build from raw responses, with the same formulas, so both
 * paths agree (the unit tests beside this file check it on random data).
 *
 * Counter attributes (all numbers, ADDed on write):
 *   n                         responses counted
 *   u#<unsur>#s / #c          IKM: sum of scores / answers of an unsur
 *   q#<item>#e / #p / #n      SERVQUAL: E sum / P sum / count over respondents who answered both
 *   q#<item>#ps / #pn         SERVQUAL: P sum / count over everyone who answered P (SERVPERF)
 *   a#<dimension> / a#n       SERVQUAL: allocated points per dimension / valid allocations
 *   t#<item>#s / #n           trust: sum / answers of an item
 *   t#<item>#low|neutral|high trust: answers in each band
 *   p#<field>#<value>         profile breakdown (umur, jenisKelamin, pendidikan, pekerjaan, disabilitas, layanan)
 *   saran                     responses with a suggestion
 */
import type { Localized } from '../common';
import { computeIkmFromTotals, type IkmResult, type IkmWeighting } from './ikm';
import {
  AGE_BANDS,
  DISABILITIES,
  EDUCATION_LEVELS,
  GENDERS,
  OCCUPATIONS,
  RESPONDENT_LABELS,
  type SurveyResponseInput,
} from './schemas';
import { type ServqualResult, servqualFromSums } from './servqual';
import { SERVQUAL_DIMENSIONS, SERVQUAL_TEMPLATE, type ServqualTemplate } from './servqual-template';
import type { IkmTemplate } from './templates';
import type {
  TrustDistribution,
  TrustDriverResult,
  TrustGroupResult,
  TrustItemResult,
  TrustResult,
} from './trust';
import { TRUST_TEMPLATE, type TrustTemplate } from './trust-template';

/** Summed counter attributes of an aggregate item (the store keeps them as plain numbers). */
export type Counters = Record<string, number>;

const add = (c: Counters, key: string, by: number) => {
  c[key] = (c[key] ?? 0) + by;
};

/** What one validated response adds to every aggregate it counts in. */
export function responseDelta(response: SurveyResponseInput, serviceId: string | null): Counters {
  const c: Counters = { n: 1 };
  if (response.templateId === 'servqual') {
    for (const [code, a] of Object.entries(response.answers)) {
      if (!a) continue;
      if (a.p !== undefined) {
        add(c, `q#${code}#ps`, a.p);
        add(c, `q#${code}#pn`, 1);
      }
      if (a.e !== undefined && a.p !== undefined) {
        add(c, `q#${code}#e`, a.e);
        add(c, `q#${code}#p`, a.p);
        add(c, `q#${code}#n`, 1);
      }
    }
    if (response.allocation) {
      for (const d of SERVQUAL_DIMENSIONS) add(c, `a#${d}`, response.allocation[d]);
      add(c, 'a#n', 1);
    }
  } else if (response.templateId === 'trust') {
    for (const [code, score] of Object.entries(response.answers)) {
      if (score === undefined) continue;
      add(c, `t#${code}#s`, score);
      add(c, `t#${code}#n`, 1);
      const band = TRUST_TEMPLATE.bands.find((b) => score >= b.from && score <= b.to)!.key;
      add(c, `t#${code}#${band}`, 1);
    }
  } else {
    for (const [code, score] of Object.entries(response.answers)) {
      if (score === undefined) continue;
      add(c, `u#${code}#s`, score);
      add(c, `u#${code}#c`, 1);
    }
  }
  const p = response.profile;
  add(c, `p#umur#${p.umur}`, 1);
  add(c, `p#jenisKelamin#${p.jenisKelamin}`, 1);
  add(c, `p#pendidikan#${p.pendidikan}`, 1);
  add(c, `p#pekerjaan#${p.pekerjaan}`, 1);
  if (p.disabilitas) add(c, `p#disabilitas#${p.disabilitas}`, 1);
  if (serviceId) add(c, `p#layanan#${serviceId}`, 1);
  if (p.saran) add(c, 'saran', 1);
  return c;
}

/** Adds counters together (tests and recomputation). */
export function sumCounters(all: readonly Counters[]): Counters {
  const out: Counters = {};
  for (const c of all) for (const [k, v] of Object.entries(c)) add(out, k, v);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// IKM

export interface IkmView extends IkmResult {
  /** "legacy 0,111" (or "legacy 0,071") when the tenant uses the legacy weight; null with the exact weight. */
  legacyLabel: string | null;
}

export function ikmFromCounters(template: IkmTemplate, c: Counters, weighting: IkmWeighting): IkmView {
  const totals = Object.fromEntries(
    template.unsur.map((u) => [u.code, { sum: c[`u#${u.code}#s`] ?? 0, count: c[`u#${u.code}#c`] ?? 0 }]),
  );
  const result = computeIkmFromTotals(template, totals, c.n ?? 0, { weighting });
  return {
    ...result,
    legacyLabel:
      weighting === 'legacy' ? `legacy ${template.weights.legacy.toFixed(3).replace('.', ',')}` : null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// SERVQUAL: the counters as the sums `servqualFromSums` takes (the formulas live there only)

export function servqualFromCounters(
  c: Counters,
  template: ServqualTemplate = SERVQUAL_TEMPLATE,
): ServqualResult {
  const v = (k: string) => c[k] ?? 0;
  return servqualFromSums(
    {
      respondents: v('n'),
      items: new Map(
        template.items.map((i) => {
          const e = v(`q#${i.code}#e`);
          const p = v(`q#${i.code}#p`);
          const sums = {
            e,
            p,
            diff: p - e,
            pairs: v(`q#${i.code}#n`),
            pOnly: v(`q#${i.code}#ps`),
            pAnswers: v(`q#${i.code}#pn`),
          };
          return [i.code, sums];
        }),
      ),
      points: new Map(template.dimensions.map((d) => [d.key, v(`a#${d.key}`)])),
      valid: v('a#n'),
      invalid: 0,
    },
    template,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Trust: the formulas of computeTrust, on sums

const EMPTY: TrustDistribution = { answers: 0, mean: null, high: null, neutral: null, low: null };

function meanOf(parts: readonly TrustDistribution[]): TrustDistribution {
  const withData = parts.filter((p) => p.answers > 0);
  if (withData.length === 0) return { ...EMPTY };
  const avg = (pick: (p: TrustDistribution) => number | null) =>
    withData.reduce((sum, p) => sum + pick(p)!, 0) / withData.length;
  return {
    answers: withData.reduce((sum, p) => sum + p.answers, 0),
    mean: avg((p) => p.mean),
    high: avg((p) => p.high),
    neutral: avg((p) => p.neutral),
    low: avg((p) => p.low),
  };
}

export function trustFromCounters(c: Counters, template: TrustTemplate = TRUST_TEMPLATE): TrustResult {
  const v = (k: string) => c[k] ?? 0;
  const items: TrustItemResult[] = template.items.map((i) => {
    const n = v(`t#${i.code}#n`);
    const share = (k: number) => (n ? k / n : null);
    return {
      code: i.code,
      section: i.section,
      driver: i.driver,
      answers: n,
      mean: n ? v(`t#${i.code}#s`) / n : null,
      high: share(v(`t#${i.code}#high`)),
      neutral: share(v(`t#${i.code}#neutral`)),
      low: share(v(`t#${i.code}#low`)),
    };
  });
  const drivers: TrustDriverResult[] = template.drivers.map((d) => {
    const its = items.filter((i) => i.driver === d.key);
    return { driver: d.key, group: d.group, items: its.map((i) => i.code), ...meanOf(its) };
  });
  const groups: TrustGroupResult[] = template.groups.map((g) => {
    const ds = drivers.filter((d) => d.group === g.key);
    return { group: g.key, drivers: ds.map((d) => d.driver), ...meanOf(ds) };
  });
  const politicalItems = items.filter((i) => i.section === 'political');
  const social = items.find((i) => i.section === 'social')!;
  return {
    respondents: v('n'),
    items,
    drivers,
    groups,
    political: { items: politicalItems.map((i) => i.code), ...meanOf(politicalItems) },
    social,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Respondent profile

export interface ProfileCount {
  value: string;
  label: Localized;
  count: number;
}
export interface ProfileBreakdown {
  respondents: number;
  umur: ProfileCount[];
  jenisKelamin: ProfileCount[];
  pendidikan: ProfileCount[];
  pekerjaan: ProfileCount[];
  /** Disability is optional: `notStated` counts those who left it out. */
  disabilitas: ProfileCount[];
  disabilitasNotStated: number;
  /** Jenis layanan: responses per service id (the service names come with the report). */
  layanan: { serviceId: string; count: number }[];
  /** Responses that carried a suggestion (saran). */
  suggestions: number;
}

export function profileFromCounters(c: Counters): ProfileBreakdown {
  const count = <V extends string>(field: keyof typeof RESPONDENT_LABELS, values: readonly V[]) =>
    values.map((value) => ({
      value,
      label: (RESPONDENT_LABELS[field] as Record<string, Localized>)[value]!,
      count: c[`p#${field}#${value}`] ?? 0,
    }));
  const disabilitas = count('disabilitas', DISABILITIES);
  const n = c.n ?? 0;
  return {
    respondents: n,
    umur: count('umur', AGE_BANDS),
    jenisKelamin: count('jenisKelamin', GENDERS),
    pendidikan: count('pendidikan', EDUCATION_LEVELS),
    pekerjaan: count('pekerjaan', OCCUPATIONS),
    disabilitas,
    disabilitasNotStated: n - disabilitas.reduce((s, d) => s + d.count, 0),
    layanan: Object.entries(c)
      .filter(([k]) => k.startsWith('p#layanan#'))
      .map(([k, v]) => ({ serviceId: k.slice('p#layanan#'.length), count: v }))
      .sort((a, b) => b.count - a.count || a.serviceId.localeCompare(b.serviceId)),
    suggestions: c.saran ?? 0,
  };
}
