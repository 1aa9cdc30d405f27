import { FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR } from 'colombian-holidays';
import { z } from 'zod';
import { isLocalDate } from '@/lib/domain/local-date';
import { requiredText } from '@/lib/validation/text';
import { integerField } from '@/lib/validation/admin/fields';

function dateField(label: string) {
  return z
    .string({ error: `${label} es obligatoria.` })
    .trim()
    .refine((s) => s.length > 0, { message: `${label} es obligatoria.`, abort: true })
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isLocalDate(s), { message: `${label} no es una fecha válida (AAAA-MM-DD).` });
}

const name = requiredText({ label: 'El nombre', min: 2, max: 150 });

/** The years a holiday may fall in, and the years Colombian holidays can be generated for. */
export const HOLIDAY_YEARS = { min: Math.max(FIRST_HOLIDAY_YEAR, 1900), max: Math.min(LAST_HOLIDAY_YEAR, 2200) } as const;

export const holidayCreateSchema = z.object({ date: dateField('La fecha'), name });

export const holidayUpdateSchema = z.object({ originalDate: dateField('La fecha original'), date: dateField('La fecha'), name });

export const holidayDeleteSchema = z.object({ date: dateField('La fecha') });

export const holidayGenerateSchema = z.object({ year: integerField({ label: 'El año', ...HOLIDAY_YEARS }) });

export const holidayYearQuerySchema = z.object({
  anio: z.coerce.number().int().min(HOLIDAY_YEARS.min).max(HOLIDAY_YEARS.max).optional().catch(undefined),
});

export type HolidayInput = z.output<typeof holidayCreateSchema>;
