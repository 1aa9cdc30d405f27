import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { SlaPolicyTerm } from '@/lib/domain/sla';
import type { TipoTicket } from '@/lib/domain/tipos';
import { configSnapshot } from '@/lib/data/config-cache';
import { policyKey } from '@/lib/data/config-snapshot';

export async function findSlaTerm(policySet: string, tipo: TipoTicket, prioridad: string, client?: Prisma.TransactionClient): Promise<SlaPolicyTerm | null> {
  return (await configSnapshot(client)).policies.get(policyKey(policySet, tipo, prioridad)) ?? null;
}
