'use server';

import { adminAction } from '@/lib/actions/admin/run';
import { updateCalendar, updatePauseSetting, updateResumeSetting } from '@/lib/data/admin/settings';
import { calendarSchema, pauseSettingSchema, resumeSettingSchema } from '@/lib/validation/admin/calendar';

export const updateCalendarAction = adminAction(calendarSchema, updateCalendar, 'guardar el calendario laboral', 'Calendario laboral guardado: se aplica a los plazos que se calculen desde ahora.');

export const updatePauseSettingAction = adminAction(pauseSettingSchema, updatePauseSetting, 'guardar la opción de pausa', 'Opción de pausa guardada.');

export const updateResumeSettingAction = adminAction(resumeSettingSchema, updateResumeSetting, 'guardar la opción de reanudar', 'Opción de reanudar guardada.');
