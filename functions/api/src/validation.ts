import type { Hook } from '@hono/zod-openapi';
import type { MessageKey } from '@prima/domain';
import { MESSAGES } from '@prima/domain';
import type { z } from 'zod';
import type { Env } from './env';
import { issueMessage } from './i18n';
import { ApiError, type FieldError } from './problem';

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** zod issues as field errors in the caller's language; unknown keys are named one by one. */
export function fieldErrors(error: z.ZodError, locale: 'id' | 'en'): FieldError[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((k) => ({ path: pathOf([...issue.path, k]), message: issueMessage(issue, locale) }))
      : [{ path: pathOf(issue.path), message: issueMessage(issue, locale) }],
  );
}

/** The hook of every route: a failed validation is a 400 problem naming each field. */
export const validationHook: Hook<unknown, Env, string, unknown> = (result, c) => {
  if (!result.success)
    throw new ApiError('validation', { errors: fieldErrors(result.error as z.ZodError, c.var.locale) });
};

/** A 400 for one field, for rules checked against stored data (a unit that does not exist, a taken email). */
export function fieldError(
  path: string,
  key: MessageKey,
  locale: 'id' | 'en',
  type: 'validation' | 'already-exists' = 'validation',
): ApiError {
  return new ApiError(type, { errors: [{ path, message: MESSAGES[key][locale] }] });
}
