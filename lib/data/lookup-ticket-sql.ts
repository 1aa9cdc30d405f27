import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { prepared } from '@/lib/db-statements';
import { isoInstant, messagesJson } from '@/lib/data/messages-sql';

/**
 * The requester's lookup in one round trip (docs/performance.md): the ticket, its priority's name,
 * its public messages with their files and its public state changes, nested as JSON. Entries that
 * point at a message (a reply, a public note) would repeat it: the message is shown instead.
 */
export function lookupTicketStatement(label: string): Prisma.Sql {
  return prepared('consultar_ticket', Prisma.sql`
    SELECT t.label, t.nombre, t.email, t.estado::text AS estado, t.tipo::text AS tipo, t.categoria, t.subcategoria,
           t.asunto, t.descripcion, t.prioridad, p.label AS "prioridadNombre", t."areaAsignada", t."fechaCreacion",
           t."fechaActualizacion", t."slaHoras", t."slaDuracion", t."slaReloj"::text AS "slaReloj", t."fechaLimiteSla",
           t."fechaRiesgoSla", t."fechaCierre",
           ${messagesJson(Prisma.sql`m.publico`)} AS messages,
           coalesce((
             SELECT jsonb_agg(jsonb_build_object(
               'operacion', h.operacion, 'estadoAnterior', h."estadoAnterior", 'estadoNuevo', h."estadoNuevo", 'texto', h.texto,
               'fecha', ${isoInstant('h.fecha')}
             ) ORDER BY h.fecha, h.id)
             FROM ticket_history h
             WHERE h."ticketId" = t.id AND h.publica AND h.operacion NOT IN ('actualizar', 'responder')), '[]') AS history
    FROM tickets t JOIN priorities p ON p.code = t.prioridad
    WHERE t.label = ${label}`);
}
