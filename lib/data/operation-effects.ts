import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/domain/actor';
import type { NewAttachment } from '@/lib/domain/conversation';
import { subcategoriaRefusal } from '@/lib/domain/classification';
import { mayWorkInArea } from '@/lib/domain/permissions';
import { slaHoursOf } from '@/lib/domain/sla';
import { prorrogaDeadline, type ProrrogaDatos } from '@/lib/domain/sla-prorroga';
import type { Operacion } from '@/lib/domain/transitions';
import { ConflictError, ValidationError } from '@/lib/errors';
import type { OperationBodies } from '@/lib/validation/operations';
import { findActiveArea } from '@/lib/data/areas';
import { insertMessage } from '@/lib/data/messages';
import type { MailToEnqueue } from '@/lib/data/outbox';
import { findSlaTerm } from '@/lib/data/sla-context';
import { etiquetar } from '@/lib/data/tag-effects';
import { derivedSla, loadTicketSla } from '@/lib/data/ticket-sla';

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
  slaDuracion: number;
  fechaCreacion: Date;
  fechaLimiteSla: Date;
}

/** Besides the state: ticket columns, and the history entry's text and data. */
export interface Effects {
  data: Prisma.TicketUncheckedUpdateInput;
  texto: string | null;
  publica: boolean;
  datos: Prisma.InputJsonValue | null;
  /** Who hears of it by mail (docs/email.md); written in the operation's transaction. */
  mails?: MailToEnqueue[];
}

const requester = { requester: true } as const;

const invalid = (field: string, message: string) => ValidationError.naming({ [field]: [message] });

/** Every read goes through the operation's transaction: the embedded database serves one transaction at a time. */
export async function operationEffects(
  tx: Prisma.TransactionClient,
  op: Operacion,
  ticket: LockedTicket,
  body: OperationBodies[Operacion],
  now: Date,
  actor: Actor,
  adjuntos: NewAttachment[] = [],
): Promise<Effects> {
  switch (op) {
    case 'asignar':
      return asignar(tx, ticket, body as OperationBodies['asignar']);
    case 'transferir': {
      const b = body as OperationBodies['transferir'];
      const area = await findActiveArea(b.area, tx);
      if (!area) throw invalid('area', `El área "${b.area}" no existe.`);
      if (area.name === ticket.areaAsignada) throw invalid('area', `El ticket ya está en el área ${area.name}.`);
      return {
        data: { areaAsignada: area.name, asignadoAId: null },
        texto: b.motivo ?? null,
        publica: true,
        datos: { areaAnterior: ticket.areaAsignada, area: area.name },
        mails: [{ kind: 'transferred_to_area', to: { area: area.name }, datos: { area: area.name, areaAnterior: ticket.areaAsignada, texto: b.motivo ?? null } }],
      };
    }
    case 'reclasificar':
      return reclasificar(tx, ticket, body as OperationBodies['reclasificar'], now);
    case 'pausar': {
      const motivo = (body as OperationBodies['pausar']).motivo;
      return { data: {}, texto: motivo, publica: true, datos: null, mails: [{ kind: 'paused', to: requester, datos: { texto: motivo } }] };
    }
    case 'reabrir':
      return reabrir(tx, ticket, body as OperationBodies['reabrir'], now);
    case 'actualizar': {
      const b = body as OperationBodies['actualizar'];
      const message = await insertMessage(tx, {
        ticketId: ticket.id,
        autor: 'AGENTE',
        autorNombre: actor.name,
        actorId: actor.userId,
        texto: b.nota,
        publico: b.publica,
        respondeA: b.respondeA ?? null,
        fecha: now,
        adjuntos,
      });
      // The text lives in the message; the entry only points at it (docs/conversation.md).
      // An internal note never reaches the requester.
      const mails: MailToEnqueue[] = b.publica ? [{ kind: 'public_message', to: requester, datos: { texto: b.nota } }] : [];
      return { data: message.ticketData, texto: null, publica: b.publica, datos: { mensajeId: message.id }, mails };
    }
    case 'cancelar': {
      const motivo = (body as OperationBodies['cancelar']).motivo;
      // Cancelled while paused: the pause up to now moves the deadline the closed ticket is judged by.
      const sla = ticket.estado === 'PAUSADO' ? derivedSla(await loadTicketSla(tx, ticket), now) : {};
      return {
        data: { ...sla, motivoCancelacion: motivo, fechaCierre: now },
        texto: motivo,
        publica: true,
        datos: null,
        mails: [{ kind: 'cancelled', to: requester, datos: { texto: motivo } }],
      };
    }
    case 'prorrogar':
      return prorrogar(tx, ticket, body as OperationBodies['prorrogar'], now);
    case 'archivar': {
      const resolucion = (body as OperationBodies['archivar']).resolucion;
      return { data: { resolucion, fechaCierre: now }, texto: resolucion, publica: true, datos: null, mails: [{ kind: 'resolved', to: requester, datos: { texto: resolucion } }] };
    }
    case 'etiquetar':
      return etiquetar(tx, ticket, body as OperationBodies['etiquetar']);
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
    if (!mayWorkInArea({ role: user.role, areas: user.areas.map((a) => a.area.name) }, targetArea)) {
      throw invalid('asignadoA', `${user.name} no pertenece al área ${targetArea}.`);
    }
    assignee = { id: user.id, name: user.name };
  }
  return {
    data: { areaAsignada: targetArea, ...(assignee ? { asignadoAId: assignee.id } : {}) },
    texto: b.nota ?? null,
    publica: true,
    datos: { area: targetArea, ...(assignee ? { asignadoA: assignee } : {}) },
    // The assignee first: in the new area's staff too, they get the one mail meant for them.
    mails: [
      ...(assignee ? [{ kind: 'assigned_to_you', to: { userId: assignee.id } } as const] : []),
      ...(targetArea !== ticket.areaAsignada
        ? [{ kind: 'transferred_to_area', to: { area: targetArea }, datos: { area: targetArea, areaAnterior: ticket.areaAsignada, texto: b.nota ?? null } } as const]
        : []),
    ],
  };
}

