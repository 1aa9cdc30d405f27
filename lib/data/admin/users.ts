import 'server-only';
import type { z } from 'zod';
import { hash } from '@node-rs/argon2';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Actor, Rol } from '@/lib/domain/actor';
import { NotFoundError } from '@/lib/errors';
import type { userActiveSchema, userCreateSchema, userPasswordSchema, userUpdateSchema } from '@/lib/validation/admin/users';
import { recordAdminAudit } from '@/lib/data/admin-audit';
import { fieldError, rethrowUnique } from '@/lib/data/admin/db-errors';
import { adminTransaction, assertAdmin } from '@/lib/data/admin/guard';

export interface UserView {
  id: string;
  name: string;
  email: string;
  role: Rol;
  active: boolean;
  areas: { id: number; name: string }[];
  createdAt: string;
}

const VIEW = {
  id: true, name: true, email: true, role: true, active: true, createdAt: true,
  areas: { select: { area: { select: { id: true, name: true } } } },
} as const satisfies Prisma.UserSelect;

type Row = Prisma.UserGetPayload<{ select: typeof VIEW }>;

const PAGE_SIZE = 25;
const EMAIL_TAKEN = 'Ya existe un usuario con ese correo electrónico.';

export async function listUsers(actor: Actor, query: { q?: string; pagina: number }): Promise<{ rows: UserView[]; total: number; pageCount: number; pageSize: number }> {
  assertAdmin(actor);
  const where: Prisma.UserWhereInput = query.q
    ? { OR: [{ name: { contains: query.q, mode: 'insensitive' } }, { email: { contains: query.q, mode: 'insensitive' } }] }
    : {};
  const [rows, total] = await Promise.all([
    db().user.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], skip: (query.pagina - 1) * PAGE_SIZE, take: PAGE_SIZE, select: VIEW }),
    db().user.count({ where }),
  ]);
  return { rows: rows.map(toView), total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), pageSize: PAGE_SIZE };
}

export async function createUser(actor: Actor, data: z.output<typeof userCreateSchema>): Promise<UserView> {
  assertAdmin(actor);
  const passwordHash = await hash(data.password);
  try {
    return await adminTransaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) throw fieldError('email', EMAIL_TAKEN);
      await assertAreasExist(tx, data.areas);
      const row = await tx.user.create({
        data: { name: data.name, email: data.email, role: data.role, passwordHash, areas: { create: data.areas.map((areaId) => ({ areaId })) } },
        select: VIEW,
      });
      const view = toView(row);
      await recordAdminAudit(tx, actor, { accion: 'usuario.crear', entidad: 'usuario', entidadId: view.id, datos: { despues: audited(view) } });
      return view;
    });
  } catch (err) {
    return rethrowUnique(err, 'email', EMAIL_TAKEN);
  }
}

export async function updateUser(actor: Actor, data: z.output<typeof userUpdateSchema>): Promise<UserView> {
  assertAdmin(actor);
  if (data.id === actor.userId && data.role !== 'ADMIN') {
    throw fieldError('role', 'No puede quitarse a sí mismo el rol de administrador: pídaselo a otro administrador.');
  }
  return adminTransaction(async (tx) => {
    const before = await findUserForUpdate(tx, data.id);
    await assertAreasExist(tx, data.areas, before.areas.map((a) => a.id));
    await tx.userArea.deleteMany({ where: { userId: data.id } });
    await tx.userArea.createMany({ data: data.areas.map((areaId) => ({ userId: data.id, areaId })) });
    const row = await tx.user.update({ where: { id: data.id }, data: { name: data.name, role: data.role }, select: VIEW });
    const after = toView(row);
    await recordAdminAudit(tx, actor, { accion: 'usuario.editar', entidad: 'usuario', entidadId: data.id, datos: { antes: audited(before), despues: audited(after) } });
    return after;
  });
}

export async function setUserActive(actor: Actor, data: z.output<typeof userActiveSchema>): Promise<UserView> {
  assertAdmin(actor);
  if (data.id === actor.userId && !data.active) {
    throw fieldError('active', 'No puede desactivar su propio usuario: pídaselo a otro administrador.');
  }
  return adminTransaction(async (tx) => {
    const before = await findUserForUpdate(tx, data.id);
    const row = await tx.user.update({ where: { id: data.id }, data: { active: data.active }, select: VIEW });
    await recordAdminAudit(tx, actor, {
      accion: data.active ? 'usuario.reactivar' : 'usuario.desactivar',
      entidad: 'usuario',
      entidadId: data.id,
      datos: { antes: { active: before.active }, despues: { active: row.active } },
    });
    return toView(row);
  });
}

// The audit entry says that the password changed, never what it is.
export async function resetUserPassword(actor: Actor, data: z.output<typeof userPasswordSchema>): Promise<void> {
  assertAdmin(actor);
  const passwordHash = await hash(data.password);
  await adminTransaction(async (tx) => {
    const user = await findUserForUpdate(tx, data.id);
    await tx.user.update({ where: { id: data.id }, data: { passwordHash } });
    await recordAdminAudit(tx, actor, { accion: 'usuario.restablecer_contrasena', entidad: 'usuario', entidadId: data.id, datos: { email: user.email } });
  });
}

export async function listAreaOptions(actor: Actor): Promise<{ id: number; name: string; active: boolean }[]> {
  assertAdmin(actor);
  return db().area.findMany({ orderBy: [{ active: 'desc' }, { name: 'asc' }], select: { id: true, name: true, active: true } });
}

// Locks the user's row: two admins editing one user apply one after the other.
async function findUserForUpdate(tx: Prisma.TransactionClient, id: string): Promise<UserView> {
  await tx.$queryRaw`SELECT id FROM users WHERE id = ${id}::uuid FOR UPDATE`;
  const row = await tx.user.findUnique({ where: { id }, select: VIEW });
  if (!row) throw new NotFoundError('El usuario no existe.');
  return toView(row);
}

// New memberships need an active area; one the user already has may stay after its area was deactivated.
async function assertAreasExist(tx: Prisma.TransactionClient, ids: number[], held: number[] = []): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx.area.findMany({ where: { id: { in: ids }, OR: [{ active: true }, { id: { in: held } }] }, select: { id: true } });
  if (found.length !== ids.length) throw fieldError('areas', 'Alguna de las áreas elegidas no existe o está inactiva.');
}

function toView(row: Row): UserView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    active: row.active,
    areas: row.areas.map((a) => a.area).sort((a, b) => a.name.localeCompare(b.name, 'es')),
    createdAt: row.createdAt.toISOString(),
  };
}

function audited(view: UserView) {
  return { name: view.name, email: view.email, role: view.role, active: view.active, areas: view.areas.map((a) => a.name) };
}
