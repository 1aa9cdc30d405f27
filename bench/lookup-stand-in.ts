import 'server-only';
import { Prisma } from '@/generated/prisma/client';

/**
 * Stand-in for lib/data/lookup-ticket-sql.ts until the app's one-statement lookup lands: the public
 * view's reads (ticket, priority name, public messages with their files, public history) in one
 * SELECT. Once `lookupTicketStatement` exists there, bench/statements.ts imports it instead and this
 * file goes.
 */
export function lookupTicketStatement(label: string, email: string): Prisma.Sql {
  return Prisma.sql`
    SELECT t.label AS "ticketLabel", t.estado, t.tipo, t.categoria, t.subcategoria, t.asunto, t.descripcion,
           t.prioridad, p.label AS "prioridadNombre", t."areaAsignada", t."fechaCreacion", t."fechaActualizacion",
           t."slaHoras", t."slaDuracion", t."slaReloj", t."fechaLimiteSla", t."fechaRiesgoSla", t."fechaCierre",
           COALESCE((
             SELECT json_agg(json_build_object(
               'id', m.id, 'autor', m.autor, 'autorNombre', m."autorNombre", 'texto', m.texto, 'publico', m.publico,
               'respondeA', m."respondeA", 'fecha', m.fecha,
               'adjuntos', COALESCE((
                 SELECT json_agg(json_build_object('id', a.id, 'nombre', a.nombre, 'tipo', a.tipo, 'tamano', a.tamano) ORDER BY a.fecha, a.nombre)
                 FROM attachments a WHERE a."messageId" = m.id), '[]'::json)
             ) ORDER BY m.fecha)
             FROM ticket_messages m WHERE m."ticketId" = t.id AND m.publico), '[]'::json) AS mensajes,
           COALESCE((
             SELECT json_agg(json_build_object(
               'operacion', h.operacion, 'estadoAnterior', h."estadoAnterior", 'estadoNuevo', h."estadoNuevo",
               'texto', h.texto, 'fecha', h.fecha) ORDER BY h.fecha)
             FROM ticket_history h
             WHERE h."ticketId" = t.id AND h.publica AND h.operacion NOT IN ('actualizar', 'responder')), '[]'::json) AS historial
    FROM tickets t JOIN priorities p ON p.code = t.prioridad
    WHERE t.label = ${label} AND lower(t.email) = lower(${email})`;
}
