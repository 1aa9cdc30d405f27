import { describe, expect, it } from 'vitest';
import { api } from '@/scripts/test/http-client';

// With the database down: app/database-down.http.test.ts.

describe('GET /api/salud', () => {
  it('answers 200 when the instance and its database answer, never cached', async () => {
    const reply = await api('/api/salud');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ aplicacion: 'ok', baseDeDatos: 'ok' });
    expect(reply.headers.get('cache-control')).toBe('no-store');
  });
});
