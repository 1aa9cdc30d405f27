import 'server-only';
import type { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { NotFoundError } from '@/lib/errors';
import type { catalogActiveSchema, categoryCreateSchema, categoryUpdateSchema } from '@/lib/validation/admin/categories';
import { recordAdminAudit } from '@/lib/data/admin-audit';
import { fieldError, rethrowUnique } from '@/lib/data/admin/db-errors';
import { adminTransaction, assertAdmin } from '@/lib/data/admin/guard';

export interface CategoryView {
  id: number;
  name: string;
  areaId: number | null;
  areaName: string | null;
  active: boolean;
  subcategories: { id: number; name: string; active: boolean }[];
}

const NAME_TAKEN = 'Ya existe una categoría con ese nombre.';
const CATEGORY = { id: true, name: true, areaId: true, active: true } as const;

export async function listCategories(actor: Actor): Promise<CategoryView[]> {
  assertAdmin(actor);
  const rows = await db().category.findMany({
    orderBy: { name: 'asc' },
    select: { ...CATEGORY, area: { select: { name: true } }, subcategories: { orderBy: { name: 'asc' }, select: { id: true, name: true, active: true } } },
  });
  return rows.map(({ area, ...c }) => ({ ...c, areaName: area?.name ?? null }));
}

// Tickets keep categoria as free text: the catalog is only what the form offers.
export async function createCategory(actor: Actor, data: z.output<typeof categoryCreateSchema>): Promise<{ id: number }> {
  assertAdmin(actor);
  try {
    return await adminTransaction(async (tx) => {
      await assertNameFree(tx, data.name, null);
      await assertAreaExists(tx, data.areaId);
      const row = await tx.category.create({ data, select: CATEGORY });
      await recordAdminAudit(tx, actor, { accion: 'categoria.crear', entidad: 'categoria', entidadId: row.id, datos: { despues: row } });
      return { id: row.id };
    });
  } catch (err) {
    return rethrowUnique(err, 'name', NAME_TAKEN);
  }
}

export async function updateCategory(actor: Actor, data: z.output<typeof categoryUpdateSchema>): Promise<void> {
  assertAdmin(actor);
  try {
    await adminTransaction(async (tx) => {
      const before = await lockCategory(tx, data.id);
      if (before.name !== data.name) await assertNameFree(tx, data.name, data.id);
      if (before.areaId !== data.areaId) await assertAreaExists(tx, data.areaId);
      const after = await tx.category.update({ where: { id: data.id }, data: { name: data.name, areaId: data.areaId }, select: CATEGORY });
      await recordAdminAudit(tx, actor, { accion: 'categoria.editar', entidad: 'categoria', entidadId: data.id, datos: { antes: before, despues: after } });
    });
  } catch (err) {
    rethrowUnique(err, 'name', NAME_TAKEN);
  }
}

export async function setCategoryActive(actor: Actor, data: z.output<typeof catalogActiveSchema>): Promise<void> {
  assertAdmin(actor);
  await adminTransaction(async (tx) => {
    const before = await lockCategory(tx, data.id);
    await tx.category.update({ where: { id: data.id }, data: { active: data.active } });
    await recordAdminAudit(tx, actor, {
      accion: data.active ? 'categoria.reactivar' : 'categoria.desactivar',
      entidad: 'categoria',
      entidadId: data.id,
      datos: { antes: { name: before.name, active: before.active }, despues: { name: before.name, active: data.active } },
    });
  });
}

async function lockCategory(tx: Prisma.TransactionClient, id: number) {
  await tx.$queryRaw`SELECT id FROM categories WHERE id = ${id} FOR UPDATE`;
  const row = await tx.category.findUnique({ where: { id }, select: CATEGORY });
  if (!row) throw new NotFoundError('La categoría no existe.');
  return row;
}

async function assertAreaExists(tx: Prisma.TransactionClient, areaId: number | null): Promise<void> {
  if (areaId === null) return;
  if (!(await tx.area.findFirst({ where: { id: areaId, active: true }, select: { id: true } }))) {
    throw fieldError('areaId', 'El área sugerida no existe o está inactiva.');
  }
}

// "sistemas" beside "Sistemas" would offer the requester the same category twice.
async function assertNameFree(tx: Prisma.TransactionClient, name: string, exceptId: number | null): Promise<void> {
  const rows = await tx.category.findMany({ select: { id: true, name: true } });
  const wanted = name.toLocaleLowerCase('es');
  if (rows.some((c) => c.id !== exceptId && c.name.toLocaleLowerCase('es') === wanted)) throw fieldError('name', NAME_TAKEN);
}
