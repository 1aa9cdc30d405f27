import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { testDb } from '@/scripts/test/db';
import { api, signIn } from '@/scripts/test/http-client';

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;
let admin: string;
let mesa: string;
let area: string;

beforeAll(async () => {
  admin = (await signIn('admin@mesa.test', password))!;
  mesa = (await signIn('mesa@mesa.test', password))!;
  area = (await signIn('area@mesa.test', password))!;
  expect([admin, mesa, area].every(Boolean)).toBe(true);
});

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

async function issue(body: Record<string, unknown>) {
  const reply = await api('/api/admin/tokens', { method: 'POST', body, cookie: admin });
  expect(reply.status).toBe(201);
  return reply.body as { id: string; token: string; prefix: string; name: string; role: string; areas: string[] };
}

describe('API tokens: /api/admin/tokens', () => {
  it('issues a token once, in clear, and keeps only its SHA-256 hash and prefix', async () => {
    const name = `Integración ${unique()}`;
    const issued = await issue({ name, role: 'AREA', areas: ['sistemas', 'Infraestructura'] });
    expect(issued.token).toMatch(/^mda_[A-Za-z0-9_-]{43}$/);
    expect(issued).toMatchObject({ name, role: 'AREA', areas: ['Sistemas', 'Infraestructura'], prefix: issued.token.slice(0, 12), lastUsedAt: null, revokedAt: null });

    const row = await testDb().apiToken.findUniqueOrThrow({ where: { id: issued.id } });
    expect(row.tokenHash).toBe(createHash('sha256').update(issued.token).digest('hex'));
    expect(row.prefix).toBe(issued.prefix);
    expect(JSON.stringify(row)).not.toContain(issued.token.slice(12));

    // The administration's audit log names the token, never its value or hash.
    const audit = await testDb().adminAuditLog.findMany({ where: { entidad: 'token_api', entidadId: issued.id } });
    expect(audit.map((a) => a.accion)).toEqual(['token_api.emitir']);
    expect(audit[0]!.actorNombre).not.toBe('');
    const recorded = JSON.stringify(audit.map((a) => a.datos));
    expect(recorded).toContain(issued.prefix);
    expect(recorded).not.toContain(issued.token.slice(12));
    expect(recorded).not.toContain(row.tokenHash);

    const list = await api<Record<string, unknown>[]>('/api/admin/tokens', { cookie: admin });
    expect(list.status).toBe(200);
    const listed = list.body.find((t) => t.id === issued.id);
    expect(listed).toMatchObject({ name, prefix: issued.prefix, role: 'AREA', areas: ['Sistemas', 'Infraestructura'], revokedAt: null });
    expect(Object.keys(listed!).sort()).toEqual(['areas', 'createdAt', 'id', 'lastUsedAt', 'name', 'prefix', 'revokedAt', 'role']);
    expect(JSON.stringify(list.body)).not.toContain(issued.token);
    expect(JSON.stringify(list.body)).not.toContain(row.tokenHash);
  });

  it('authenticates a Bearer token with its role, which never reaches the admin functions', async () => {
    for (const role of ['MESA', 'ADMIN'] as const) {
      const { token, id } = await issue({ name: `Token ${role} ${unique()}`, role });
      const reply = await api('/api/admin/tokens', { token });
      expect(reply.status).toBe(403);
      expect(reply.body.error?.code).toBe('FORBIDDEN');
      expect((await api('/api/admin/tokens', { method: 'POST', token, body: { name: 'Otro', role: 'ADMIN' } })).status).toBe(403);
      const row = await testDb().apiToken.findUniqueOrThrow({ where: { id } });
      expect(row.lastUsedAt).not.toBeNull();
    }
  });

  it('issues a CORREO token without areas, which every ticket endpoint refuses with 403', async () => {
    const issued = await issue({ name: `Correo entrante ${unique()}`, role: 'CORREO', areas: ['Sistemas'] });
    expect(issued).toMatchObject({ role: 'CORREO', areas: [] });
    for (const [path, method] of [['/api/tickets', 'GET'], ['/api/admin/tokens', 'GET']] as const) {
      const reply = await api(path, { method, token: issued.token });
      expect(reply.status).toBe(403);
      expect(reply.body.error?.code).toBe('FORBIDDEN');
    }
    expect((await api('/api/tickets', { token: issued.token })).body.error?.message).toMatch(/CORREO/);
  });

  it('writes lastUsedAt at most once a minute', async () => {
    const { token, id } = await issue({ name: `Uso ${unique()}`, role: 'MESA' });
    await api('/api/admin/tokens', { token });
    const first = (await testDb().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    await api('/api/admin/tokens', { token });
    expect((await testDb().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(first);
  });

  it('answers 401 to a bogus, malformed or revoked token, even with a session cookie beside it', async () => {
    const { token, id } = await issue({ name: `Revocable ${unique()}`, role: 'MESA' });
    const revoked = await api(`/api/admin/tokens/${id}`, { method: 'DELETE', cookie: admin });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id, revokedAt: expect.any(String) });
    expect(revoked.body).not.toHaveProperty('token');
    // Revoking again changes nothing and is not audited twice.
    expect((await api(`/api/admin/tokens/${id}`, { method: 'DELETE', cookie: admin })).status).toBe(200);
    const audit = await testDb().adminAuditLog.findMany({ where: { entidad: 'token_api', entidadId: id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.accion)).toEqual(['token_api.emitir', 'token_api.revocar']);

    const bogus = `mda_${'A'.repeat(43)}`;
    for (const reply of [
      await api('/api/admin/tokens', { token }),
      await api('/api/admin/tokens', { token: bogus }),
      await api('/api/admin/tokens', { token: 'no-es-un-token' }),
      await api('/api/admin/tokens', { token: bogus, cookie: admin }),
    ]) {
      expect(reply.status).toBe(401);
      expect(reply.body.error?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('revoking twice keeps the first revocation; an unknown id is 404 and a malformed one 400', async () => {
    const { id } = await issue({ name: `Doble ${unique()}`, role: 'MESA' });
    const first = await api(`/api/admin/tokens/${id}`, { method: 'DELETE', cookie: admin });
    const second = await api(`/api/admin/tokens/${id}`, { method: 'DELETE', cookie: admin });
    expect(second.status).toBe(200);
    expect(second.body.revokedAt).toBe(first.body.revokedAt);
    expect((await api('/api/admin/tokens/00000000-0000-4000-8000-000000000000', { method: 'DELETE', cookie: admin })).status).toBe(404);
    const malformed = await api('/api/admin/tokens/abc', { method: 'DELETE', cookie: admin });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error?.fields).toHaveProperty('id');
  });

  it('gives MESA and AREA sessions 403 and no session 401, before looking at the body', async () => {
    const { id } = await issue({ name: `Ajeno ${unique()}`, role: 'MESA' });
    for (const cookie of [mesa, area]) {
      expect((await api('/api/admin/tokens', { cookie })).status).toBe(403);
      expect((await api('/api/admin/tokens', { method: 'POST', cookie, body: {} })).status).toBe(403);
      expect((await api(`/api/admin/tokens/${id}`, { method: 'DELETE', cookie })).status).toBe(403);
    }
    expect((await api('/api/admin/tokens')).status).toBe(401);
    expect((await api('/api/admin/tokens', { method: 'POST', body: {} })).status).toBe(401);
    expect((await api(`/api/admin/tokens/${id}`, { method: 'DELETE' })).status).toBe(401);
    expect((await testDb().apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });

  it('refuses a bad body with 400 and a Spanish message per field, and stores nothing', async () => {
    const before = await testDb().apiToken.count();
    const cases: [Record<string, unknown>, Record<string, RegExp>][] = [
      [{}, { name: /nombre es obligatorio/, role: /rol debe ser ADMIN, MESA, AREA o CORREO/ }],
      [{ name: 'x'.repeat(101), role: 'JEFE' }, { name: /como máximo 100 caracteres/, role: /rol debe ser/ }],
      [{ name: 'Sin áreas', role: 'AREA' }, { areas: /al menos un área/ }],
      [{ name: 'Área falsa', role: 'AREA', areas: ['No existe'] }, { areas: /No existe el área: No existe/ }],
      [{ name: 'Áreas raras', role: 'MESA', areas: 'MESA' }, { areas: /lista/ }],
    ];
    for (const [body, fields] of cases) {
      const reply = await api('/api/admin/tokens', { method: 'POST', body, cookie: admin });
      expect(reply.status).toBe(400);
      expect(reply.body.error?.code).toBe('VALIDATION_ERROR');
      for (const [field, message] of Object.entries(fields)) expect(reply.body.error?.fields?.[field]?.join(' ')).toMatch(message);
    }
    expect((await api('/api/admin/tokens', { method: 'POST', body: '{', cookie: admin })).body.error?.code).toBe('INVALID_JSON');
    expect(await testDb().apiToken.count()).toBe(before);
  });
});
