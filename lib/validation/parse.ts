import type { z } from 'zod';
import { ValidationError, type FieldErrors } from '@/lib/errors';

/** Zod issues as the error body's `fields`: one key per path (`areas.0`), `_` for the whole input. */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_';
    const messages = (fields[key] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return fields;
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, lead?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw ValidationError.naming(fieldErrorsOf(result.error.issues), lead);
}
