import 'server-only';
import { AppError, ValidationError, type FieldErrors } from '@/lib/errors';
import { UNAVAILABLE_MESSAGE, isDatabaseUnreachable } from '@/lib/http/errors';

/** What a server action answers when it fails: a Spanish message and the fields to mark. */
export interface ActionFailure {
  ok: false;
  message: string;
  fieldErrors: FieldErrors;
}

/** Maps any error of a server action to its failure result, the way lib/http maps it to a status. */
export function actionFailure(err: unknown, what: string): ActionFailure {
  if (err instanceof AppError) {
    return { ok: false, message: err.message, fieldErrors: err instanceof ValidationError ? err.fields : {} };
  }
  if (isDatabaseUnreachable(err)) return { ok: false, message: UNAVAILABLE_MESSAGE, fieldErrors: {} };
  console.error(`Error inesperado al ${what}`, err);
  return { ok: false, message: 'Ocurrió un error inesperado. Intente de nuevo más tarde.', fieldErrors: {} };
}
