'use client';

import { updatePauseSettingAction } from '@/lib/actions/admin/settings';
import { pauseSettingSchema } from '@/lib/validation/admin/calendar';
import { FormStatus } from '@/components/admin/form-status';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { Button } from '@/components/ui/button';

const OPTIONS = [
  { value: 'true', label: 'La pausa detiene el reloj', hint: 'Al reabrir, el plazo se corre por el tiempo hábil que el ticket estuvo en pausa (predeterminado).' },
  { value: 'false', label: 'La pausa no detiene el reloj', hint: 'El plazo se mantiene aunque el ticket esté en pausa.' },
] as const;

/** Whether the SLA clock stops while a ticket is PAUSADO (docs/sla.md, Pauses). */
export function PauseSettingForm({ pauseStopsSla }: { pauseStopsSla: boolean }) {
  const { form, onSubmit, status, submitting } = useAdminForm({
    schema: pauseSettingSchema,
    defaultValues: { pauseStopsSla: String(pauseStopsSla) },
    action: updatePauseSettingAction,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-gray-300 bg-white p-6">
      <FormStatus status={status} />
      <fieldset className="space-y-3">
        <legend className="text-xl font-semibold">Tickets en pausa</legend>
        {OPTIONS.map((o) => (
          <div key={o.value} className="flex items-start gap-3">
            <input
              id={`pause-${o.value}`}
              type="radio"
              value={o.value}
              {...form.register('pauseStopsSla')}
              aria-describedby={`pause-${o.value}-hint`}
              className="mt-1 size-5 accent-blue-700"
            />
            <div>
              <label htmlFor={`pause-${o.value}`} className="font-medium text-gray-900">{o.label}</label>
              <p id={`pause-${o.value}-hint`} className="text-sm text-gray-700">{o.hint}</p>
            </div>
          </div>
        ))}
      </fieldset>
      <Button type="submit" disabled={submitting}>{submitting ? 'Guardando…' : 'Guardar opción de pausa'}</Button>
    </form>
  );
}
