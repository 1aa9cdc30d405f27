import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import type { QueueFilters } from '@/lib/domain/queue';
import { NotFoundError } from '@/lib/errors';
import { loadSettings } from '@/lib/data/settings';
import { ticketScope } from '@/lib/data/ticket-scope';
import { queueConditions } from '@/lib/data/queue-sql';

export interface ChangedTicket {
  ticketUuid: string;
  version: number;
  /** Created after `desde` (otherwise created before and changed after). */
  nuevo: boolean;
}

export interface TicketChanges {
  nuevos: number;
  actualizados: number;
  /** More than `cap` changes: the counts are lower bounds and `tickets` is a part of them. */
  capped: boolean;
  /** The latest fechaActualizacion among the changes, ISO; null without changes. */
  ultimoCambio: string | null;
  /** The server's clock when it counted. */
  ahora: string;
  /** At most `cap`: the board leaves out those it already shows at that version. */
  tickets: ChangedTicket[];
}

/** Where counting stops: a board left open for days still reads at most this many rows. */
export const CHANGES_CAP = 100;

/**
 * The tickets the actor may see that match the board's filters now and were created or changed
 * after `desde` (docs/queue.md, "Tablero en vivo y atajos"). One statement, one short range of
 * the (estado, fechaActualizacion, id) index per estado: fechaActualizacion is set at creation
 * and by every change, so it bounds both kinds. Without `desde`, only the clock.
 */
export async function countTicketChanges(
  actor: Actor,
  filters: QueueFilters,
  desde: Date | null,
  options: { cap?: number } = {},
): Promise<TicketChanges> {
  const cap = options.cap ?? CHANGES_CAP;
  const now = new Date();
  const none: TicketChanges = { nuevos: 0, actualizados: 0, capped: false, ultimoCambio: null, ahora: now.toISOString(), tickets: [] };
  if (desde === null) return none;
  const { timeZone } = await loadSettings();
  const conditions = queueConditions(filters, { actor, now, timeZone });
  if (!conditions) return none;

  const branches = conditions.estados.map(
    (estado) => Prisma.sql`(SELECT id, version, "fechaCreacion" > ${desde}::timestamptz AS nuevo, "fechaActualizacion" FROM tickets
      WHERE estado = ${estado}::"Estado" AND "fechaActualizacion" > ${desde}::timestamptz AND ${conditions.where(estado)}
      LIMIT ${cap + 1})`,
  );
  const rows = await db().$queryRaw<{ id: string; version: number; nuevo: boolean; fechaActualizacion: Date }[]>(
    Prisma.sql`SELECT * FROM (${Prisma.join(branches, ' UNION ALL ')}) AS changes LIMIT ${cap + 1}`,
  );
  const tickets = rows.slice(0, cap);
  const latest = rows.reduce<Date | null>((max, r) => (max && max >= r.fechaActualizacion ? max : r.fechaActualizacion), null);
  return {
    nuevos: tickets.filter((t) => t.nuevo).length,
    actualizados: tickets.filter((t) => !t.nuevo).length,
    capped: rows.length > cap,
    ultimoCambio: latest?.toISOString() ?? null,
    ahora: none.ahora,
    tickets: tickets.map((t) => ({ ticketUuid: t.id, version: t.version, nuevo: t.nuevo })),
  };
}

/** A ticket's version, for the detail page's "someone else changed it" warning; out of scope is 404. */
export async function getTicketVersion(actor: Actor, id: string): Promise<{ version: number; fechaActualizacion: string }> {
  const ticket = await db().ticket.findFirst({ where: { id, ...ticketScope(actor) }, select: { version: true, fechaActualizacion: true } });
  if (!ticket) throw new NotFoundError('El ticket no existe.');
  return { version: ticket.version, fechaActualizacion: ticket.fechaActualizacion.toISOString() };
}
