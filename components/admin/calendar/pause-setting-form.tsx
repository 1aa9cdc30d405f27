'use client';

import { updatePauseSettingAction } from '@/lib/actions/admin/settings';
import { pauseSettingSchema } from '@/lib/validation/admin/calendar';
import { SettingSwitchForm } from '@/components/admin/calendar/setting-switch-form';

const OPTIONS = [
  { value: 'true', label: 'La pausa detiene el reloj', hint: 'Al reabrir, el plazo se corre por el tiempo hábil que el ticket estuvo en pausa (predeterminado).' },
  { value: 'false', label: 'La pausa no detiene el reloj', hint: 'El plazo se mantiene aunque el ticket esté en pausa.' },
] as const;

/** Whether the SLA clock stops while a ticket is PAUSADO (docs/sla.md, Pauses). */
export function PauseSettingForm({ pauseStopsSla }: { pauseStopsSla: boolean }) {
  return (
    <SettingSwitchForm
      field="pauseStopsSla"
      value={pauseStopsSla}
      schema={pauseSettingSchema}
      action={updatePauseSettingAction}
      legend="Tickets en pausa"
      options={OPTIONS}
      submitLabel="Guardar opción de pausa"
    />
  );
}
