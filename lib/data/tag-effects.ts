import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { MAX_ETIQUETAS, applyEtiquetas } from '@/lib/domain/etiquetas';
import { ValidationError } from '@/lib/errors';
import type { OperationBodies } from '@/lib/validation/operations';
import type { Effects, LockedTicket } from '@/lib/data/operation-effects';

/** `etiquetar`: the new list, and a history entry saying what changed, with no text (docs/workflow.md). */
export async function etiquetar(tx: Prisma.TransactionClient, ticket: LockedTicket, b: OperationBodies['etiquetar']): Promise<Effects> {
  // Read on the locked row, so two concurrent changes of tags never lose one another's.
  const { etiquetas: current } = await tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { etiquetas: true } });
  const { etiquetas, agregadas, quitadas } = applyEtiquetas(current, b.agregar ?? [], b.quitar ?? []);
  if (etiquetas.length > MAX_ETIQUETAS) {
    throw ValidationError.naming({ agregar: [`Un ticket puede tener como máximo ${MAX_ETIQUETAS} etiquetas; ya tiene ${current.length}.`] });
  }
  return { data: { etiquetas }, texto: null, publica: false, datos: { agregadas, quitadas } };
}
