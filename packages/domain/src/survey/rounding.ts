/**
 * Rounding used by the survey calculators. Published IKM figures are rounded half-up to 2 decimals, once, at the
 * end; a binary float cannot hold 88.305, so `Math.round(x * 100) / 100` would turn an exact 88.305 into 88.30
 * (grade B) instead of 88.31 (grade A). The IKM path therefore rounds exact ratios of integers (`ratioToCents`);
 * `roundHalfUp` is for values that only exist as floats (SERVQUAL, trust) and are rounded for display.
 */

/** Half-up rounding of the non-negative ratio num/den to hundredths, exactly. Returns the hundredths. */
export function ratioToCents(num: bigint, den: bigint): bigint {
  if (den <= 0n || num < 0n) throw new RangeError('ratioToCents expects num >= 0 and den > 0');
  // floor(100·num/den + 1/2) = floor((200·num + den) / (2·den))
  return (200n * num + den) / (2n * den);
}

/** Hundredths as a number with 2 decimals: 8831n → 88.31 (the double nearest to the decimal, as a literal). */
export const centsToNumber = (cents: bigint): number => Number(cents) / 100;

/**
 * Half-up (away from zero) rounding of a float to `decimals` places, done on the value's shortest decimal
 * representation, so 1.005 → 1.01 and 88.305 → 88.31, where Math.round(x * 100) / 100 gives 1 and 88.3.
 */
export function roundHalfUp(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError('decimals must be an integer from 0 to 10');
  }
  const sign = value < 0 ? -1 : 1;
  const abs = Math.abs(value);
  const text = String(abs);
  // Exponent notation (below 1e-6 or from 1e21) has no decimal places worth shifting in text.
  if (text.includes('e')) return (sign * Math.round(abs * 10 ** decimals)) / 10 ** decimals;
  const shifted = Math.round(Number(`${text}e${decimals}`));
  const result = sign * Number(`${shifted}e-${decimals}`);
  return result === 0 ? 0 : result;
}

/** Greatest common divisor of two non-negative bigints. */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** A number in Indonesian notation with a fixed number of decimals: 99.9 → "99,90". */
export const formatId = (value: number, decimals: number): string =>
  value.toFixed(decimals).replace('.', ',');
