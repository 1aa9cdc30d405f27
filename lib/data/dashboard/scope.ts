import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/domain/actor';
import { scopedAreas } from '@/lib/data/ticket-scope';

export { CLOSED_ESTADOS, OPEN_ESTADOS, RUNNING_ESTADOS } from '@/lib/domain/estados';

/** AREA staff count only their areas' tickets, so every figure of the dashboard is theirs alone. */
export function areaScopeSql(actor: Actor): Prisma.Sql {
  const areas = scopedAreas(actor);
  return areas === null ? Prisma.empty : Prisma.sql`AND "areaAsignada" = ANY(${areas}::text[])`;
}

export function estadosSql(estados: readonly string[]): Prisma.Sql {
  return Prisma.sql`${[...estados]}::"Estado"[]`;
}
