import 'server-only';
import { MAX_ETIQUETAS, applyEtiquetas } from '@/lib/domain/etiquetas';
import { ValidationError } from '@/lib/errors';
import type { OperationBodies } from '@/lib/validation/operations';
import type { Effects } from '@/lib/data/operation-effects';

/**
 * `etiquetar`: the new list, and a history entry saying what changed, with no text (docs/workflow.md).
 * Computed on the list as read; the write is guarded by the version read with it, so two concurrent
 * changes of tags never lose one another's.
 */
export function etiquetar(ticket: { etiquetas: string[] }, b: OperationBodies['etiquetar']): Effects {
  const current = ticket.etiquetas;
  const { etiquetas, agregadas, quitadas } = applyEtiquetas(current, b.agregar ?? [], b.quitar ?? []);
  if (etiquetas.length > MAX_ETIQUETAS) {
    throw ValidationError.naming({ agregar: [`Un ticket puede tener como máximo ${MAX_ETIQUETAS} etiquetas; ya tiene ${current.length}.`] });
  }
  return { changes: { etiquetas }, texto: null, publica: false, datos: { agregadas, quitadas } };
}
