import 'server-only';
import type { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { OPEN_ESTADOS } from '@/lib/domain/estados';
import { NotFoundError } from '@/lib/errors';
import type { areaActiveSchema, areaCreateSchema, areaUpdateSchema } from '@/lib/validation/admin/areas';
import { DEFAULT_AREA } from '@/lib/validation/ticket';
import { recordAdminAudit } from '@/lib/data/admin-audit';
import { fieldError, rethrowUnique } from '@/lib/data/admin/db-errors';
import { adminTransaction, assertAdmin } from '@/lib/data/admin/guard';

export interface AreaView {
  id: number;
  name: string;
  maxTickets: number | null;
  active: boolean;
  /** Non-terminal tickets: what the limit counts. */
  activeTickets: number;
  members: number;
  isDefault: boolean;
}

const NAME_TAKEN = 'Ya existe un área con ese nombre.';

export async function listAreas(actor: Actor): Promise<AreaView[]> {
  assertAdmin(actor);
  const [areas, counts] = await Promise.all([
    db().area.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, maxTickets: true, active: true, _count: { select: { members: true } } } }),
    db().ticket.groupBy({ by: ['areaAsignada'], where: { estado: { in: [...OPEN_ESTADOS] } }, _count: { _all: true } }),
  ]);
  const byName = new Map(counts.map((c) => [c.areaAsignada, c._count._all]));
  return areas.map((a) => ({
    id: a.id,
    name: a.name,
    maxTickets: a.maxTickets,
    active: a.active,
    activeTickets: byName.get(a.name) ?? 0,
    members: a._count.members,
    isDefault: a.name === DEFAULT_AREA,
  }));
}

export async function createArea(actor: Actor, data: z.output<typeof areaCreateSchema>): Promise<{ id: number }> {
  assertAdmin(actor);
  try {
    return await adminTransaction(async (tx) => {
      await assertNameFree(tx, data.name, null);
      const area = await tx.area.create({ data, select: { id: true, name: true, maxTickets: true, active: true } });
      await recordAdminAudit(tx, actor, { accion: 'area.crear', entidad: 'area', entidadId: area.id, datos: { despues: area } });
      return { id: area.id };
    });
  } catch (err) {
    return rethrowUnique(err, 'name', NAME_TAKEN);
  }
}

// Tickets follow a rename through their foreign key's ON UPDATE CASCADE; API tokens are updated here.
export async function updateArea(actor: Actor, data: z.output<typeof areaUpdateSchema>): Promise<void> {
  assertAdmin(actor);
  try {
    await adminTransaction(async (tx) => {
      const before = await lockArea(tx, data.id);
      const renamed = before.name !== data.name;
      if (renamed && before.name === DEFAULT_AREA) {
        throw fieldError('name', `El área ${DEFAULT_AREA} recibe los tickets sin área: no se puede renombrar.`);
      }
      let ticketsRenamed = 0;
      if (renamed) {
        await assertNameFree(tx, data.name, data.id);
        ticketsRenamed = await tx.ticket.count({ where: { areaAsignada: before.name } });
      }
      const after = await tx.area.update({ where: { id: data.id }, data: { name: data.name, maxTickets: data.maxTickets }, select: { id: true, name: true, maxTickets: true, active: true } });
      if (renamed) {
        await tx.$executeRaw`UPDATE api_tokens SET areas = array_replace(areas, ${before.name}, ${after.name}) WHERE ${before.name} = ANY(areas)`;
      }
      await recordAdminAudit(tx, actor, {
        accion: 'area.editar',
        entidad: 'area',
        entidadId: data.id,
        datos: { antes: before, despues: after, ...(renamed ? { ticketsRenombrados: ticketsRenamed } : {}) },
      });
    });
  } catch (err) {
    rethrowUnique(err, 'name', NAME_TAKEN);
  }
}

export async function setAreaActive(actor: Actor, data: z.output<typeof areaActiveSchema>): Promise<void> {
  assertAdmin(actor);
  await adminTransaction(async (tx) => {
    const before = await lockArea(tx, data.id);
    if (!data.active && before.name === DEFAULT_AREA) {
      throw fieldError('active', `El área ${DEFAULT_AREA} recibe los tickets sin área: no se puede desactivar.`);
    }
    await tx.area.update({ where: { id: data.id }, data: { active: data.active } });
    await recordAdminAudit(tx, actor, {
      accion: data.active ? 'area.reactivar' : 'area.desactivar',
      entidad: 'area',
      entidadId: data.id,
      datos: { antes: { name: before.name, active: before.active }, despues: { name: before.name, active: data.active } },
    });
  });
}

async function lockArea(tx: Prisma.TransactionClient, id: number) {
  await tx.$queryRaw`SELECT id FROM areas WHERE id = ${id} FOR UPDATE`;
  const area = await tx.area.findUnique({ where: { id }, select: { id: true, name: true, maxTickets: true, active: true } });
  if (!area) throw new NotFoundError('El área no existe.');
  return area;
}

// Tickets name areas case-insensitively (lib/data/areas.ts), so "sistemas" would shadow "Sistemas".
// Few rows: compared here rather than with ILIKE, whose wildcards a name may contain.
async function assertNameFree(tx: Prisma.TransactionClient, name: string, exceptId: number | null): Promise<void> {
  const areas = await tx.area.findMany({ select: { id: true, name: true } });
  const wanted = name.toLocaleLowerCase('es');
  if (areas.some((a) => a.id !== exceptId && a.name.toLocaleLowerCase('es') === wanted)) throw fieldError('name', NAME_TAKEN);
}
