import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { SlaPolicyTerm } from '@/lib/domain/sla';
import type { TipoTicket } from '@/lib/domain/tipos';

export async function findSlaTerm(
  policySet: string,
  tipo: TipoTicket,
  prioridad: string,
  client: Prisma.TransactionClient = db(),
): Promise<SlaPolicyTerm | null> {
  return client.slaPolicy.findUnique({
    where: { policySet_tipo_prioridad: { policySet, tipo, prioridad } },
    select: { duracion: true, reloj: true },
  });
}
