import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { OPEN_ESTADOS } from '@/lib/domain/estados';
import { scopedAreas } from '@/lib/data/ticket-scope';

const LIMIT = 200;

/**
 * The distinct tags of the open tickets the actor may see, for the tag input's suggestions.
 * Open tickets only: they are few next to the closed ones and the estado index reaches them,
 * so the page never scans the whole table for a hint.
 */
export async function listEtiquetas(actor: Actor): Promise<string[]> {
  const areas = scopedAreas(actor);
  const scope = areas === null ? Prisma.empty : Prisma.sql`AND "areaAsignada" = ANY(${areas}::text[])`;
  const rows = await db().$queryRaw<{ etiqueta: string }[]>`
    SELECT DISTINCT unnest(etiquetas) AS etiqueta
    FROM tickets
    WHERE estado = ANY(${[...OPEN_ESTADOS]}::"Estado"[]) AND cardinality(etiquetas) > 0 ${scope}
    ORDER BY etiqueta
    LIMIT ${LIMIT}`;
  return rows.map((r) => r.etiqueta);
}
