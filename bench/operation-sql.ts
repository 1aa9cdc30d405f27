import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { TRANSITIONS } from '@/lib/domain/transitions';
import { outboxInsertSql } from '@/lib/data/outbox-sql';

export interface PublicNote {
  /** The hash of the caller's API token: the statement authenticates it too. */
  tokenHash: string;
  ticketId: string;
  nota: string;
  now: Date;
  /** null: apply on whatever version the ticket has (the API's expectedVersion omitted). */
  expectedVersion: number | null;
}

/**
 * The bare baselines' `actualizar` with a public message in one statement: the token, the state and
 * scope checks and the version guard in the UPDATE's WHERE, then the message, the history entry and the
 * requester's mail — the rows the app writes for the same request (lib/data/operation-sql.ts).
 */
export function publicNoteStatement(n: PublicNote): Prisma.Sql {
  const from = [...TRANSITIONS.actualizar.from];
  return Prisma.sql`
    WITH actor AS (
      SELECT 'Integración: ' || name AS nombre, role::text AS role, areas FROM api_tokens
      WHERE "tokenHash" = ${n.tokenHash} AND "revokedAt" IS NULL AND role::text = ANY(${[...TRANSITIONS.actualizar.roles]}::text[])
    ), u AS (
      UPDATE tickets t
      SET version = t.version + 1, "fechaActualizacion" = ${n.now}::timestamptz, "respuestaSolicitante" = false
      FROM actor
      WHERE t.id = ${n.ticketId}::uuid AND t.estado::text = ANY(${from}::text[])
        AND (${n.expectedVersion}::int IS NULL OR t.version = ${n.expectedVersion}::int)
        AND (actor.role <> 'AREA' OR t."areaAsignada" = ANY(actor.areas))
      RETURNING t.id, t.label, t.email, t.nombre, t."areaAsignada", t."asignadoAId", t.estado, t.version,
                t."fechaActualizacion", actor.nombre AS "actorNombre"
    ), m AS (
      INSERT INTO ticket_messages ("ticketId", autor, "autorNombre", texto, publico, fecha)
      SELECT u.id, 'AGENTE'::"AutorMensaje", u."actorNombre", ${n.nota}, true, ${n.now}::timestamptz FROM u
      RETURNING id, "ticketId"
    ), h AS (
      INSERT INTO ticket_history ("ticketId", operacion, "estadoAnterior", "estadoNuevo", "actorNombre", publica, datos, fecha)
      SELECT u.id, 'actualizar'::"Operacion", u.estado, u.estado, u."actorNombre", true, jsonb_build_object('mensajeId', m.id),
             ${n.now}::timestamptz
      FROM u JOIN m ON m."ticketId" = u.id
    ), mails AS (${outboxInsertSql(Prisma.sql`u`, {
      mails: [{ kind: 'public_message', to: { requester: true }, datos: { texto: n.nota } }],
      actorId: null,
      now: n.now,
    })})
    SELECT id AS "ticketUuid", label AS "ticketLabel", estado, version, "fechaActualizacion" FROM u`;
}
