import { z } from 'zod';
import { CSV_SEPARATORS, type CsvSeparator } from '@/lib/domain/csv';

const NAMES = Object.keys(CSV_SEPARATORS) as (keyof typeof CSV_SEPARATORS)[];

/** `separador` of GET /api/tickets/exportar: the name of the separator, the comma when absent. */
export const exportSeparatorSchema = z.object({
  separador: z
    .enum(NAMES, { error: `El separador debe ser uno de: ${NAMES.join(', ')}.` })
    .default('coma')
    .transform((name): CsvSeparator => CSV_SEPARATORS[name]),
});
