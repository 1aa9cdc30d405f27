'use client';

import { updateResumeSettingAction } from '@/lib/actions/admin/settings';
import { resumeSettingSchema } from '@/lib/validation/admin/calendar';
import { SettingSwitchForm } from '@/components/admin/calendar/setting-switch-form';

const OPTIONS = [
  { value: 'true', label: 'La respuesta del solicitante reanuda el ticket', hint: 'Un ticket en pausa vuelve a Asignado cuando el solicitante responde, y se le avisa (predeterminado).' },
  { value: 'false', label: 'La respuesta no reanuda el ticket', hint: 'El ticket sigue en pausa hasta que alguien de la mesa lo reabra.' },
] as const;

/** Whether a requester's reply resumes a PAUSADO ticket (docs/conversation.md). */
export function ResumeSettingForm({ reanudarConRespuesta }: { reanudarConRespuesta: boolean }) {
  return (
    <SettingSwitchForm
      field="reanudarConRespuesta"
      value={reanudarConRespuesta}
      schema={resumeSettingSchema}
      action={updateResumeSettingAction}
      legend="Respuestas a tickets en pausa"
      options={OPTIONS}
      submitLabel="Guardar opción de reanudar"
    />
  );
}
