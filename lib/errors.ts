/**
 * The app's error types (STYLE.md habit 5). Each carries the SPEC §5 code and status;
 * lib/http/errors.ts turns them into the one error body.
 */
export type FieldErrors = Record<string, string[]>;

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  /** Extra members of the error body (e.g. `maxTickets`, `estado`). */
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

export class UnavailableError extends AppError {
  readonly status = 503;
  readonly code = 'UNAVAILABLE';
}

export class RateLimitedError extends AppError {
  readonly status = 429;
  readonly code = 'RATE_LIMITED';
  constructor(
    message: string,
    /** Seconds until the client may try again (the Retry-After header). */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
