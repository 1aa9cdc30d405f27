import { describe, expect, it, vi } from 'vitest';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { ValidationError } from '@/lib/errors';
import { errorResponse } from './errors';

describe('errorResponse', () => {
  it('answers 503 UNAVAILABLE, with no details, when the database cannot be reached', async () => {
    // A real driver error: nothing listens on port 1.
    const offline = new PrismaClient({ adapter: new PrismaPg({ connectionString: 'postgresql://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 2000 }) });
    const err = await offline.priority.findMany().then(() => null, (e: unknown) => e);
    expect(err).not.toBeNull();

    const response = errorResponse(err);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toEqual({ error: { code: 'UNAVAILABLE', message: expect.stringMatching(/no está disponible/) } });
    expect(response.headers.get('retry-after')).toBe('5');
  });

  it('answers an unexpected error with a generic 500 that reveals nothing', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = errorResponse(new Error('detalle interno: tabla x'));
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('tabla x');
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it('keeps the fields of a validation error', async () => {
    const response = errorResponse(new ValidationError('Datos inválidos en: email.', { email: ['El correo electrónico no es válido.'] }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'VALIDATION_ERROR', message: 'Datos inválidos en: email.', fields: { email: ['El correo electrónico no es válido.'] } },
    });
  });
});
