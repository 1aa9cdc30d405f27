import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { RUNNING_ESTADOS, areaScopeSql, estadosSql } from './scope';

export interface SlaNow {
  vencidos: number;
  enRiesgo: number;
}

/** The same test as the board's SLA filter (docs/queue.md), so the counts match what its links list. */
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
