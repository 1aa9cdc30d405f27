'use client';

import { useId } from 'react';
import { createHolidayAction, generateHolidaysAction, updateHolidayAction } from '@/lib/actions/admin/holidays';
import type { HolidayView } from '@/lib/data/admin/holidays';
import { HOLIDAY_YEARS, holidayCreateSchema, holidayGenerateSchema, holidayUpdateSchema } from '@/lib/validation/admin/holidays';
import { FormStatus } from '@/components/admin/form-status';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/form-controls';

export function HolidayCreateForm({ year }: { year: number }) {
  const uid = useId();
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: holidayCreateSchema,
    defaultValues: { date: '', name: '' },
    action: createHolidayAction,
    onSuccess: (_data, { reset }) => reset(),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${uid}-title`} className="space-y-5 rounded-lg border border-gray-300 bg-white p-6">
      <h2 id={`${uid}-title`} className="text-xl font-semibold">Agregar un festivo</h2>
      <FormStatus status={status} />
      <div className="grid gap-5 md:grid-cols-2">
        <Field id={`${uid}-date`} label="Fecha" required error={errorOf('date')} hint={`Por ejemplo ${year}-12-24.`}>
          {(a) => <Input {...a} {...form.register('date')} type="date" />}
        </Field>
        <Field id={`${uid}-name`} label="Nombre del festivo" required error={errorOf('name')}>
          {(a) => <Input {...a} {...form.register('name')} autoComplete="off" />}
        </Field>
      </div>
      <Button type="submit" disabled={submitting}>{submitting ? 'Agregando…' : 'Agregar festivo'}</Button>
    </form>
  );
}

/** Adds the Colombian national holidays of a year that are missing; running it again adds nothing. */
export function HolidayGenerateForm({ year }: { year: number }) {
  const uid = useId();
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: holidayGenerateSchema,
    defaultValues: { year: String(year) },
    action: generateHolidaysAction,
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${uid}-title`} className="space-y-4 rounded-lg border border-gray-300 bg-white p-6">
      <h2 id={`${uid}-title`} className="text-xl font-semibold">Generar los festivos de Colombia</h2>
      <FormStatus status={status} />
      <p className="text-gray-800">
        Agrega los festivos nacionales del año (Ley 51 de 1983 y Semana Santa) que falten en la lista. Los que ya están, aunque
        los haya editado, no se tocan.
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-40">
          <Field id={`${uid}-year`} label="Año" required error={errorOf('year')}>
            {(a) => <Input {...a} {...form.register('year')} type="number" inputMode="numeric" min={HOLIDAY_YEARS.min} max={HOLIDAY_YEARS.max} />}
          </Field>
        </div>
        <Button type="submit" disabled={submitting}>{submitting ? 'Generando…' : 'Generar festivos'}</Button>
      </div>
    </form>
  );
}

export function HolidayEditForm({ holiday, onSaved }: { holiday: HolidayView; onSaved: (date: string) => void }) {
  const uid = useId();
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: holidayUpdateSchema,
    defaultValues: { originalDate: holiday.date, date: holiday.date, name: holiday.name },
    action: updateHolidayAction,
    // A new date is the holiday's new key: the panel follows it.
    onSuccess: (_data, { values }) => {
      const date = String(values.date).trim();
      form.setValue('originalDate', date);
      onSaved(date);
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormStatus status={status} />
      <div className="grid gap-5 md:grid-cols-2">
        <Field id={`${uid}-date`} label="Fecha" required error={errorOf('date')}>
          {(a) => <Input {...a} {...form.register('date')} type="date" />}
        </Field>
        <Field id={`${uid}-name`} label="Nombre del festivo" required error={errorOf('name')}>
          {(a) => <Input {...a} {...form.register('name')} autoComplete="off" />}
        </Field>
      </div>
      <Button type="submit" disabled={submitting}>{submitting ? 'Guardando…' : 'Guardar festivo'}</Button>
    </form>
  );
}
