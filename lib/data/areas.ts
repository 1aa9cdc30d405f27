import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { configSnapshot } from '@/lib/data/config-cache';
import type { AreaConfig, ConfigSnapshot } from '@/lib/data/config-snapshot';

/** The active area of that name, matched case-insensitively (not with ILIKE's wildcards). */
export async function findActiveArea(name: string, client?: Prisma.TransactionClient): Promise<AreaConfig | null> {
  return activeAreaIn(await configSnapshot(client), name);
}

/** The same, in a configuration already read. */
export function activeAreaIn(config: ConfigSnapshot, name: string): AreaConfig | null {
  return config.areaByLowerName.get(name.toLocaleLowerCase('es')) ?? null;
}
