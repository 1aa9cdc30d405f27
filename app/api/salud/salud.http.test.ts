import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '@/scripts/lib/free-port.mjs';
import { type AppInstance, startAppInstance } from '@/scripts/test/app-instance';
import { api } from '@/scripts/test/http-client';

let unreachable: AppInstance | undefined;
afterAll(() => unreachable?.stop());

describe('GET /api/salud', () => {
  it('answers 200 when the instance and its database answer, never cached', async () => {
    const reply = await api('/api/salud');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ aplicacion: 'ok', baseDeDatos: 'ok' });
    expect(reply.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 503 UNAVAILABLE within 6 s when the database cannot be reached', async () => {
    // Nothing listens on this port: every connection is refused.
    const port = await freePort();
    unreachable = await startAppInstance({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/mesa`, CONFIG_LISTEN: '0', DATABASE_CONNECT_TIMEOUT_MS: '2000' });
    const started = Date.now();
    const response = await fetch(`${unreachable.url}/api/salud`);
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAVAILABLE');
  }, 60_000);
});
