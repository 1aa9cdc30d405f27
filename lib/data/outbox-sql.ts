import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { MailKind } from '@/lib/domain/mail-kinds';
import type { MailDatos } from '@/lib/domain/mail-templates';

/** Who receives a mail of an event (docs/email.md). */
export type MailRecipient =
  | { requester: true }
  | { userId: string }
  /** The staff of an area: the users of user_areas. */
  | { area: string }
  /** The assignee if any, else the staff of the ticket's area. */
  | { ticketStaff: true };

export interface MailToEnqueue {
  kind: MailKind;
  to: MailRecipient;
  datos?: MailDatos;
}

export interface MailEvent {
  mails: MailToEnqueue[];
  /** Who caused the event: never mailed about it. */
  actorId: string | null;
  now: Date;
}

const areaStaff = (areaName: Prisma.Sql) =>
  Prisma.sql`SELECT ua."userId" FROM user_areas ua JOIN areas a ON a.id = ua."areaId" WHERE a.name = ${areaName}`;

function staffCondition(to: Exclude<MailRecipient, { requester: true }>): Prisma.Sql {
  if ('userId' in to) return Prisma.sql`u.id = ${to.userId}::uuid`;
  if ('area' in to) return Prisma.sql`u.id IN (${areaStaff(Prisma.sql`${to.area}`)})`;
  return Prisma.sql`(s."asignadoAId" = u.id OR (s."asignadoAId" IS NULL AND u.id IN (${areaStaff(Prisma.sql`s."areaAsignada"`)})))`;
}

/**
 * One INSERT for all the mails of an event. `tickets` is a relation in FROM position with the
 * columns id, email, nombre, "areaAsignada" and "asignadoAId": the ticket of an event, the creation
 * statement's `t`, or the risk scan's batch. A person gets one mail per ticket and event: the first
 * of `mails` that reaches them. Staff only while active and with notifications on; the requester
 * only when the ticket has an email (docs/workflow.md).
 */
export function outboxInsertSql(tickets: Prisma.Sql, event: MailEvent): Prisma.Sql {
  const selects = event.mails.map((mail, rank) => {
    const datos = Prisma.sql`${JSON.stringify(mail.datos ?? {})}::jsonb`;
    if ('requester' in mail.to) {
      return Prisma.sql`
        SELECT ${rank}::int AS rank, 'solicitante' AS who, s.id AS "ticketId", ${mail.kind}::text AS kind,
               s.email::text AS address, s.nombre::text AS name, NULL::uuid AS "userId", ${datos} AS datos
        FROM ${tickets} s
        WHERE s.email IS NOT NULL`;
    }
    return Prisma.sql`
      SELECT ${rank}::int AS rank, u.id::text AS who, s.id AS "ticketId", ${mail.kind}::text AS kind,
             u.email::text AS address, u.name::text AS name, u.id AS "userId", ${datos} AS datos
      FROM ${tickets} s JOIN users u ON ${staffCondition(mail.to)}
      WHERE u.active AND u."emailNotifications" AND u.id IS DISTINCT FROM ${event.actorId}::uuid`;
  });
  return Prisma.sql`
    INSERT INTO mail_outbox ("ticketId", kind, "toAddress", "toName", "userId", datos, "nextAttemptAt", "createdAt")
    SELECT DISTINCT ON (r."ticketId", r.who) r."ticketId", r.kind, r.address, r.name, r."userId", r.datos,
           ${event.now}::timestamptz, ${event.now}::timestamptz
    FROM (${Prisma.join(selects, ' UNION ALL ')}) r
    ORDER BY r."ticketId", r.who, r.rank`;
}

/** The ticket of an event, as outboxInsertSql reads it (after the event's own changes, same transaction). */
export function ticketById(ticketId: string): Prisma.Sql {
  return Prisma.sql`(SELECT id, email, nombre, "areaAsignada", "asignadoAId" FROM tickets WHERE id = ${ticketId}::uuid)`;
}
