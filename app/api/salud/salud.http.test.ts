import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type AppInstance, startAppInstance } from '@/scripts/test/app-instance';
// @ts-expect-error plain ESM helpers shared with the scripts
import { createFreshDatabase } from '@/scripts/test/fresh-database.mjs';
import { api } from '@/scripts/test/http-client';

// With the database down: app/database-down.http.test.ts.

const newestMigration = readdirSync(path.resolve(import.meta.dirname, '../../../prisma/migrations'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .at(-1);

describe('GET /api/salud', () => {
  it('answers 200 when the instance and its database answer, never cached', async () => {
    const reply = await api('/api/salud');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ aplicacion: 'ok', baseDeDatos: 'ok' });
    expect(reply.headers.get('cache-control')).toBe('no-store');
  });
});

describe('GET /api/listo', () => {
  it('answers 200 with the newest migration when the database has it, never cached', async () => {
    const reply = await api('/api/listo');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ listo: true, baseDeDatos: 'ok', migracion: newestMigration });
    expect(reply.headers.get('cache-control')).toBe('no-store');
  });

  describe('on a database no migration has run on', () => {
    let database: { url: string; drop: () => Promise<void> };
    let instance: AppInstance;
    afterAll(async () => {
      await instance?.stop();
      await database?.drop();
    });

    it('answers 503 naming the missing migration, while /api/salud answers 200', async () => {
      const embedded = process.env.MESA_TEST_DATABASE_EMBEDDED === '1';
      database = await createFreshDatabase(embedded ? null : process.env.MESA_TEST_DATABASE_URL);
      instance = await startAppInstance({ DATABASE_URL: database.url, CONFIG_LISTEN: '0' });
      const ready = await fetch(`${instance.url}/api/listo`);
      expect(ready.status).toBe(503);
      expect(ready.headers.get('retry-after')).toBe('5');
      const body = (await ready.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('UNAVAILABLE');
      expect(body.error.message).toContain(`no tiene la migración ${newestMigration}`);
      expect((await fetch(`${instance.url}/api/salud`)).status).toBe(200);
    }, 90_000);
  });
});
