import 'server-only';
import type { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { TIPOS } from '@/lib/domain/tipos';
import { NotFoundError } from '@/lib/errors';
import type { priorityCreateSchema, priorityUpdateSchema } from '@/lib/validation/admin/priorities';
import { PQRS_POLICY_SET, pqrsSlaPolicies, type SlaPolicyRow } from '@/lib/domain/sla-pqrs';
import { recordAdminAudit } from '@/lib/data/admin-audit';
import { fieldError, rethrowUnique } from '@/lib/data/admin/db-errors';
import { adminTransaction, assertAdmin } from '@/lib/data/admin/guard';

export interface PriorityView {
  code: string;
  label: string;
  sortOrder: number;
  active: boolean;
  /** Tickets filed with it: while any exists, its code cannot change. */
  tickets: number;
}

const PRIORITY = { code: true, label: true, sortOrder: true, active: true } as const;
const CODE_TAKEN = 'Ya existe una prioridad con ese código.';

export async function listPriorities(actor: Actor): Promise<PriorityView[]> {
  assertAdmin(actor);
  const rows = await db().priority.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], select: { ...PRIORITY, _count: { select: { tickets: true } } } });
  return rows.map(({ _count, ...p }) => ({ ...p, tickets: _count.tickets }));
}

/** Also creates its column in every policy set, so a ticket with it always finds its SLA. */
export async function createPriority(actor: Actor, data: z.output<typeof priorityCreateSchema>): Promise<void> {
  assertAdmin(actor);
  try {
    await adminTransaction(async (tx) => {
      if (await tx.priority.findUnique({ where: { code: data.code }, select: { code: true } })) throw fieldError('code', CODE_TAKEN);
      const row = await tx.priority.create({ data: { code: data.code, label: data.label, sortOrder: data.sortOrder }, select: PRIORITY });
      const sets = await tx.slaPolicy.findMany({ distinct: ['policySet'], select: { policySet: true } });
      const policies = policyRowsFor(data.code, data.slaHoras, ['GENERAL', ...sets.map((s) => s.policySet)]);
      await tx.slaPolicy.createMany({ data: policies, skipDuplicates: true });
      await recordAdminAudit(tx, actor, {
        accion: 'prioridad.crear',
        entidad: 'prioridad',
        entidadId: row.code,
        datos: { despues: { ...row, slaHoras: data.slaHoras } },
      });
    });
  } catch (err) {
    rethrowUnique(err, 'code', CODE_TAKEN);
  }
}

export async function updatePriority(actor: Actor, data: z.output<typeof priorityUpdateSchema>): Promise<void> {
  assertAdmin(actor);
  try {
    await adminTransaction(async (tx) => {
      await tx.$queryRaw`SELECT code FROM priorities WHERE code = ${data.code} FOR UPDATE`;
      const before = await tx.priority.findUnique({ where: { code: data.code }, select: PRIORITY });
      if (!before) throw new NotFoundError('La prioridad no existe.');
      if (data.newCode !== before.code) await assertCodeChangeable(tx, before.code, data.newCode);
      if (before.active && !data.active && (await tx.priority.count({ where: { active: true } })) <= 1) {
        throw fieldError('active', 'Debe quedar al menos una prioridad activa para radicar tickets.');
      }
      // The code is the key: sla_policies follow it (ON UPDATE CASCADE).
      const after = await tx.priority.update({
        where: { code: before.code },
        data: { code: data.newCode, label: data.label, sortOrder: data.sortOrder, active: data.active },
        select: PRIORITY,
      });
      await recordAdminAudit(tx, actor, { accion: 'prioridad.editar', entidad: 'prioridad', entidadId: after.code, datos: { antes: before, despues: after } });
    });
  } catch (err) {
    rethrowUnique(err, 'newCode', CODE_TAKEN);
  }
}

// Tickets store the code itself: once one is filed with it, the code is part of its record.
async function assertCodeChangeable(tx: Prisma.TransactionClient, code: string, newCode: string): Promise<void> {
  const used = await tx.ticket.count({ where: { prioridad: code } });
  if (used > 0) {
    throw fieldError('newCode', `El código no se puede cambiar: ${used === 1 ? 'un ticket usa' : `${used.toLocaleString('es-CO')} tickets usan`} esta prioridad.`);
  }
  if (await tx.priority.findUnique({ where: { code: newCode }, select: { code: true } })) throw fieldError('newCode', CODE_TAKEN);
}

function policyRowsFor(prioridad: string, hours: number, sets: string[]): SlaPolicyRow[] {
  const general = { duracion: hours, reloj: 'HORAS_HABILES' as const };
  return [...new Set(sets)].flatMap((policySet) =>
    policySet === PQRS_POLICY_SET
      ? pqrsSlaPolicies(prioridad, () => general)
      : TIPOS.map((tipo) => ({ policySet, tipo, prioridad, ...general })),
  );
}
