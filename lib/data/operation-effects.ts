import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { computeSlaDeadline, slaHoursOf } from '@/lib/domain/sla';
import { computeSlaRiskInstant } from '@/lib/domain/sla-risk';
import { addBusinessHours, businessMillisBetween } from '@/lib/domain/working-calendar';
import type { Operacion } from '@/lib/domain/transitions';
import { ValidationError } from '@/lib/errors';
import type { OperationBodies } from '@/lib/validation/operations';
import { findActiveArea } from '@/lib/data/areas';
import { loadCalendarBetween } from '@/lib/data/queue-calendar';
import { findSlaTerm, loadWorkingCalendar } from '@/lib/data/sla-context';

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
  fechaCreacion: Date;
  fechaLimiteSla: Date;
  pausadoDesde: Date | null;
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
      return reclasificar(tx, ticket, body as OperationBodies['reclasificar']);
    case 'pausar':
      return { data: { pausadoDesde: now }, texto: (body as OperationBodies['pausar']).motivo, publica: true, datos: null };
    case 'reabrir':
      return reabrir(tx, ticket, body as OperationBodies['reabrir'], now);
    case 'actualizar': {
      const b = body as OperationBodies['actualizar'];
      return { data: {}, texto: b.nota, publica: b.publica, datos: null };
    }
    case 'cancelar': {
      const motivo = (body as OperationBodies['cancelar']).motivo;
      return { data: { motivoCancelacion: motivo, fechaCierre: now, pausadoDesde: null }, texto: motivo, publica: true, datos: null };
    }
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

async function reclasificar(tx: Prisma.TransactionClient, ticket: LockedTicket, b: OperationBodies['reclasificar']): Promise<Effects> {
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

  // SPEC §3: the SLA is recomputed from the new tipo and prioridad, from the ticket's creation.
  const calendar = await loadWorkingCalendar(ticket.fechaCreacion, tx);
  const term = await findSlaTerm(calendar.activePolicySet, after.tipo, after.prioridad, tx);
  if (!term) throw invalid('prioridad', `No hay una política de SLA para ${after.tipo} con prioridad ${after.prioridad}.`);
  const deadline = computeSlaDeadline(ticket.fechaCreacion, term, calendar);
  const fechaRiesgoSla = computeSlaRiskInstant({ fechaCreacion: ticket.fechaCreacion, fechaLimiteSla: deadline, reloj: term.reloj }, calendar);
  return {
    data: {
      ...after,
      slaHoras: slaHoursOf(term, calendar),
      slaReloj: term.reloj,
      fechaLimiteSla: deadline,
      fechaLimiteSlaOriginal: deadline,
      fechaRiesgoSla,
      prioridadOrden: -priority.sortOrder,
    },
    texto: b.motivo ?? null,
    publica: true,
    datos: { antes: before, despues: after },
  };
}

async function reabrir(tx: Prisma.TransactionClient, ticket: LockedTicket, b: OperationBodies['reabrir'], now: Date): Promise<Effects> {
  const calendar = await loadWorkingCalendar(ticket.pausadoDesde ?? now, tx);
  let fechaLimiteSla = ticket.fechaLimiteSla;
  // SPEC §4: when the clock stops during a pause, the deadline moves by the paused time of its clock.
  if (calendar.pauseStopsSla && ticket.pausadoDesde) {
    fechaLimiteSla =
      ticket.slaReloj === 'HORAS_CALENDARIO'
        ? new Date(ticket.fechaLimiteSla.getTime() + (now.getTime() - ticket.pausadoDesde.getTime()))
        : addBusinessHours(ticket.fechaLimiteSla, businessMillisBetween(ticket.pausadoDesde, now, calendar) / 3_600_000, calendar);
  }
  // The risk instant follows the deadline; measuring the whole term needs the holidays since creation.
  const termCalendar = await loadCalendarBetween(ticket.fechaCreacion, fechaLimiteSla, tx);
  const fechaRiesgoSla = computeSlaRiskInstant({ fechaCreacion: ticket.fechaCreacion, fechaLimiteSla, reloj: ticket.slaReloj }, termCalendar);
  return {
    data: { pausadoDesde: null, fechaLimiteSla, fechaRiesgoSla },
    texto: b.nota ?? null,
    publica: true,
    datos: { fechaLimiteSlaAnterior: ticket.fechaLimiteSla.toISOString(), fechaLimiteSla: fechaLimiteSla.toISOString() },
  };
}
