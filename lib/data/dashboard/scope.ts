import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/domain/actor';
import { ESTADOS, isTerminal } from '@/lib/domain/estados';
import { scopedAreas } from '@/lib/data/ticket-scope';

/** States of a ticket still being worked (SPEC §3: every non-terminal state). */
export const OPEN_ESTADOS = ESTADOS.filter((e) => !isTerminal(e));

/** Open states whose SLA clock runs: PAUSADO has no "overdue" or "at risk" (SPEC §4). */
export const RUNNING_ESTADOS = OPEN_ESTADOS.filter((e) => e !== 'PAUSADO');

/** States of a closed ticket, judged CUMPLIDO or INCUMPLIDO by its closing time (lib/domain/sla.ts). */
export const CLOSED_ESTADOS = ESTADOS.filter(isTerminal);

/**
 * The actor's scope as a condition on `tickets` (STYLE.md habit 3): AREA staff count only their
 * areas' tickets, so every figure of the dashboard is theirs alone.
 */
export function areaScopeSql(actor: Actor): Prisma.Sql {
  const areas = scopedAreas(actor);
  return areas === null ? Prisma.empty : Prisma.sql`AND "areaAsignada" = ANY(${areas}::text[])`;
}

/** A list of states as a `"Estado"[]` parameter. */
export function estadosSql(estados: readonly string[]): Prisma.Sql {
  return Prisma.sql`${[...estados]}::"Estado"[]`;
}
