'use server';

import { runAdminAction } from '@/lib/actions/admin/run';
import { updateCalendar, updatePauseSetting } from '@/lib/data/admin/settings';

/** Sets the working days, hours and time zone (/panel/admin/calendario). */
export async function updateCalendarAction(input: unknown) {
  return runAdminAction('guardar el calendario laboral', (actor) => updateCalendar(actor, input), 'Calendario laboral guardado: se aplica a los plazos que se calculen desde ahora.');
}

/** Whether the SLA clock stops while a ticket is paused. */
export async function updatePauseSettingAction(input: unknown) {
  return runAdminAction('guardar la opción de pausa', (actor) => updatePauseSetting(actor, input), 'Opción de pausa guardada.');
}
