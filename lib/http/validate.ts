import type { z } from 'zod';
import { ValidationError, type FieldErrors } from '@/lib/errors';

/** Parses input with a zod schema; a failure becomes a ValidationError naming each field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    (fields[key] ??= []).push(issue.message);
  }
  const names = Object.keys(fields).filter((k) => k !== '_');
  const message = names.length > 0
    ? `La solicitud tiene datos inválidos en: ${names.join(', ')}.`
    : (fields._?.[0] ?? 'La solicitud tiene datos inválidos.');
  throw new ValidationError(message, fields);
}
