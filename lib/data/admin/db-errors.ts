import 'server-only';
import { ValidationError } from '@/lib/errors';

// The pre-checks race: two admins may create the same name at once.
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002';
}

export function fieldError(field: string, message: string): ValidationError {
  return ValidationError.naming({ [field]: [message] });
}

export function rethrowUnique(err: unknown, field: string, message: string): never {
  if (isUniqueViolation(err)) throw fieldError(field, message);
  throw err;
}
