import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * Validates a form with a domain schema. Forms hold what inputs hold (text); `toInput` turns that into the API's
 * shape (empty text to null, digits to numbers) without renaming fields, so the schema's error paths are the form's
 * field names. The resolver's output is the parsed API input.
 */
export function domainResolver<TForm extends FieldValues, TSchema extends z.ZodType>(
  schema: TSchema,
  toInput: (values: TForm) => z.input<TSchema>,
): Resolver<TForm, unknown, z.output<TSchema>> {
  const inner = zodResolver(schema as never) as unknown as Resolver<FieldValues, unknown, z.output<TSchema>>;
  return (values, context, options) =>
    inner(toInput(values) as FieldValues, context, options as never) as ReturnType<
      Resolver<TForm, unknown, z.output<TSchema>>
    >;
}

/** Text of an optional input: trimmed, or null when empty. */
export const textOrNull = (s: string | null | undefined): string | null => {
  const t = (s ?? '').trim();
  return t === '' ? null : t;
};

/** Digits of a number input: a number, null when empty (a non-number stays text, for the schema to name). */
export const numberOrNull = (s: string | number | null | undefined): number | null | string => {
  if (s === null || s === undefined) return null;
  if (typeof s === 'number') return Number.isNaN(s) ? null : s;
  const t = s.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
};

/** Digits of a required number input (empty stays text, so the schema reports it). */
export const numberOrText = (s: string | number): number | string => {
  const n = numberOrNull(s);
  return n === null ? '' : n;
};

export const orEmpty = (v: string | number | null | undefined): string => (v == null ? '' : String(v));
