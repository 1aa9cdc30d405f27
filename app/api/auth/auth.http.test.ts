import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD, STAFF_USERS } from '@/prisma/seed-data';
import { testDb } from '@/scripts/test/db';
import { api, attemptSignIn } from '@/scripts/test/http-client';

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;
const unique = () => `${Date.now()}.${Math.random().toString(36).slice(2, 8)}`;

async function createUser(role: 'ADMIN' | 'MESA', active: boolean, clear: string) {
  return testDb().user.create({
    data: { email: `prueba.${unique()}@mesa.test`, name: 'Usuario de prueba', role, active, passwordHash: await hash(clear) },
  });
}

describe('staff sign-in (POST /api/auth/callback/credentials)', () => {
  it.each(STAFF_USERS.map((u) => [u.role, u] as const))('signs the seeded %s user in, with its role and areas in the session', async (_role, user) => {
    const attempt = await attemptSignIn(user.email, password);
    expect(attempt.status).toBe(302);
    expect(new URL(attempt.location!).pathname).toBe('/panel');
    expect(attempt.cookie).toMatch(/^authjs\.session-token=/);

    const session = await api('/api/auth/session', { cookie: attempt.cookie });
    expect(session.body.user).toMatchObject({ name: user.name, role: user.role, areas: [...user.areas] });
    expect(JSON.stringify(session.body)).not.toMatch(/passwordHash|argon2/);
  });

  it('compares the email case-insensitively', async () => {
    expect((await attemptSignIn('MESA@Mesa.Test', password)).cookie).not.toBeNull();
  });

  it('answers a wrong password and an unknown email the same way, without a session', async () => {
    const wrongPassword = await attemptSignIn('admin@mesa.test', `${password}x`);
    const unknownEmail = await attemptSignIn(`nadie.${unique()}@mesa.test`, password);
    for (const attempt of [wrongPassword, unknownEmail]) {
      expect(attempt.cookie).toBeNull();
      expect(attempt.status).toBe(302);
      expect(new URL(attempt.location!).pathname).toBe('/login');
    }
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it('refuses an inactive user with the right password, the same way', async () => {
    const user = await createUser('MESA', false, 'Clave-inactiva-1');
    const attempt = await attemptSignIn(user.email, 'Clave-inactiva-1');
    expect(attempt.cookie).toBeNull();
    expect(attempt).toEqual(await attemptSignIn('admin@mesa.test', 'no-es-la-clave'));
  });

  it('ends the access of a user deactivated after signing in, and follows a change of role at once', async () => {
    const user = await createUser('ADMIN', true, 'Clave-temporal-1');
    const attempt = await attemptSignIn(user.email, 'Clave-temporal-1');
    expect(attempt.cookie).not.toBeNull();
    expect((await api('/api/admin/tokens', { cookie: attempt.cookie })).status).toBe(200);

    await testDb().user.update({ where: { id: user.id }, data: { role: 'MESA' } });
    expect((await api('/api/admin/tokens', { cookie: attempt.cookie })).status).toBe(403);

    await testDb().user.update({ where: { id: user.id }, data: { active: false } });
    const reply = await api('/api/admin/tokens', { cookie: attempt.cookie });
    expect(reply.status).toBe(401);
    expect(reply.body.error?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a sign-in without the CSRF token', async () => {
    const reply = await api('/api/auth/callback/credentials', {
      body: new URLSearchParams({ email: 'admin@mesa.test', password }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(reply.status).toBe(302);
    expect(reply.headers.getSetCookie().join('\n')).not.toMatch(/authjs\.session-token=[^;]/);
  });
});
