import 'server-only';
import { randomUUID } from 'node:crypto';
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
import { activeAreaIn } from '@/lib/data/areas';
import { type ConfigSnapshot, policyKey } from '@/lib/data/config-snapshot';
import { messageMark, threadOfTarget } from '@/lib/data/messages';
import type { NewMessageRow, TicketChanges } from '@/lib/data/operation-sql';
import type { MailToEnqueue } from '@/lib/data/outbox';
import { etiquetar } from '@/lib/data/tag-effects';
import type { TicketDetailRow } from '@/lib/data/ticket-detail';
import { derivedSla, ticketSlaContext, type TicketSlaContext } from '@/lib/data/ticket-sla';

/** Besides the state: ticket columns, the message, and the history entry's text and data. */
export interface Effects {
  changes: TicketChanges;
  /** The name of a new assignee (changes.asignadoAId), for the answer. */
  asignadoANombre?: string | null;
  message?: NewMessageRow;
  texto: string | null;
  publica: boolean;
  datos: Prisma.InputJsonValue | null;
  /** Who hears of it by mail (docs/email.md); written in the operation's statement. */
  mails?: MailToEnqueue[];
}

/** What an operation decides on: the ticket as read (with its messages and history) and the configuration. */
export interface OperationContext {
  ticket: TicketDetailRow;
  config: ConfigSnapshot;
  now: Date;
  actor: Actor;
  /** Where the few reads outside the ticket go: inside the operation's transaction when there is one. */
  client: Prisma.TransactionClient;
}

const requester = { requester: true } as const;

const invalid = (field: string, message: string) => ValidationError.naming({ [field]: [message] });

/** The changes of an operation, decided in memory; only asignar with an assignee reads (the user). */
export async function operationEffects(
  op: Operacion,
  body: OperationBodies[Operacion],
  ctx: OperationContext,
  adjuntos: NewAttachment[] = [],
): Promise<Effects> {
  const { ticket, now } = ctx;
  switch (op) {
    case 'asignar':
      return asignar(ctx, body as OperationBodies['asignar']);
    case 'transferir': {
      const b = body as OperationBodies['transferir'];
      const area = activeAreaIn(ctx.config, b.area);
      if (!area) throw invalid('area', `El área "${b.area}" no existe.`);
      if (area.name === ticket.areaAsignada) throw invalid('area', `El ticket ya está en el área ${area.name}.`);
      return {
        changes: { areaAsignada: area.name, asignadoAId: null },
        asignadoANombre: null,
        texto: b.motivo ?? null,
        publica: true,
        datos: { areaAnterior: ticket.areaAsignada, area: area.name },
        mails: [{ kind: 'transferred_to_area', to: { area: area.name }, datos: { area: area.name, areaAnterior: ticket.areaAsignada, texto: b.motivo ?? null } }],
      };
    }
    case 'reclasificar':
      return reclasificar(ctx, body as OperationBodies['reclasificar']);
    case 'pausar': {
      const motivo = (body as OperationBodies['pausar']).motivo;
      return { changes: {}, texto: motivo, publica: true, datos: null, mails: [{ kind: 'paused', to: requester, datos: { texto: motivo } }] };
    }
    case 'reabrir':
      return reabrir(ctx, body as OperationBodies['reabrir']);
    case 'actualizar': {
      const b = body as OperationBodies['actualizar'];
      // Staff answer any message of the ticket, internal notes included.
      const respondeA = b.respondeA ? threadOfTarget(ticket.messages.find((m) => m.id === b.respondeA)) : null;
      const message: NewMessageRow = {
        id: randomUUID(), autor: 'AGENTE', autorNombre: ctx.actor.name, actorId: ctx.actor.userId, texto: b.nota, publico: b.publica, respondeA, adjuntos,
      };
      // The text lives in the message; the entry only points at it (docs/conversation.md).
      // An internal note never reaches the requester.
      const mails: MailToEnqueue[] = b.publica ? [{ kind: 'public_message', to: requester, datos: { texto: b.nota } }] : [];
      return { changes: messageMark('AGENTE', b.publica), message, texto: null, publica: b.publica, datos: { mensajeId: message.id }, mails };
    }
    case 'cancelar': {
      const motivo = (body as OperationBodies['cancelar']).motivo;
      // Cancelled while paused: the pause up to now moves the deadline the closed ticket is judged by.
      const sla = ticket.estado === 'PAUSADO' ? derivedSla(slaContext(ctx), now) : {};
      return {
        changes: { ...sla, motivoCancelacion: motivo, fechaCierre: now },
        texto: motivo,
        publica: true,
        datos: null,
        mails: [{ kind: 'cancelled', to: requester, datos: { texto: motivo } }],
      };
    }
    case 'prorrogar':
      return prorrogar(ctx, body as OperationBodies['prorrogar']);
    case 'archivar': {
      const resolucion = (body as OperationBodies['archivar']).resolucion;
      return { changes: { resolucion, fechaCierre: now }, texto: resolucion, publica: true, datos: null, mails: [{ kind: 'resolved', to: requester, datos: { texto: resolucion } }] };
    }
    case 'etiquetar':
      return etiquetar(ticket, body as OperationBodies['etiquetar']);
  }
}

