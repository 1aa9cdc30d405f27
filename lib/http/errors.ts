import 'server-only';
import { NextResponse } from 'next/server';
import { AppError, RateLimitedError, UnavailableError } from '@/lib/errors';

/** The one error body of SPEC §5. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string[]> } & Record<string, unknown>;
}

/** Answers an error with SPEC §5's body; anything unexpected becomes a generic 500 without details. */
export function errorResponse(err: unknown): NextResponse<ErrorBody> {
  const known = err instanceof AppError ? err : isDatabaseUnreachable(err) ? new UnavailableError(UNAVAILABLE_MESSAGE) : null;
  if (!known) {
    console.error('Error inesperado', err);
    return NextResponse.json(
      { error: { code: 'INTERNAL_ERROR', message: 'Ocurrió un error inesperado. Intente de nuevo más tarde.' } },
      { status: 500 },
    );
  }
  const body: ErrorBody = { error: { code: known.code, message: known.message, ...known.extra } };
  if ('fields' in known && known.fields) body.error.fields = known.fields as Record<string, string[]>;
  const headers: Record<string, string> =
    known instanceof RateLimitedError ? { 'Retry-After': String(known.retryAfterSeconds) } : known.status === 503 ? { 'Retry-After': '5' } : {};
  return NextResponse.json(body, { status: known.status, headers });
}

export const UNAVAILABLE_MESSAGE = 'El servicio no está disponible en este momento. Intente de nuevo en unos minutos.';

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN', 'P1001', 'P1002', 'P1017', 'P2024', '57P01', '57P03', '53300']);

/** Whether an error means the database cannot be reached (answered with 503, SPEC §5). */
export function isDatabaseUnreachable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const rec = e as { code?: unknown; message?: unknown; cause?: unknown; kind?: unknown };
    if (typeof rec.code === 'string' && UNREACHABLE_CODES.has(rec.code)) return true;
    if (rec.kind === 'DatabaseNotReachable' || rec.kind === 'ConnectionClosed') return true;
    if (typeof rec.message === 'string' && /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|Can't reach database/i.test(rec.message)) return true;
    e = rec.cause;
  }
  return false;
}
