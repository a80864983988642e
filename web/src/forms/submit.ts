import type { BaseSyntheticEvent } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { applyProblem } from './problems';

/**
 * The submit handler of a form backed by a mutation: clears the last problem, validates with the form's resolver,
 * runs `onValid`, and puts a failed call's field errors next to their fields.
 */
export function submitWith<TForm extends FieldValues, TOut>(
  form: UseFormReturn<TForm, unknown, TOut>,
  mutation: { reset(): void },
  onValid: (values: TOut) => Promise<unknown>,
  collapse: readonly string[] = [],
) {
  return (event?: BaseSyntheticEvent) => {
    mutation.reset();
    return form.handleSubmit(async (values) => {
      try {
        await onValid(values);
      } catch (error) {
        applyProblem(form as unknown as UseFormReturn<TForm, unknown, unknown>, error, collapse);
      }
    })(event);
  };
}
