import { isMessageKey, type Locale, MESSAGES } from '@prima/domain';
import { type FieldErrors, type FieldValues, get, type Path, type UseFormReturn } from 'react-hook-form';
import { isProblem } from '../api/problem';

/** Sets the problem's field errors on the form. Paths under a `collapse` prefix (`unitIds.0`) go to the prefix. */
export function applyProblem<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  error: unknown,
  collapse: readonly string[] = [],
): void {
  if (!isProblem(error)) return;
  for (const { path, message } of error.errors) {
    const name = collapse.find((c) => path === c || path.startsWith(`${c}.`)) ?? path;
    form.setError((name || 'root.server') as Path<T>, { type: 'server', message });
  }
}

/** A validation message in the UI language: domain message keys are translated, the rest is already text. */
export const messageText = (message: string, locale: Locale): string =>
  isMessageKey(message) ? MESSAGES[message][locale] : message;

/** The message of the error at a dotted path, if any. */
export function errorAt(errors: FieldErrors, name: string): string | undefined {
  const e = get(errors, name) as { message?: unknown } | unknown[] | undefined;
  if (!e) return undefined;
  if (Array.isArray(e)) {
    const first = e.find((x) => x && typeof x === 'object' && 'message' in x) as
      | { message?: unknown }
      | undefined;
    return typeof first?.message === 'string' ? first.message : undefined;
  }
  return typeof e.message === 'string' ? e.message : undefined;
}

export interface FlatError {
  path: string;
  message: string;
}

/** Every message in a react-hook-form errors tree, with its dotted path. */
export function flattenErrors(errors: FieldErrors, prefix = ''): FlatError[] {
  const out: FlatError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'ref' || key === 'types' || !value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const v = value as { message?: unknown; type?: unknown };
    if (typeof v.message === 'string' && typeof v.type === 'string') {
      const owner = path === 'root' || path.startsWith('root.') ? '' : path.replace(/\.root$/, '');
      out.push({ path: owner, message: v.message });
      continue;
    }
    out.push(...flattenErrors(value as FieldErrors, path));
  }
  return out;
}

/** The DOM id of a field's control: `standard.biaya` → `f-standard-biaya`. */
export const fieldId = (name: string): string => `f-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
