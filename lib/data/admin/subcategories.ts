import 'server-only';
import type { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/domain/actor';
import { NotFoundError } from '@/lib/errors';
import type { catalogActiveSchema, subcategoryCreateSchema, subcategoryUpdateSchema } from '@/lib/validation/admin/categories';
import { recordAdminAudit } from '@/lib/data/admin-audit';
import { fieldError, rethrowUnique } from '@/lib/data/admin/db-errors';
import { adminTransaction, assertAdmin } from '@/lib/data/admin/guard';

const NAME_TAKEN = 'Esa categoría ya tiene una subcategoría con ese nombre.';
const SUBCATEGORY = { id: true, categoryId: true, name: true, active: true } as const;

export async function createSubcategory(actor: Actor, data: z.output<typeof subcategoryCreateSchema>): Promise<{ id: number }> {
  assertAdmin(actor);
  try {
    return await adminTransaction(async (tx) => {
      if (!(await tx.category.findUnique({ where: { id: data.categoryId }, select: { id: true } }))) {
        throw fieldError('categoryId', 'La categoría no existe.');
      }
      await assertNameFree(tx, data.categoryId, data.name, null);
      const row = await tx.subcategory.create({ data, select: SUBCATEGORY });
      await recordAdminAudit(tx, actor, { accion: 'subcategoria.crear', entidad: 'subcategoria', entidadId: row.id, datos: { despues: row } });
      return { id: row.id };
    });
  } catch (err) {
    return rethrowUnique(err, 'name', NAME_TAKEN);
  }
}

export async function updateSubcategory(actor: Actor, data: z.output<typeof subcategoryUpdateSchema>): Promise<void> {
  assertAdmin(actor);
  try {
    await adminTransaction(async (tx) => {
      const before = await lockSubcategory(tx, data.id);
      await assertNameFree(tx, before.categoryId, data.name, data.id);
      const after = await tx.subcategory.update({ where: { id: data.id }, data: { name: data.name }, select: SUBCATEGORY });
      await recordAdminAudit(tx, actor, { accion: 'subcategoria.editar', entidad: 'subcategoria', entidadId: data.id, datos: { antes: before, despues: after } });
    });
  } catch (err) {
    rethrowUnique(err, 'name', NAME_TAKEN);
  }
}

export async function setSubcategoryActive(actor: Actor, data: z.output<typeof catalogActiveSchema>): Promise<void> {
  assertAdmin(actor);
  await adminTransaction(async (tx) => {
    const before = await lockSubcategory(tx, data.id);
    await tx.subcategory.update({ where: { id: data.id }, data: { active: data.active } });
    await recordAdminAudit(tx, actor, {
      accion: data.active ? 'subcategoria.reactivar' : 'subcategoria.desactivar',
      entidad: 'subcategoria',
      entidadId: data.id,
      datos: { antes: { name: before.name, active: before.active }, despues: { name: before.name, active: data.active } },
    });
  });
}

async function lockSubcategory(tx: Prisma.TransactionClient, id: number) {
  await tx.$queryRaw`SELECT id FROM subcategories WHERE id = ${id} FOR UPDATE`;
  const row = await tx.subcategory.findUnique({ where: { id }, select: SUBCATEGORY });
  if (!row) throw new NotFoundError('La subcategoría no existe.');
  return row;
}

async function assertNameFree(tx: Prisma.TransactionClient, categoryId: number, name: string, exceptId: number | null): Promise<void> {
  const rows = await tx.subcategory.findMany({ where: { categoryId }, select: { id: true, name: true } });
  const wanted = name.toLocaleLowerCase('es');
  if (rows.some((s) => s.id !== exceptId && s.name.toLocaleLowerCase('es') === wanted)) throw fieldError('name', NAME_TAKEN);
}
