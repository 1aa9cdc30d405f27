import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { prepared } from '@/lib/db-statements';
import { isoInstant, messagesJson } from '@/lib/data/messages-sql';

/**
 * A staff member's whole ticket in one round trip: every field, the assignee's name, every message
 * with its files and the whole history, nested as JSON (instants inside the JSON as ISO strings).
 * `areas` null sees every area. `lock` takes the ticket's row lock (inside a transaction).
 */
export function ticketDetailStatement(key: { id: string } | { label: string }, areas: string[] | null, lock = false): Prisma.Sql {
  const where = 'id' in key ? Prisma.sql`t.id = ${key.id}::uuid` : Prisma.sql`t.label = ${key.label}`;
  return prepared(lock ? 'detalle_ticket_bloqueo' : 'detalle_ticket', Prisma.sql`
    SELECT t.id, t.label, t.nombre, t.email, t.tipo::text AS tipo, t.categoria, t.subcategoria, t.descripcion, t.prioridad,
           t.documento, t.telefono, t."tieneWhatsapp", t."empresaDepartamento", t.asunto, t."areaAsignada",
           t.estado::text AS estado, t.canal::text AS canal, t."slaHoras", t."slaReloj"::text AS "slaReloj", t."slaDuracion",
           t."fechaCreacion", t."fechaLimiteSla", t."fechaRiesgoSla", t."fechaActualizacion", t."fechaCierre",
           t.resolucion, t."motivoCancelacion", t.etiquetas, t.version, t.prorrogado, t."asignadoAId",
           (SELECT u.name FROM users u WHERE u.id = t."asignadoAId") AS "asignadoANombre",
           ${messagesJson(Prisma.sql`true`)} AS messages,
           coalesce((
             SELECT jsonb_agg(jsonb_build_object(
               'id', h.id, 'operacion', h.operacion, 'estadoAnterior', h."estadoAnterior", 'estadoNuevo', h."estadoNuevo",
               'texto', h.texto, 'publica', h.publica, 'datos', h.datos, 'fecha', ${isoInstant('h.fecha')},
               'actorId', h."actorId", 'actorNombre', h."actorNombre"
             ) ORDER BY h.fecha, h.id)
             FROM ticket_history h WHERE h."ticketId" = t.id), '[]') AS history
    FROM tickets t
    WHERE ${where} AND (${areas}::text[] IS NULL OR t."areaAsignada" = ANY(${areas}::text[]))
    ${lock ? Prisma.sql`FOR UPDATE OF t` : Prisma.empty}`);
}
