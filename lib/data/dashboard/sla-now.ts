import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { RUNNING_ESTADOS, areaScopeSql, estadosSql } from './scope';

export interface SlaNow {
  /** Open, not paused, past the deadline (SLA status VENCIDO). */
  vencidos: number;
  /** Open, not paused, with less than 25 % of the term left (SLA status EN_RIESGO). */
  enRiesgo: number;
}

/**
 * Tickets overdue and at risk at `now`, within the actor's scope. The same test as the board's
 * SLA filter: EN_RIESGO is `fechaRiesgoSla <= now <= fechaLimiteSla` (lib/domain/sla-risk.ts),
 * VENCIDO is `now > fechaLimiteSla`.
 */
export async function countSlaNow(actor: Actor, now: Date): Promise<SlaNow> {
  // Every overdue or at-risk ticket has reached its risk instant: that bounds the rows read.
  const [row] = await db().$queryRaw<SlaNow[]>`
    SELECT
      count(*) FILTER (WHERE "fechaLimiteSla" < ${now})::int AS vencidos,
      count(*) FILTER (WHERE "fechaLimiteSla" >= ${now})::int AS "enRiesgo"
    FROM tickets
    WHERE estado = ANY(${estadosSql(RUNNING_ESTADOS)}) AND "fechaRiesgoSla" <= ${now} ${areaScopeSql(actor)}`;
  return row ?? { vencidos: 0, enRiesgo: 0 };
}
