import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { MailDatos } from '@/lib/domain/mail-templates';
import { outboxInsertSql, ticketById, type MailEvent } from '@/lib/data/outbox-sql';

export type { MailEvent, MailRecipient, MailToEnqueue } from '@/lib/data/outbox-sql';

/** Writes every mail of one event in one statement, inside the event's transaction. */
export async function enqueueMails(tx: Prisma.TransactionClient, ticketId: string, event: MailEvent): Promise<number> {
  if (event.mails.length === 0) return 0;
  return tx.$executeRaw(outboxInsertSql(ticketById(ticketId), event));
}

/** A row the worker claimed: it is this worker's while `attempts` is unchanged and the lease lasts. */
export interface ClaimedMail {
  id: string;
  ticketId: string | null;
  kind: string;
  toAddress: string;
  toName: string;
  datos: MailDatos;
  attempts: number;
  label: string | null;
  nombre: string | null;
  asunto: string | null;
  fechaLimiteSla: Date | null;
}

/**
 * Claims due rows in one statement: rows locked by another claim are skipped, and the lease
 * (lockedUntil) keeps them from every other worker while this one sends, with no transaction open.
 */
export async function claimDueMails(now: Date, limit: number, leaseMs: number): Promise<ClaimedMail[]> {
  const leaseEnd = new Date(now.getTime() + leaseMs);
  return db().$queryRaw<ClaimedMail[]>`
    WITH due AS (
      SELECT id, "ticketId" FROM mail_outbox
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}::timestamptz
        AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now}::timestamptz)
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}::int
      FOR UPDATE SKIP LOCKED
    )
    UPDATE mail_outbox m
    SET attempts = m.attempts + 1, "lockedUntil" = ${leaseEnd}::timestamptz
    FROM due LEFT JOIN tickets t ON t.id = due."ticketId"
    WHERE m.id = due.id
    RETURNING m.id, m."ticketId", m.kind, m."toAddress", m."toName", m.datos, m.attempts,
              t.label, t.nombre, t.asunto, t."fechaLimiteSla"`;
}

/** SENT, only while the row is still this claim's. */
export async function markSent(mail: ClaimedMail, subject: string, now: Date): Promise<boolean> {
  const changed = await db().$executeRaw`
    UPDATE mail_outbox SET status = 'SENT', "sentAt" = ${now}::timestamptz, subject = ${subject}, "lockedUntil" = NULL, "lastError" = NULL
    WHERE id = ${mail.id}::uuid AND attempts = ${mail.attempts}::int AND status = 'PENDING'`;
  return changed === 1;
}

/** A failed attempt: the next one at `retryAt`, or FAILED when `final`. */
export async function markAttemptFailed(mail: ClaimedMail, error: string, retryAt: Date, final: boolean): Promise<boolean> {
  const changed = await db().$executeRaw`
    UPDATE mail_outbox
    SET status = ${final ? 'FAILED' : 'PENDING'}::"MailStatus", "nextAttemptAt" = ${retryAt}::timestamptz,
        "lockedUntil" = NULL, "lastError" = ${error.slice(0, 500)}
    WHERE id = ${mail.id}::uuid AND attempts = ${mail.attempts}::int AND status = 'PENDING'`;
  return changed === 1;
}
