import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { RUNNING_ESTADOS } from '@/lib/domain/estados';
import { outboxInsertSql } from '@/lib/data/outbox-sql';

/**
 * Announces the tickets that have entered EN_RIESGO (slaEstadoOf's rule: from fechaRiesgoSla to the
 * deadline, PAUSADO excluded) to their staff, once per risk instant: the ticket keeps the instant it
 * was announced for, so a recompute that moves it announces again (docs/email.md). One statement:
 * the batch is locked with SKIP LOCKED, so scans of several instances never announce a ticket twice.
 * Returns how many tickets were announced.
 */
export async function scanRiskNotices(now: Date, batch = 100): Promise<number> {
  const marked = await db().$queryRaw<{ tickets: number }[]>`
    WITH due AS (
      SELECT id FROM tickets
      WHERE estado = ANY(${[...RUNNING_ESTADOS]}::"Estado"[])
        AND "fechaRiesgoSla" <= ${now}::timestamptz AND "fechaLimiteSla" >= ${now}::timestamptz
        AND "riskNotifiedFor" IS DISTINCT FROM "fechaRiesgoSla"
      ORDER BY "fechaRiesgoSla"
      LIMIT ${batch}::int
      FOR UPDATE SKIP LOCKED
    ), marked AS (
      UPDATE tickets t SET "riskNotifiedFor" = t."fechaRiesgoSla"
      FROM due WHERE t.id = due.id
      RETURNING t.id, t.email, t.nombre, t."areaAsignada", t."asignadoAId"
    ), mails AS (${outboxInsertSql(Prisma.sql`marked`, { mails: [{ kind: 'sla_at_risk', to: { ticketStaff: true } }], actorId: null, now })})
    SELECT count(*)::int AS tickets FROM marked`;
  return marked[0]?.tickets ?? 0;
}
