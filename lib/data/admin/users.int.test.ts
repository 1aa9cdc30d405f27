import { verify } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { verifyStaffCredentials } from '@/lib/data/staff-credentials';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { testDb } from '@/scripts/test/db';
import { createUser as createUserData, listUsers, resetUserPassword as resetUserPasswordData, setUserActive as setUserActiveData, updateUser as updateUserData } from '@/lib/data/admin/users';
import { actorFor, adminActor, auditCount, latestAudit, unique, viaSchema } from '@/lib/data/admin/test-support';
import { userActiveSchema, userCreateSchema, userPasswordSchema, userUpdateSchema } from '@/lib/validation/admin/users';

// The data functions as their actions call them: the raw input parsed with the action's schema first.
const createUser = viaSchema(userCreateSchema, createUserData);
const resetUserPassword = viaSchema(userPasswordSchema, resetUserPasswordData);
const setUserActive = viaSchema(userActiveSchema, setUserActiveData);
const updateUser = viaSchema(userUpdateSchema, updateUserData);

const PASSWORD = 'Clave-Segura-2026';

async function areaId(name: string) {
  return (await testDb().area.findUniqueOrThrow({ where: { name } })).id;
}

async function newUser(overrides: Record<string, unknown> = {}) {
  const email = `Persona.${unique()}@Mesa.test`;
  return createUser(await adminActor(), { name: 'Persona de prueba', email, role: 'AREA', areas: [String(await areaId('Sistemas'))], password: PASSWORD, ...overrides });
}

