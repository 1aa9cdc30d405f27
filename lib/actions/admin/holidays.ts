'use server';

import { adminAction } from '@/lib/actions/admin/run';
import { createHoliday, deleteHoliday, generateColombianHolidays, updateHoliday } from '@/lib/data/admin/holidays';
import { holidayCreateSchema, holidayDeleteSchema, holidayGenerateSchema, holidayUpdateSchema } from '@/lib/validation/admin/holidays';

export const createHolidayAction = adminAction(holidayCreateSchema, createHoliday, 'agregar un festivo', 'Festivo agregado.');

export const updateHolidayAction = adminAction(holidayUpdateSchema, updateHoliday, 'editar un festivo', 'Festivo actualizado.');

export const deleteHolidayAction = adminAction(holidayDeleteSchema, deleteHoliday, 'eliminar un festivo', 'Festivo eliminado.');

export const generateHolidaysAction = adminAction(holidayGenerateSchema, generateColombianHolidays, 'generar los festivos', (r) =>
  r.added === 0
    ? `Los festivos de Colombia de ${r.year} ya estaban en la lista: no se agregó ninguno.`
    : `Se agregaron ${r.added} festivos de Colombia de ${r.year}${r.existing > 0 ? ` (${r.existing} ya estaban)` : ''}.`,
);
