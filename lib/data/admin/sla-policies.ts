import 'server-only';
import type { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import type { SlaClock } from '@/lib/domain/sla';
import type { TipoTicket } from '@/lib/domain/tipos';
import { NotFoundError } from '@/lib/errors';
import type { activePolicySetSchema, slaPolicyUpdateSchema } from '@/lib/validation/admin/sla';
import { PQRS_POLICY_SET, pqrsSlaPolicies } from '@/lib/domain/sla-pqrs';
import { recordAdminAudit } from '@/lib/data/admin-audit';
import { fieldError } from '@/lib/data/admin/db-errors';
import { adminTransaction, assertAdmin } from '@/lib/data/admin/guard';
import { lockSettings } from '@/lib/data/admin/settings';

export interface SlaMatrix {
  policySet: string;
  activePolicySet: string;
  policySets: string[];
  priorities: { code: string; label: string; active: boolean }[];
  /** cells[tipo][prioridad] */
  cells: Record<string, Record<string, { duracion: number; reloj: SlaClock }>>;
}

/** The active set's matrix unless another is requested. */
export async function getSlaMatrix(actor: Actor, requestedSet?: string): Promise<SlaMatrix> {
  assertAdmin(actor);
  const [settings, sets, priorities] = await Promise.all([
    db().settings.findUnique({ where: { id: 1 }, select: { activePolicySet: true } }),
    db().slaPolicy.findMany({ distinct: ['policySet'], orderBy: { policySet: 'asc' }, select: { policySet: true } }),
    db().priority.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], select: { code: true, label: true, active: true } }),
  ]);
  const activePolicySet = settings?.activePolicySet ?? 'GENERAL';
  const policySets = sets.map((s) => s.policySet);
  const policySet = requestedSet && policySets.includes(requestedSet) ? requestedSet : activePolicySet;
  const rows = await db().slaPolicy.findMany({ where: { policySet }, select: { tipo: true, prioridad: true, duracion: true, reloj: true } });
  const cells: SlaMatrix['cells'] = {};
  for (const r of rows) (cells[r.tipo] ??= {})[r.prioridad] = { duracion: r.duracion, reloj: r.reloj };
  return { policySet, activePolicySet, policySets, priorities, cells };
}

// Applies to tickets created from now on (each creation reads the table); existing deadlines stand.
export async function updateSlaPolicy(actor: Actor, data: z.output<typeof slaPolicyUpdateSchema>): Promise<void> {
  assertAdmin(actor);
  await adminTransaction(async (tx) => {
    const key = { policySet: data.policySet, tipo: data.tipo as TipoTicket, prioridad: data.prioridad };
    const [before] = await tx.$queryRaw<{ id: number; duracion: number; reloj: SlaClock }[]>`
      SELECT id, duracion, reloj::text AS reloj FROM sla_policies
      WHERE "policySet" = ${key.policySet} AND tipo = ${key.tipo}::"Tipo" AND prioridad = ${key.prioridad} FOR UPDATE`;
    if (!before) {
      if (!(await tx.priority.findUnique({ where: { code: key.prioridad }, select: { code: true } }))) throw fieldError('prioridad', 'La prioridad no existe.');
      throw new NotFoundError('No existe esa política de SLA.');
    }
    await tx.slaPolicy.update({ where: { id: before.id }, data: { duracion: data.duracion, reloj: data.reloj } });
    await recordAdminAudit(tx, actor, {
      accion: 'politica_sla.editar',
      entidad: 'politica_sla',
      entidadId: `${key.policySet}/${key.tipo}/${key.prioridad}`,
      datos: { antes: { duracion: before.duracion, reloj: before.reloj }, despues: { duracion: data.duracion, reloj: data.reloj } },
    });
  });
}

export async function setActivePolicySet(actor: Actor, { activePolicySet }: z.output<typeof activePolicySetSchema>): Promise<void> {
  assertAdmin(actor);
  await adminTransaction(async (tx) => {
    const { activePolicySet: previous } = await lockSettings(tx);
    if (!(await tx.slaPolicy.findFirst({ where: { policySet: activePolicySet }, select: { id: true } }))) {
      throw fieldError('activePolicySet', 'Ese conjunto de políticas no existe.');
    }
    const added = activePolicySet === PQRS_POLICY_SET ? await completePqrsSet(tx) : 0;
    await tx.settings.update({ where: { id: 1 }, data: { activePolicySet } });
    await recordAdminAudit(tx, actor, {
      accion: 'configuracion.conjunto_politicas',
      entidad: 'configuracion',
      entidadId: 'activePolicySet',
      datos: { antes: { activePolicySet: previous }, despues: { activePolicySet }, ...(added > 0 ? { politicasAgregadas: added } : {}) },
    });
  });
}

// A priority created before the PQRS set existed lacks its column; cells that exist are left alone.
async function completePqrsSet(tx: Prisma.TransactionClient): Promise<number> {
  const [priorities, general] = await Promise.all([
    tx.priority.findMany({ select: { code: true } }),
    tx.slaPolicy.findMany({ where: { policySet: 'GENERAL' }, select: { tipo: true, prioridad: true, duracion: true, reloj: true } }),
  ]);
  const rows = priorities.flatMap((p) =>
    pqrsSlaPolicies(p.code, (tipo) => {
      const term = general.find((g) => g.tipo === tipo && g.prioridad === p.code);
      return term ? { duracion: term.duracion, reloj: term.reloj } : { duracion: 0, reloj: 'HORAS_HABILES' };
    }),
  ).filter((r) => r.duracion > 0);
  const { count } = await tx.slaPolicy.createMany({ data: rows, skipDuplicates: true });
  return count;
}
