import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';

/** The active area of that name, matched case-insensitively (few rows: compared here, not with ILIKE's wildcards). */
export async function findActiveArea(name: string, client: Prisma.TransactionClient = db()): Promise<{ name: string; maxTickets: number | null } | null> {
  const areas = await client.area.findMany({ where: { active: true }, select: { name: true, maxTickets: true } });
  const wanted = name.toLocaleLowerCase('es');
  return areas.find((a) => a.name.toLocaleLowerCase('es') === wanted) ?? null;
}
