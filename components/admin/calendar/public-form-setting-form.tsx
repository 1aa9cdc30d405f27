'use client';

import { updatePublicFormSettingAction } from '@/lib/actions/admin/settings';
import { publicFormSettingSchema } from '@/lib/validation/admin/calendar';
import { SettingSwitchForm } from '@/components/admin/calendar/setting-switch-form';

const OPTIONS = [
  { value: 'false', label: 'El formulario público no pregunta la prioridad', hint: 'Las solicitudes llegan con prioridad Media y la mesa de ayuda la ajusta al clasificarlas (predeterminado).' },
  { value: 'true', label: 'El solicitante elige la prioridad', hint: 'El formulario público muestra la lista de prioridades y el campo es obligatorio.' },
] as const;

/** Whether the public form shows the priority (docs/admin.md); the API always takes it. */
export function PublicFormSettingForm({ publicFormPrioridad }: { publicFormPrioridad: boolean }) {
  return (
    <SettingSwitchForm
      field="publicFormPrioridad"
      value={publicFormPrioridad}
      schema={publicFormSettingSchema}
      action={updatePublicFormSettingAction}
      legend="Prioridad en el formulario público"
      options={OPTIONS}
      submitLabel="Guardar opción del formulario público"
    />
  );
}
