import { z } from 'zod';
import { ETIQUETA_MAX_LENGTH, MAX_ETIQUETAS, etiquetaRefusal, normalizeEtiqueta, uniqueEtiquetas } from '@/lib/domain/etiquetas';

/**
 * A list of tags: each normalised and checked, duplicates collapsed. Errors name the list
 * (`agregar`), not an element (`agregar.3`): a client fixes the list it sent.
 */
export function etiquetasSchema(label: string) {
  return z
    .array(z.string({ error: `${label}: cada etiqueta debe ser un texto.` }), { error: `${label} debe ser una lista de etiquetas.` })
    .max(100, `${label}: como máximo 100 etiquetas por solicitud.`)
    .transform((raw, ctx) => {
      const etiquetas = uniqueEtiquetas(raw.map(normalizeEtiqueta));
      for (const e of etiquetas) {
        const refusal = etiquetaRefusal(e);
        if (refusal) ctx.addIssue({ code: 'custom', message: refusal });
      }
      return etiquetas;
    })
    .meta({ items: { type: 'string', pattern: '^[a-z0-9áéíóúüñ_-]+$', minLength: 1, maxLength: ETIQUETA_MAX_LENGTH } });
}

/** The tags a new ticket may carry. */
export const newTicketEtiquetasSchema = etiquetasSchema('Las etiquetas')
  .refine((e) => e.length <= MAX_ETIQUETAS, { message: `Un ticket puede tener como máximo ${MAX_ETIQUETAS} etiquetas.` })
  .meta({ maxItems: MAX_ETIQUETAS });