function slaContext({ ticket, config }: OperationContext): TicketSlaContext {
  return ticketSlaContext(ticket, ticket.history, config.calendar);
}

async function asignar(ctx: OperationContext, b: OperationBodies['asignar']): Promise<Effects> {
  const { ticket } = ctx;
  const area = b.area === undefined ? null : activeAreaIn(ctx.config, b.area);
  if (b.area !== undefined && !area) throw invalid('area', `El área "${b.area}" no existe.`);
  const targetArea = area?.name ?? ticket.areaAsignada;
  let assignee: { id: string; name: string } | null = null;
  if (b.asignadoA) {
    const user = await ctx.client.user.findFirst({
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
    changes: { areaAsignada: targetArea, ...(assignee ? { asignadoAId: assignee.id } : {}) },
    ...(assignee ? { asignadoANombre: assignee.name } : {}),
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

function reclasificar(ctx: OperationContext, b: OperationBodies['reclasificar']): Effects {
  const { ticket, config } = ctx;
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
    const category = config.categories.find((c) => c.name === after.categoria);
    const refusal = subcategoriaRefusal(after.categoria, after.subcategoria, category?.subcategories ?? null);
    if (refusal) throw invalid('subcategoria', refusal);
  }
  const priority = config.priorityByCode.get(after.prioridad);
  if (!priority) throw invalid('prioridad', `La prioridad "${after.prioridad}" no está configurada.`);

  // A new tipo or prioridad brings its policy's term, still counted from creation with the pauses and prórroga (docs/sla.md).
  const context = slaContext(ctx);
  const reterm = after.tipo !== before.tipo || after.prioridad !== before.prioridad;
  const term = reterm ? config.policies.get(policyKey(context.calendar.activePolicySet, after.tipo, after.prioridad)) : context.clock.term;
  if (!term) throw invalid('prioridad', `No hay una política de SLA para ${after.tipo} con prioridad ${after.prioridad}.`);
  const reclassified = { ...context, clock: { ...context.clock, term, prorroga: Math.min(context.clock.prorroga ?? 0, term.duracion) } };
  const schedule = derivedSla(reclassified, ctx.now);
  return {
    changes: {
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

function reabrir(ctx: OperationContext, b: OperationBodies['reabrir']): Effects {
  // Derived from the whole history, so every earlier pause and a prórroga still count (docs/sla.md).
  const { fechaLimiteSla, fechaRiesgoSla } = derivedSla(slaContext(ctx), ctx.now);
  return {
    changes: { fechaLimiteSla, fechaRiesgoSla },
    texto: b.nota ?? null,
    publica: true,
    datos: { fechaLimiteSlaAnterior: ctx.ticket.fechaLimiteSla.toISOString(), fechaLimiteSla: fechaLimiteSla.toISOString() },
    mails: [{ kind: 'resumed', to: requester, datos: { texto: b.nota ?? null, fechaLimiteSla: fechaLimiteSla.toISOString() } }],
  };
}

/** Without an extension in the body, the whole term; the reason is a public note, read by the requester. */
function prorrogar(ctx: OperationContext, b: OperationBodies['prorrogar']): Effects {
  const context = slaContext(ctx);
  const granted = prorrogaDeadline({ ticket: context.clock, extension: b.extension ?? context.clock.term.duracion, now: ctx.now }, context.calendar);
  if (!granted.ok) {
    if (granted.code === 'YA_PRORROGADO' || granted.code === 'PLAZO_VENCIDO') {
      throw new ConflictError('INVALID_TRANSITION', granted.message, { estado: ctx.ticket.estado, motivo: granted.code });
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
    changes: { fechaLimiteSla: granted.fechaLimiteSla, fechaRiesgoSla: granted.fechaRiesgoSla, prorrogado: true },
    texto: b.motivo,
    publica: true,
    datos: { ...datos },
    mails: [{ kind: 'extended', to: requester, datos: { texto: b.motivo, fechaLimiteSla: datos.fechaLimiteSla } }],
  };
}
