import 'server-only';
import { Prisma } from '@/generated/prisma/client';

/** An instant as JavaScript's toISOString writes it, whatever the session's time zone. */
export const isoInstant = (column: string) => Prisma.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/**
 * The messages `m` of the ticket `t` that meet `condition`, in order, each with its files, as one
 * JSON array (messageSelect's fields; `fecha` as an ISO string).
 */
export function messagesJson(condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce((
    SELECT jsonb_agg(jsonb_build_object(
      'id', m.id, 'autor', m.autor, 'autorNombre', m."autorNombre", 'texto', m.texto, 'publico', m.publico,
      'respondeA', m."respondeA", 'fecha', ${isoInstant('m.fecha')},
      'attachments', coalesce((
        SELECT jsonb_agg(jsonb_build_object('id', a.id, 'nombre', a.nombre, 'tipo', a.tipo, 'tamano', a.tamano) ORDER BY a.fecha, a.nombre)
        FROM attachments a WHERE a."messageId" = m.id), '[]')
    ) ORDER BY m.fecha, m.id)
    FROM ticket_messages m WHERE m."ticketId" = t.id AND ${condition}), '[]')`;
}
