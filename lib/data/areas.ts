import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { configSnapshot } from '@/lib/data/config-cache';
import type { AreaConfig } from '@/lib/data/config-snapshot';

/** The active area of that name, matched case-insensitively (not with ILIKE's wildcards). */
export async function findActiveArea(name: string, client?: Prisma.TransactionClient): Promise<AreaConfig | null> {
  return (await configSnapshot(client)).areaByLowerName.get(name.toLocaleLowerCase('es')) ?? null;
}
