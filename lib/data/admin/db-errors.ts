import 'server-only';
import { ValidationError } from '@/lib/errors';

/** Whether Prisma refused a write for a unique constraint (two admins creating the same name at once). */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002';
}

/** A ValidationError on one field, with the message naming it. */
export function fieldError(field: string, message: string): ValidationError {
  return ValidationError.naming({ [field]: [message] });
}

/** Maps a unique violation to the field's message; rethrows anything else. */
export function rethrowUnique(err: unknown, field: string, message: string): never {
  if (isUniqueViolation(err)) throw fieldError(field, message);
  throw err;
}
