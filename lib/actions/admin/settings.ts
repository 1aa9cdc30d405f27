'use server';

import { adminAction } from '@/lib/actions/admin/run';
import { updateCalendar, updateInboundSettings, updatePauseSetting, updateResumeSetting } from '@/lib/data/admin/settings';
import { calendarSchema, pauseSettingSchema, resumeSettingSchema } from '@/lib/validation/admin/calendar';
import { inboundSettingsSchema } from '@/lib/validation/admin/mail';

export const updateCalendarAction = adminAction(calendarSchema, updateCalendar, 'guardar el calendario laboral', 'Calendario laboral guardado: se aplica a los plazos que se calculen desde ahora.');

export const updatePauseSettingAction = adminAction(pauseSettingSchema, updatePauseSetting, 'guardar la opción de pausa', 'Opción de pausa guardada.');

export const updateResumeSettingAction = adminAction(resumeSettingSchema, updateResumeSetting, 'guardar la opción de reanudar', 'Opción de reanudar guardada.');

export const updateInboundSettingsAction = adminAction(inboundSettingsSchema, updateInboundSettings, 'guardar los valores del correo entrante', 'Valores del correo entrante guardados: se aplican a los próximos correos.');
