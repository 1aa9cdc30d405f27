import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { computeSlaDeadline, slaHoursOf } from '@/lib/domain/sla';
import { computeSlaRiskInstant } from '@/lib/domain/sla-risk';
import { prorrogaDeadline, type ProrrogaDatos } from '@/lib/domain/sla-prorroga';
import type { Operacion } from '@/lib/domain/transitions';
import { ConflictError, ValidationError } from '@/lib/errors';
import type { OperationBodies } from '@/lib/validation/operations';
import { findActiveArea } from '@/lib/data/areas';
import { findSlaTerm } from '@/lib/data/sla-context';
import { derivedSla, loadTicketSla } from '@/lib/data/ticket-sla';

/** The locked ticket row an operation starts from. */
export interface LockedTicket {
  id: string;
  estado: string;
  version: number;
  areaAsignada: string;
  tipo: OperationBodies['reclasificar']['tipo'] & string;
  categoria: string;
  subcategoria: string | null;
  prioridad: string;
  slaReloj: 'HORAS_HABILES' | 'HORAS_CALENDARIO' | 'DIAS_HABILES';
  slaHoras: number;
  fechaCreacion: Date;
  fechaLimiteSla: Date;
}

/** What an operation writes besides the state: ticket columns, and the history entry's text and data. */
export interface Effects {
  data: Prisma.TicketUncheckedUpdateInput;
  texto: string | null;
  publica: boolean;
  datos: Prisma.InputJsonValue | null;
}

const invalid = (field: string, message: string) => new ValidationError(`La solicitud tiene datos inválidos en: ${field}.`, { [field]: [message] });

/**
 * The effects of SPEC §3's operations on a ticket, checked against the catalogs. Every read goes
 * through the operation's transaction: the embedded database serves one transaction at a time.
 */
export async function operationEffects(
  tx: Prisma.TransactionClient,
  op: Operacion,
  ticket: LockedTicket,
  body: OperationBodies[Operacion],
  now: Date,
): Promise<Effects> {
  switch (op) {
    case 'asignar':
      return asignar(tx, ticket, body as OperationBodies['asignar']);
    case 'transferir': {
      const b = body as OperationBodies['transferir'];
      const area = await findActiveArea(b.area, tx);
      if (!area) throw invalid('area', `El área "${b.area}" no existe.`);
      if (area.name === ticket.areaAsignada) throw invalid('area', `El ticket ya está en el área ${area.name}.`);
      return { data: { areaAsignada: area.name, asignadoAId: null }, texto: b.motivo ?? null, publica: true, datos: { areaAnterior: ticket.areaAsignada, area: area.name } };
    }
    case 'reclasificar':
      return reclasificar(tx, ticket, body as OperationBodies['reclasificar'], now);
    case 'pausar':
      return { data: {}, texto: (body as OperationBodies['pausar']).motivo, publica: true, datos: null };
    case 'reabrir':
      return reabrir(tx, ticket, body as OperationBodies['reabrir'], now);
    case 'actualizar': {
      const b = body as OperationBodies['actualizar'];
      return { data: {}, texto: b.nota, publica: b.publica, datos: null };
    }
    case 'cancelar': {
      const motivo = (body as OperationBodies['cancelar']).motivo;
      return { data: { motivoCancelacion: motivo, fechaCierre: now }, texto: motivo, publica: true, datos: null };
    }
    case 'prorrogar':
      return prorrogar(tx, ticket, body as OperationBodies['prorrogar'], now);
    case 'archivar': {
      const resolucion = (body as OperationBodies['archivar']).resolucion;
      return { data: { resolucion, fechaCierre: now }, texto: resolucion, publica: true, datos: null };
    }
  }
}

async function asignar(tx: Prisma.TransactionClient, ticket: LockedTicket, b: OperationBodies['asignar']): Promise<Effects> {
  const area = b.area === undefined ? null : await findActiveArea(b.area, tx);
  if (b.area !== undefined && !area) throw invalid('area', `El área "${b.area}" no existe.`);
  const targetArea = area?.name ?? ticket.areaAsignada;
  let assignee: { id: string; name: string } | null = null;
  if (b.asignadoA) {
    const user = await tx.user.findFirst({
      where: { id: b.asignadoA, active: true },
      select: { id: true, name: true, role: true, areas: { select: { area: { select: { name: true } } } } },
    });
    if (!user) throw invalid('asignadoA', 'El usuario asignado no existe o está inactivo.');
    // AREA staff only ever see their areas' tickets: assigning them another area's ticket would hide it from them.
    if (user.role === 'AREA' && !user.areas.some((a) => a.area.name === targetArea)) {
      throw invalid('asignadoA', `${user.name} no pertenece al área ${targetArea}.`);
    }
    assignee = { id: user.id, name: user.name };
  }
  return {
    data: { areaAsignada: targetArea, ...(assignee ? { asignadoAId: assignee.id } : {}) },
    texto: b.nota ?? null,
    publica: true,
    datos: { area: targetArea, ...(assignee ? { asignadoA: assignee } : {}) },
  };
}

