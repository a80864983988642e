/**
 * Public trust results (DOMAIN.md §7). Every item is on 0–10; the headline is the share answering 6–10 ("high"),
 * beside 5 ("neutral") and 0–4 ("low"), read from the template's bands. A driver, the political trust index and
 * a driver group are each the plain mean of the level below (items count equally within a driver, drivers
 * equally within a group), like a SERVQUAL dimension is the mean of its items. Shares are 0–1, full precision.
 */
import {
  TRUST_TEMPLATE,
  type TrustDriver,
  type TrustDriverGroup,
  type TrustSection,
  type TrustTemplate,
} from './trust-template';

/** One respondent's answers: item code → 0–10. Absent, null or undefined = not answered ("don't know"). */
export type TrustAnswers = Readonly<Record<string, number | null | undefined>>;

export interface TrustDistribution {
  /** Number of answers behind the figures. */
  answers: number;
  mean: number | null;
  /** Shares 0–1 of high (6–10), neutral (5) and low (0–4) answers. */
  high: number | null;
  neutral: number | null;
  low: number | null;
}

export interface TrustItemResult extends TrustDistribution {
  code: string;
  section: TrustSection;
  driver: TrustDriver | null;
}
export interface TrustDriverResult extends TrustDistribution {
  driver: TrustDriver;
  group: TrustDriverGroup;
  items: string[];
}
export interface TrustGroupResult extends TrustDistribution {
  group: TrustDriverGroup;
  drivers: TrustDriver[];
}

export interface TrustResult {
  /** Responses with at least one answer. */
  respondents: number;
  items: TrustItemResult[];
  drivers: TrustDriverResult[];
  groups: TrustGroupResult[];
  /** Political trust index: the mean over the institution and leader items. */
  political: TrustDistribution & { items: string[] };
  /** Social trust: "in general, how much do you trust most people?" */
  social: TrustItemResult;
}

const EMPTY: TrustDistribution = { answers: 0, mean: null, high: null, neutral: null, low: null };

/** Mean of the distributions that have answers; `answers` adds up. */
function meanOf(parts: readonly TrustDistribution[]): TrustDistribution {
  const withData = parts.filter((p) => p.answers > 0);
  if (withData.length === 0) return { ...EMPTY, answers: 0 };
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

/** Trust results of raw responses. Throws RangeError on an unknown item or a score that is not an integer 0–10. */
export function computeTrust(
  responses: readonly TrustAnswers[],
  template: TrustTemplate = TRUST_TEMPLATE,
): TrustResult {
  const { min, max } = template.scale;
  const bandOf = (v: number) => template.bands.find((b) => v >= b.from && v <= b.to)!.key;
  const acc = new Map(template.items.map((i) => [i.code, { sum: 0, n: 0, low: 0, neutral: 0, high: 0 }]));
  let respondents = 0;

  for (const answers of responses) {
    let answeredAny = false;
    for (const [code, score] of Object.entries(answers)) {
      const a = acc.get(code);
      if (!a) throw new RangeError(`Unknown trust item "${code}"`);
      if (score === null || score === undefined) continue;
      if (!Number.isInteger(score) || score < min || score > max) {
        throw new RangeError(`Score of ${code} must be an integer from ${min} to ${max}, got ${score}`);
      }
      a.sum += score;
      a.n += 1;
      a[bandOf(score)] += 1;
      answeredAny = true;
    }
    if (answeredAny) respondents += 1;
  }

  const items: TrustItemResult[] = template.items.map((i) => {
    const a = acc.get(i.code)!;
    const share = (k: number) => (a.n ? k / a.n : null);
    return {
      code: i.code,
      section: i.section,
      driver: i.driver,
      answers: a.n,
      mean: a.n ? a.sum / a.n : null,
      high: share(a.high),
      neutral: share(a.neutral),
      low: share(a.low),
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
  const social = items.find((i) => i.section === 'social');
  if (!social) throw new RangeError('A trust template needs a social trust item');

  return {
    respondents,
    items,
    drivers,
    groups,
    political: { items: politicalItems.map((i) => i.code), ...meanOf(politicalItems) },
    social,
  };
}
