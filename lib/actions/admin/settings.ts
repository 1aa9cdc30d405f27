'use server';

import { adminAction } from '@/lib/actions/admin/run';
import { updateCalendar, updateInboundSettings, updatePauseSetting, updatePublicFormSetting, updateResumeSetting } from '@/lib/data/admin/settings';
import { calendarSchema, pauseSettingSchema, publicFormSettingSchema, resumeSettingSchema } from '@/lib/validation/admin/calendar';
import { inboundSettingsSchema } from '@/lib/validation/admin/mail';

export const updateCalendarAction = adminAction(calendarSchema, updateCalendar, 'guardar el calendario laboral', 'Calendario laboral guardado: se aplica a los plazos que se calculen desde ahora.');

export const updatePauseSettingAction = adminAction(pauseSettingSchema, updatePauseSetting, 'guardar la opción de pausa', 'Opción de pausa guardada.');

export const updateResumeSettingAction = adminAction(resumeSettingSchema, updateResumeSetting, 'guardar la opción de reanudar', 'Opción de reanudar guardada.');

export const updatePublicFormSettingAction = adminAction(publicFormSettingSchema, updatePublicFormSetting, 'guardar la opción del formulario público', 'Opción del formulario público guardada: se aplica a las solicitudes que se radiquen desde ahora.');

export const updateInboundSettingsAction = adminAction(inboundSettingsSchema, updateInboundSettings, 'guardar los valores del correo entrante', 'Valores del correo entrante guardados: se aplican a los próximos correos.');