async function reclasificar(tx: Prisma.TransactionClient, ticket: LockedTicket, b: OperationBodies['reclasificar'], now: Date): Promise<Effects> {
  const before = { tipo: ticket.tipo, categoria: ticket.categoria, subcategoria: ticket.subcategoria, prioridad: ticket.prioridad };
  const newCategoria = b.categoria !== undefined && b.categoria !== before.categoria;
  const after = {
    tipo: b.tipo ?? before.tipo,
    categoria: b.categoria ?? before.categoria,
    // A new categoría never keeps the old one's subcategoría.
    subcategoria: b.subcategoria ?? (newCategoria ? null : before.subcategoria),
    prioridad: b.prioridad ?? before.prioridad,
  };
  if (JSON.stringify(before) === JSON.stringify(after)) throw invalid('tipo', 'La reclasificación no cambia ningún dato del ticket.');
  if (after.categoria !== before.categoria || after.subcategoria !== before.subcategoria) {
    const refusal = subcategoriaRefusal(after.categoria, after.subcategoria, await activeSubcategorias(tx, after.categoria));
    if (refusal) throw invalid('subcategoria', refusal);
  }
  const priority = await tx.priority.findFirst({ where: { code: after.prioridad, active: true }, select: { code: true, sortOrder: true } });
  if (!priority) throw invalid('prioridad', `La prioridad "${after.prioridad}" no está configurada.`);

  // A new tipo or prioridad brings its policy's term, still counted from creation with the pauses and prórroga (docs/sla.md).
  const context = await loadTicketSla(tx, ticket);
  const reterm = after.tipo !== before.tipo || after.prioridad !== before.prioridad;
  const term = reterm ? await findSlaTerm(context.calendar.activePolicySet, after.tipo, after.prioridad, tx) : context.clock.term;
  if (!term) throw invalid('prioridad', `No hay una política de SLA para ${after.tipo} con prioridad ${after.prioridad}.`);
  const reclassified = { ...context, clock: { ...context.clock, term, prorroga: Math.min(context.clock.prorroga ?? 0, term.duracion) } };
  const schedule = derivedSla(reclassified, now);
  return {
    data: {
      ...after,
      ...schedule,
      ...(reterm ? { slaHoras: slaHoursOf(term, context.calendar), slaDuracion: term.duracion, slaReloj: term.reloj } : {}),
      prioridadOrden: -priority.sortOrder,
    },
    texto: b.motivo ?? null,
    publica: true,
    datos: { antes: before, despues: after },
  };
}

async function reabrir(tx: Prisma.TransactionClient, ticket: LockedTicket, b: OperationBodies['reabrir'], now: Date): Promise<Effects> {
  // Derived from the whole history, so every earlier pause and a prórroga still count (docs/sla.md).
  const { fechaLimiteSla, fechaRiesgoSla } = derivedSla(await loadTicketSla(tx, ticket), now);
  return {
    data: { fechaLimiteSla, fechaRiesgoSla },
    texto: b.nota ?? null,
    publica: true,
    datos: { fechaLimiteSlaAnterior: ticket.fechaLimiteSla.toISOString(), fechaLimiteSla: fechaLimiteSla.toISOString() },
    mails: [{ kind: 'resumed', to: requester, datos: { texto: b.nota ?? null, fechaLimiteSla: fechaLimiteSla.toISOString() } }],
  };
}

/** Without an extension in the body, the whole term; the reason is a public note, read by the requester. */
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
  return {
    data: { fechaLimiteSla: granted.fechaLimiteSla, fechaRiesgoSla: granted.fechaRiesgoSla, prorrogado: true },
    texto: b.motivo,
    publica: true,
    datos: { ...datos },
    mails: [{ kind: 'extended', to: requester, datos: { texto: b.motivo, fechaLimiteSla: datos.fechaLimiteSla } }],
  };
}

async function activeSubcategorias(tx: Prisma.TransactionClient, categoria: string): Promise<string[] | null> {
  const category = await tx.category.findFirst({
    where: { name: categoria, active: true },
    select: { subcategories: { where: { active: true }, select: { name: true } } },
  });
  return category ? category.subcategories.map((s) => s.name) : null;
}
