// Before any load: the baselines write the rows the app writes, or the comparison would flatter them.
import { withClient } from '../scripts/lib/pg-client.mjs';
import { TARGETS, type TargetName } from './measures';

const log = (line: string) => console.log(line);

/**
 * The baselines must do the app's work, not less: the ticket each target created, with its history,
 * message and mails, and the note each one added to a ticket, are the same rows but for ids,
 * instants, the label and the deadline (the app computes it per request, the baselines once). Each
 * target notes on a ticket of its own pool: `notedTickets`, one per target.
 */
export async function assertSameRows(url: string, created: Record<TargetName, string>, notedTickets: string[]) {
  const creations = await withClient(url, async (c) => (await c.query<{ id: string; work: string }>(`
    SELECT t.id, jsonb_build_object(
      'ticket', to_jsonb(t) - 'id' - 'label' - 'fechaCreacion' - 'fechaActualizacion' - 'busqueda' - 'fechaLimiteSla' - 'fechaRiesgoSla',
      'busqueda', substr(t.busqueda, length(t.label) + 2),
      'history', (SELECT jsonb_agg(to_jsonb(h) - 'id' - 'ticketId' - 'fecha') FROM ticket_history h WHERE h."ticketId" = t.id),
      'messages', (SELECT jsonb_agg(to_jsonb(m) - 'id' - 'ticketId' - 'fecha') FROM ticket_messages m WHERE m."ticketId" = t.id),
      'mails', (SELECT jsonb_agg(to_jsonb(o) - 'id' - 'ticketId' - 'createdAt' - 'nextAttemptAt' || jsonb_build_object('datos', o.datos - 'fechaLimiteSla') ORDER BY o."toAddress")
                FROM mail_outbox o WHERE o."ticketId" = t.id)
    )::text AS work
    FROM tickets t WHERE t.id = ANY($1::uuid[])`, [Object.values(created)])).rows);
  const work = new Map(creations.map((r) => [r.id, r.work]));
  for (const t of TARGETS) {
    if (work.get(created[t]) !== work.get(created.app)) throw new Error(`La creación de ${t} no escribió lo mismo que la app:\n${work.get(created[t])}\n${work.get(created.app)}`);
  }
  const notes = await withClient(url, async (c) => (await c.query<{ work: string }>(`
    SELECT jsonb_build_object(
      'history', to_jsonb(h) - 'id' - 'ticketId' - 'fecha' - 'datos',
      'message', to_jsonb(m) - 'id' - 'ticketId' - 'fecha',
      'mails', (SELECT jsonb_agg(to_jsonb(o) - 'id' - 'ticketId' - 'createdAt' - 'nextAttemptAt') FROM mail_outbox o WHERE o."ticketId" = h."ticketId" AND o."createdAt" = h.fecha)
    )::text AS work
    FROM ticket_history h JOIN ticket_messages m ON m.id = (h.datos->>'mensajeId')::uuid
    WHERE h."ticketId" = ANY($1::uuid[]) AND h.operacion = 'actualizar'`, [notedTickets])).rows);
  if (notes.length !== TARGETS.length || new Set(notes.map((n) => n.work)).size !== 1) {
    throw new Error(`La operación no escribió lo mismo en los tres servidores:\n${notes.map((n) => n.work).join('\n')}`);
  }
  log('Las líneas base escriben las mismas filas que la app (ticket, historial, mensaje, correos).');
}
