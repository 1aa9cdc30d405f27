// No Next, Prisma or auth import: client code uses these types too.
export type FieldErrors = Record<string, string[]>;

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  readonly extra: Record<string, unknown> = {};
}

export class ValidationError extends AppError {
  readonly status = 400;
  readonly code = 'VALIDATION_ERROR';
  constructor(
    message: string,
    readonly fields: FieldErrors = {},
  ) {
    super(message);
  }

  /** A ValidationError whose message names the invalid fields ("_" is the input as a whole). */
  static naming(fields: FieldErrors, lead = 'La solicitud tiene datos inválidos en'): ValidationError {
    const names = Object.keys(fields).filter((k) => k !== '_');
    const message = names.length > 0 ? `${lead}: ${names.join(', ')}.` : (fields._?.[0] ?? 'La solicitud tiene datos inválidos.');
    return new ValidationError(message, fields);
  }
}

export class InvalidJsonError extends AppError {
  readonly status = 400;
  readonly code = 'INVALID_JSON';
}

export class UnauthenticatedError extends AppError {
  readonly status = 401;
  readonly code = 'UNAUTHENTICATED';
}

export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly code = 'FORBIDDEN';
}

export class NotFoundError extends AppError {
  readonly status = 404;
  readonly code = 'NOT_FOUND';
}

export class ConflictError extends AppError {
  readonly status = 409;
  constructor(
    readonly code: 'INVALID_TRANSITION' | 'VERSION_CONFLICT' | 'AREA_TICKET_LIMIT_REACHED',
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message);
    Object.assign(this.extra, extra);
  }
}

export class IdempotencyKeyReusedError extends AppError {
  readonly status = 422;
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
}

export class PayloadTooLargeError extends AppError {
  readonly status = 413;
  readonly code = 'PAYLOAD_TOO_LARGE';
}

export class UnsupportedMediaTypeError extends AppError {
  readonly status = 415;
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
}

/** A method the route does not answer; `Allow` names the ones it does. */
export class MethodNotAllowedError extends AppError {
  readonly status = 405;
  readonly code = 'METHOD_NOT_ALLOWED';
  constructor(readonly allowed: readonly string[]) {
    super(`Esta ruta no admite el método solicitado. Métodos admitidos: ${allowed.join(', ')}.`);
  }
}

export class UnavailableError extends AppError {
  readonly status = 503;
  readonly code = 'UNAVAILABLE';
}

export class RateLimitedError extends AppError {
  readonly status = 429;
  readonly code = 'RATE_LIMITED';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: FieldErrors } & Record<string, unknown>;
}

export interface ErrorReply {
  status: number;
  body: ErrorBody;
  headers: Record<string, string>;
}

export const UNAVAILABLE_MESSAGE = 'El servicio no está disponible en este momento. Intente de nuevo en unos minutos.';
export const INTERNAL_ERROR_MESSAGE = 'Ocurrió un error inesperado. Intente de nuevo más tarde.';

/** The one mapping to the error body (docs/api.md); anything unexpected is logged and answered as a bare 500. */
export function errorReply(err: unknown, doing?: string): ErrorReply {
  const known = err instanceof AppError ? err : isDatabaseUnreachable(err) ? new UnavailableError(UNAVAILABLE_MESSAGE) : null;
  if (!known) {
    console.error(doing ? `Error inesperado al ${doing}` : 'Error inesperado', err);
    return { status: 500, body: { error: { code: 'INTERNAL_ERROR', message: INTERNAL_ERROR_MESSAGE } }, headers: {} };
  }
  const body: ErrorBody = { error: { code: known.code, message: known.message, ...known.extra } };
  if (known instanceof ValidationError) body.error.fields = known.fields;
  return { status: known.status, body, headers: replyHeaders(known) };
}

function replyHeaders(known: AppError): Record<string, string> {
  if (known instanceof RateLimitedError) return { 'Retry-After': String(known.retryAfterSeconds) };
  if (known instanceof MethodNotAllowedError) return { Allow: known.allowed.join(', ') };
  return known.status === 503 ? { 'Retry-After': '5' } : {};
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN', 'P1001', 'P1002', 'P1017', 'P2024', '57P01', '57P02', '57P03', '53300']);

// pg's own words for a connection that failed, ended, or died under a checked-out client.
const UNREACHABLE_MESSAGES = /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|Can't reach database|not queryable/i;

export function isDatabaseUnreachable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const rec = e as { code?: unknown; message?: unknown; cause?: unknown; kind?: unknown; meta?: { driverAdapterError?: unknown } };
    if (typeof rec.code === 'string' && UNREACHABLE_CODES.has(rec.code)) return true;
    if (rec.kind === 'DatabaseNotReachable' || rec.kind === 'ConnectionClosed') return true;
    if (typeof rec.message === 'string' && UNREACHABLE_MESSAGES.test(rec.message)) return true;
    // Prisma wraps the driver's error (its cause: the server's code, or pg's message) in meta.
    e = rec.cause ?? rec.meta?.driverAdapterError;
  }
  return false;
}