async function reclasificar(tx: Prisma.TransactionClient, ticket: LockedTicket, b: OperationBodies['reclasificar'], now: Date): Promise<Effects> {
  const before = { tipo: ticket.tipo, categoria: ticket.categoria, subcategoria: ticket.subcategoria, prioridad: ticket.prioridad };
  const after = {
    tipo: b.tipo ?? before.tipo,
    categoria: b.categoria ?? before.categoria,
    subcategoria: b.subcategoria ?? before.subcategoria,
    prioridad: b.prioridad ?? before.prioridad,
  };
  if (JSON.stringify(before) === JSON.stringify(after)) throw invalid('tipo', 'La reclasificación no cambia ningún dato del ticket.');
  const priority = await tx.priority.findFirst({ where: { code: after.prioridad, active: true }, select: { code: true, sortOrder: true } });
  if (!priority) throw invalid('prioridad', `La prioridad "${after.prioridad}" no está configurada.`);

  // SPEC §3: the SLA is recomputed from the new tipo and prioridad, from the ticket's creation,
  // keeping the paused time and any prórroga of its history (SPEC §4).
  const context = await loadTicketSla(tx, ticket);
  const term = await findSlaTerm(context.calendar.activePolicySet, after.tipo, after.prioridad, tx);
  if (!term) throw invalid('prioridad', `No hay una política de SLA para ${after.tipo} con prioridad ${after.prioridad}.`);
  const reclassified = { ...context, clock: { ...context.clock, term, prorroga: Math.min(context.clock.prorroga ?? 0, term.duracion) } };
  const { fechaLimiteSla: deadline, fechaRiesgoSla } = derivedSla(reclassified, now);
  const calendar = context.calendar;
  return {
    data: {
      ...after,
      slaHoras: slaHoursOf(term, calendar),
      slaReloj: term.reloj,
      fechaLimiteSla: deadline,
      fechaLimiteSlaOriginal: computeSlaDeadline(ticket.fechaCreacion, term, calendar),
      fechaRiesgoSla,
      prioridadOrden: -priority.sortOrder,
    },
    texto: b.motivo ?? null,
    publica: true,
    datos: { antes: before, despues: after },
  };
}

async function reabrir(tx: Prisma.TransactionClient, ticket: LockedTicket, b: OperationBodies['reabrir'], now: Date): Promise<Effects> {
  // SPEC §4: when the clock stops during a pause, the deadline moves by the paused time of its
  // clock; derived from the whole history, so every earlier pause and a prórroga still count.
  const { fechaLimiteSla, fechaRiesgoSla } = derivedSla(await loadTicketSla(tx, ticket), now);
  return {
    data: { fechaLimiteSla, fechaRiesgoSla },
    texto: b.nota ?? null,
    publica: true,
    datos: { fechaLimiteSlaAnterior: ticket.fechaLimiteSla.toISOString(), fechaLimiteSla: fechaLimiteSla.toISOString() },
  };
}

/**
 * prorrogar (SPEC §4): extends the deadline once, by whole units of the term (the whole term when
 * the body names none), to at most twice the term, before the deadline passes. The reason is a
 * public note: the requester reads it.
 */
async function prorrogar(tx: Prisma.TransactionClient, ticket: LockedTicket, b: OperationBodies['prorrogar'], now: Date): Promise<Effects> {
  const context = await loadTicketSla(tx, ticket);
  const granted = prorrogaDeadline({ ticket: context.clock, extension: b.extension ?? context.clock.term.duracion, now }, context.calendar);
  if (!granted.ok) {
    if (granted.code === 'YA_PRORROGADO' || granted.code === 'PLAZO_VENCIDO') {
      throw new ConflictError('INVALID_TRANSITION', granted.message, { estado: ticket.estado, motivo: granted.code });
    }
    throw invalid('extension', granted.message);
  }
  const datos: ProrrogaDatos = {
    extension: granted.extension,
    reloj: context.clock.term.reloj,
    fechaLimiteSlaAnterior: granted.fechaLimiteSlaAnterior.toISOString(),
    fechaLimiteSla: granted.fechaLimiteSla.toISOString(),
  };
  const fechaRiesgoSla = computeSlaRiskInstant({ fechaCreacion: ticket.fechaCreacion, fechaLimiteSla: granted.fechaLimiteSla, reloj: context.clock.term.reloj }, context.calendar);
  return {
    data: { fechaLimiteSla: granted.fechaLimiteSla, fechaRiesgoSla, prorrogado: true },
    texto: b.motivo,
    publica: true,
    datos: { ...datos },
  };
}
