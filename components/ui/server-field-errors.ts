import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import type { FieldErrors } from '@/lib/errors';

/** Focuses the first field; returns the messages of fields the form does not have, to show above it. */
export function placeServerErrors<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, 'setError' | 'setFocus'>,
  fieldErrors: FieldErrors,
  fields: ReadonlySet<string>,
): { placed: boolean; unplaced: string[] } {
  const unplaced: string[] = [];
  let first: FieldPath<T> | null = null;
  for (const [name, messages] of Object.entries(fieldErrors)) {
    if (!fields.has(name)) {
      unplaced.push(...messages);
      continue;
    }
    const field = name as FieldPath<T>;
    form.setError(field, { type: 'server', message: messages[0] });
    first ??= field;
  }
  if (first) form.setFocus(first);
  return { placed: first !== null, unplaced };
}
