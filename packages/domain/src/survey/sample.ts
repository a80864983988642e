/**
 * Sample sizes (DOMAIN.md §2–3). The 2014 and 2017 rules use Krejcie & Morgan (1970); the 2004 rule asks for at
 * least (number of unsur + 1) × 10 respondents.
 */
import type { IkmTemplate } from './templates';

/**
 * Krejcie & Morgan (1970): s = X²·N·P(1−P) / (d²(N−1) + X²·P(1−P)) with X² = 3.841, P = 0.5, d = 0.05, rounded
 * to the nearest integer, which reproduces the published table (10 → 10, 100 → 80, 1000 → 278, → 384 for
 * large N). With those constants, s = 96025·N / (250·(N−1) + 96025) exactly (numerator and denominator
 * × 100 000), so the rounding is done on integers and cannot tip over at a .5.
 */
export function krejcieMorgan(population: number): number {
  if (!Number.isSafeInteger(population) || population < 1) {
    throw new RangeError(`The population is a whole number of at least 1, got ${population}`);
  }
  const n = BigInt(population);
  const num = 96025n * n;
  const den = 250n * (n - 1n) + 96025n;
  return Number((2n * num + den) / (2n * den));
}

/** The 2004 minimum sample: (unsur + 1) × 10, i.e. 150 for the 14 unsur of KEP/25/M.PAN/2/2004. */
export function ikm2004MinimumSample(unsurCount = 14): number {
  if (!Number.isSafeInteger(unsurCount) || unsurCount < 1) {
    throw new RangeError(`The number of unsur is a whole number of at least 1, got ${unsurCount}`);
  }
  return (unsurCount + 1) * 10;
}

/**
 * The sample a survey on this template needs for a population of service users. Under the 2004 rule a
 * population smaller than the minimum is surveyed in full (a sample cannot exceed its population).
 */
export function requiredSample(
  template: Pick<IkmTemplate, 'sampleRule' | 'unsur'>,
  population: number,
): number {
  if (template.sampleRule === 'krejcie-morgan') return krejcieMorgan(population);
  if (!Number.isSafeInteger(population) || population < 1) {
    throw new RangeError(`The population is a whole number of at least 1, got ${population}`);
  }
  return Math.min(ikm2004MinimumSample(template.unsur.length), population);
}

/** "Responses so far / required sample", shown on every running survey. */
export function sampleProgress(
  responses: number,
  required: number,
): { responses: number; required: number; remaining: number; reached: boolean } {
  if (!Number.isSafeInteger(responses) || responses < 0) {
    throw new RangeError(`responses must be a non-negative integer, got ${responses}`);
  }
  if (!Number.isSafeInteger(required) || required < 1) {
    throw new RangeError(`required must be a positive integer, got ${required}`);
  }
  return {
    responses,
    required,
    remaining: Math.max(0, required - responses),
    reached: responses >= required,
  };
}
