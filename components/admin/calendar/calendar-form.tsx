'use client';

import { useId } from 'react';
import { updateCalendarAction } from '@/lib/actions/admin/settings';
import { WEEKDAYS, calendarSchema, minutesToTime } from '@/lib/validation/admin/calendar';
import { FormStatus } from '@/components/admin/form-status';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/form-controls';

interface CalendarFormProps {
  settings: { timeZone: string; workingDays: readonly number[]; startMinute: number; endMinute: number };
  /** IANA zones this server knows (Intl.supportedValuesOf), sorted. */
  timeZones: string[];
}

/** The working calendar business-time deadlines are counted on (docs/sla.md). */
export function CalendarForm({ settings, timeZones }: CalendarFormProps) {
  const uid = useId();
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: calendarSchema,
    defaultValues: {
      timeZone: settings.timeZone,
      workingDays: settings.workingDays.map(String),
      workStart: minutesToTime(settings.startMinute),
      workEnd: minutesToTime(settings.endMinute),
    },
    action: updateCalendarAction,
  });
  const { register } = form;
  const daysError = errorOf('workingDays');
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${uid}-title`} className="space-y-5 rounded-lg border border-gray-300 bg-white p-6">
      <h2 id={`${uid}-title`} className="text-xl font-semibold">Jornada laboral</h2>
      <FormStatus status={status} />
      <fieldset aria-describedby={daysError ? `${uid}-days-error` : undefined} className="min-w-0 space-y-2">
        <legend className="font-medium text-gray-900">Días hábiles</legend>
        {daysError && <p id={`${uid}-days-error`} className="text-sm font-medium text-red-700">{daysError}</p>}
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {WEEKDAYS.map((d) => (
            <div key={d.value} className="flex items-center gap-2">
              <input id={`${uid}-day-${d.value}`} type="checkbox" value={String(d.value)} {...register('workingDays')} className="size-5 rounded border-gray-500 accent-blue-700" />
              <label htmlFor={`${uid}-day-${d.value}`}>{d.nombre}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-5 md:grid-cols-3">
        <Field id={`${uid}-start`} label="Hora de inicio" required error={errorOf('workStart')} hint="Formato de 24 horas, por ejemplo 08:00.">
          {(a) => <Input {...a} {...register('workStart')} type="time" step={60} />}
        </Field>
        <Field id={`${uid}-end`} label="Hora de fin" required error={errorOf('workEnd')} hint="Por ejemplo 17:00.">
          {(a) => <Input {...a} {...register('workEnd')} type="time" step={60} />}
        </Field>
        <Field id={`${uid}-zone`} label="Zona horaria" required error={errorOf('timeZone')} hint="En ella se leen los horarios y los festivos.">
          {(a) => (
            <Select {...a} {...register('timeZone')}>
              {timeZones.map((z) => <option key={z} value={z}>{z}</option>)}
            </Select>
          )}
        </Field>
      </div>
      <p className="text-sm text-gray-700">Se aplica a los plazos que se calculen desde ahora; los ya calculados no cambian.</p>
      <Button type="submit" disabled={submitting}>{submitting ? 'Guardando…' : 'Guardar jornada'}</Button>
    </form>
  );
}
