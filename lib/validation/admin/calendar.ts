import { z } from 'zod';
import { isValidTimeZone } from '@/lib/domain/local-date';
import { booleanField } from '@/lib/validation/admin/fields';

export const WEEKDAYS = [
  { value: 1, nombre: 'Lunes' },
  { value: 2, nombre: 'Martes' },
  { value: 3, nombre: 'Miércoles' },
  { value: 4, nombre: 'Jueves' },
  { value: 5, nombre: 'Viernes' },
  { value: 6, nombre: 'Sábado' },
  { value: 7, nombre: 'Domingo' },
] as const;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** "08:30" → 510 minutes after midnight. */
export function timeToMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

export function minutesToTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** An IANA zone name that this runtime's Intl knows. */
export function isIanaTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('es-CO', { timeZone: zone });
  } catch {
    return false;
  }
  return isValidTimeZone(zone);
}

function timeField(label: string) {
  return z
    .string({ error: `${label} es obligatoria.` })
    .trim()
    .refine((s) => s.length > 0, { message: `${label} es obligatoria.`, abort: true })
    .refine((s) => TIME.test(s), { message: `${label} debe tener el formato HH:MM (por ejemplo 08:00).` });
}

export const calendarSchema = z
  .object({
    timeZone: z
      .string({ error: 'La zona horaria es obligatoria.' })
      .trim()
      .refine((s) => s.length > 0, { message: 'La zona horaria es obligatoria.', abort: true })
      .refine(isIanaTimeZone, { message: 'La zona horaria no es una zona IANA válida (por ejemplo America/Bogota).' }),
    workingDays: z
      .array(z.preprocess((v) => (typeof v === 'string' ? Number(v) : v), z.number().int().min(1).max(7)), {
        error: 'Los días hábiles deben ser una lista de días.',
      })
      .min(1, 'Seleccione al menos un día hábil.')
      .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
    workStart: timeField('La hora de inicio'),
    workEnd: timeField('La hora de fin'),
  })
  .refine((c) => timeToMinutes(c.workStart) < timeToMinutes(c.workEnd), {
    path: ['workEnd'],
    message: 'La hora de fin debe ser posterior a la hora de inicio.',
  })
  .transform(({ workStart, workEnd, ...rest }) => ({ ...rest, workStartMinute: timeToMinutes(workStart), workEndMinute: timeToMinutes(workEnd) }));

export const pauseSettingSchema = z.object({ pauseStopsSla: booleanField('La opción de pausa') });

export const resumeSettingSchema = z.object({ reanudarConRespuesta: booleanField('La opción de reanudar con la respuesta') });

export const publicFormSettingSchema = z.object({ publicFormPrioridad: booleanField('La opción de prioridad en el formulario público') });

export type CalendarInput = z.output<typeof calendarSchema>;
export type CalendarFormValues = z.input<typeof calendarSchema>;
