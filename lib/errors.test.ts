import { describe, expect, it, vi } from 'vitest';
import { ConflictError, RateLimitedError, ValidationError, errorReply, isDatabaseUnreachable } from './errors';

describe('errorReply', () => {
  it('gives a conflict its status, code and extra members', () => {
    expect(errorReply(new ConflictError('INVALID_TRANSITION', 'No se puede.', { estado: 'PAUSADO' }))).toEqual({
      status: 409,
      body: { error: { code: 'INVALID_TRANSITION', message: 'No se puede.', estado: 'PAUSADO' } },
      headers: {},
    });
  });

  it('keeps a validation error’s fields, even none', () => {
    expect(errorReply(ValidationError.naming({ email: ['Inválido'] })).body).toEqual({
      error: { code: 'VALIDATION_ERROR', message: 'La solicitud tiene datos inválidos en: email.', fields: { email: ['Inválido'] } },
    });
    expect(errorReply(new ValidationError('No es un objeto.')).body.error.fields).toEqual({});
  });

  it('tells a rate-limited client when to retry, and an unavailable database means 503', () => {
    expect(errorReply(new RateLimitedError('Espere.', 30)).headers).toEqual({ 'Retry-After': '30' });
    const offline = Object.assign(new Error('x'), { cause: { code: 'ECONNREFUSED' } });
    expect(isDatabaseUnreachable(offline)).toBe(true);
    expect(errorReply(offline)).toMatchObject({ status: 503, body: { error: { code: 'UNAVAILABLE' } }, headers: { 'Retry-After': '5' } });
  });

  it('a session the server ended, as Prisma and pg report it, means 503', () => {
    // Prisma's error names the driver's in meta; its cause carries the server's code or pg's message.
    const wrapped = (cause: object) =>
      Object.assign(new Error('Invalid `prisma.$queryRaw()` invocation'), { code: 'P2010', meta: { driverAdapterError: Object.assign(new Error('x'), { cause }) } });
    expect(isDatabaseUnreachable(wrapped({ kind: 'postgres', code: '57P01', message: 'terminating connection due to administrator command' }))).toBe(true);
    expect(isDatabaseUnreachable(wrapped({ kind: 'postgres', code: 'N/A', message: 'Client has encountered a connection error and is not queryable' }))).toBe(true);
    expect(isDatabaseUnreachable(new Error('Client has encountered a connection error and is not queryable'))).toBe(true);
    expect(isDatabaseUnreachable(wrapped({ kind: 'postgres', code: '23505', message: 'duplicate key' }))).toBe(false);
  });

  it('answers anything else with a 500 that reveals nothing, and logs it', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reply = errorReply(new Error('detalle interno'), 'probar');
    expect(reply.status).toBe(500);
    expect(JSON.stringify(reply.body)).not.toContain('detalle interno');
    expect(log).toHaveBeenCalledWith('Error inesperado al probar', expect.any(Error));
    log.mockRestore();
  });
});