describe('users administration', () => {
  it('creates a user with an argon2id hash and an audit entry that holds neither password nor hash', async () => {
    const before = await auditCount();
    const user = await newUser();
    expect(user).toMatchObject({ name: 'Persona de prueba', role: 'AREA', active: true, areas: [{ name: 'Sistemas' }] });
    expect(user.email).toBe(user.email.toLowerCase());
    expect(user).not.toHaveProperty('passwordHash');

    const row = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(row.passwordHash, PASSWORD)).toBe(true);
    expect(await verifyStaffCredentials({ email: user.email, password: PASSWORD })).toMatchObject({ id: user.id, role: 'AREA', areas: ['Sistemas'] });

    expect(await auditCount()).toBe(before + 1);
    const [entry] = await latestAudit();
    const admin = await adminActor();
    expect(entry).toMatchObject({ accion: 'usuario.crear', entidad: 'usuario', entidadId: user.id, actorId: admin.userId, actorNombre: admin.name });
    expect(entry!.datos).toEqual({ despues: { name: 'Persona de prueba', email: user.email, role: 'AREA', active: true, areas: ['Sistemas'] } });
    const written = JSON.stringify(entry);
    expect(written).not.toContain(PASSWORD);
    expect(written).not.toContain(row.passwordHash);
  });

  it('refuses bad input naming each field, a taken email and an AREA user without areas, writing nothing', async () => {
    const admin = await adminActor();
    const [users, audits] = [await testDb().user.count(), await auditCount()];
    const cases: [Record<string, unknown>, Record<string, RegExp>][] = [
      [{}, { name: /nombre es obligatorio/, email: /correo electrónico es obligatorio/, role: /rol debe ser/, password: /contraseña es obligatoria/ }],
      [{ name: 'Ana', email: 'no-es-correo', role: 'MESA', password: 'corta' }, { email: /no es válido/, password: /al menos 10/ }],
      [{ name: 'Ana Pérez', email: `a.${unique()}@mesa.test`, role: 'AREA', areas: [], password: PASSWORD }, { areas: /al menos a un área/ }],
      [{ name: 'Ana Pérez', email: 'ADMIN@mesa.test', role: 'MESA', password: PASSWORD }, { email: /Ya existe un usuario/ }],
      [{ name: 'Ana Pérez', email: `a.${unique()}@mesa.test`, role: 'AREA', areas: [999999], password: PASSWORD }, { areas: /no existe/ }],
    ];
    for (const [input, fields] of cases) {
      const error = await createUser(admin, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      for (const [field, message] of Object.entries(fields)) expect((error as ValidationError).fields[field]?.join(' ')).toMatch(message);
    }
    expect(await testDb().user.count()).toBe(users);
    expect(await auditCount()).toBe(audits);
  });

  it('changes role and areas with the values before and after in the audit entry', async () => {
    const user = await newUser();
    const admin = await adminActor();
    const areas = [await areaId('Facturación'), await areaId('Infraestructura')];
    const updated = await updateUser(admin, { id: user.id, name: 'Persona editada', role: 'MESA', areas });
    expect(updated).toMatchObject({ name: 'Persona editada', role: 'MESA', areas: [{ name: 'Facturación' }, { name: 'Infraestructura' }] });
    const [entry] = await latestAudit();
    expect(entry).toMatchObject({ accion: 'usuario.editar', entidadId: user.id });
    expect(entry!.datos).toMatchObject({
      antes: { name: 'Persona de prueba', role: 'AREA', areas: ['Sistemas'] },
      despues: { name: 'Persona editada', role: 'MESA', areas: ['Facturación', 'Infraestructura'] },
    });
    // The next request of that user sees the new role (the session re-reads the user).
    expect(await actorFor(user.email)).toMatchObject({ role: 'MESA', areas: ['Facturación', 'Infraestructura'] });
  });

  it('refuses an ADMIN demoting or deactivating themself, and changes nothing', async () => {
    const admin = await adminActor();
    const audits = await auditCount();
    const demote = await updateUser(admin, { id: admin.userId, name: admin.name, role: 'MESA', areas: [await areaId('MESA')] }).catch((e: unknown) => e);
    expect(demote).toBeInstanceOf(ValidationError);
    expect((demote as ValidationError).fields.role?.[0]).toMatch(/No puede quitarse a sí mismo el rol de administrador/);
    const deactivate = await setUserActive(admin, { id: admin.userId, active: false }).catch((e: unknown) => e);
    expect((deactivate as ValidationError).fields.active?.[0]).toMatch(/No puede desactivar su propio usuario/);
    expect(await testDb().user.findUniqueOrThrow({ where: { id: admin.userId! } })).toMatchObject({ role: 'ADMIN', active: true });
    expect(await auditCount()).toBe(audits);

    // Another ADMIN may do it.
    const other = await newUser({ role: 'ADMIN', areas: [] });
    const demoted = await updateUser(admin, { id: other.id, name: other.name, role: 'MESA', areas: [] });
    expect(demoted.role).toBe('MESA');
  });

  it('deactivates a user, who can no longer sign in, and reactivates them', async () => {
    const user = await newUser();
    const admin = await adminActor();
    await setUserActive(admin, { id: user.id, active: 'false' });
    expect(await verifyStaffCredentials({ email: user.email, password: PASSWORD })).toBeNull();
    expect((await latestAudit())[0]).toMatchObject({ accion: 'usuario.desactivar', datos: { antes: { active: true }, despues: { active: false } } });
    await setUserActive(admin, { id: user.id, active: true });
    expect(await verifyStaffCredentials({ email: user.email, password: PASSWORD })).not.toBeNull();
    expect((await latestAudit())[0]).toMatchObject({ accion: 'usuario.reactivar' });
  });

  it('resets a password: the old one stops working and the audit entry never holds either', async () => {
    const user = await newUser();
    const fresh = 'Otra-Clave-Nueva-99';
    await resetUserPassword(await adminActor(), { id: user.id, password: fresh });
    expect(await verifyStaffCredentials({ email: user.email, password: PASSWORD })).toBeNull();
    expect(await verifyStaffCredentials({ email: user.email, password: fresh })).not.toBeNull();
    const [entry] = await latestAudit();
    expect(entry).toMatchObject({ accion: 'usuario.restablecer_contrasena', entidadId: user.id });
    const hash = (await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    for (const secret of [fresh, PASSWORD, hash]) expect(JSON.stringify(entry)).not.toContain(secret);
  });

  it('lists users by name with a search, without hashes, and only for an ADMIN', async () => {
    const user = await newUser({ name: `Buscable ${unique()}` });
    const page = await listUsers(await adminActor(), { q: user.name.slice(0, 14), pagina: 1 });
    expect(page.rows.map((u) => u.id)).toContain(user.id);
    expect(JSON.stringify(page)).not.toContain('argon2');
    await expect(listUsers(await actorFor('mesa@mesa.test'), { pagina: 1 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
