'use server';

import { runAdminAction } from '@/lib/actions/admin/run';
import { createHoliday, deleteHoliday, generateColombianHolidays, updateHoliday } from '@/lib/data/admin/holidays';

/** Adds a holiday (/panel/admin/festivos). */
export async function createHolidayAction(input: unknown) {
  return runAdminAction('agregar un festivo', (actor) => createHoliday(actor, input), 'Festivo agregado.');
}

/** Changes a holiday's date or name. */
export async function updateHolidayAction(input: unknown) {
  return runAdminAction('editar un festivo', (actor) => updateHoliday(actor, input), 'Festivo actualizado.');
}

/** Removes a holiday. */
export async function deleteHolidayAction(input: unknown) {
  return runAdminAction('eliminar un festivo', (actor) => deleteHoliday(actor, input), 'Festivo eliminado.');
}

/** Adds the Colombian holidays of a year that the list lacks. */
export async function generateHolidaysAction(input: unknown) {
  return runAdminAction(
    'generar los festivos',
    (actor) => generateColombianHolidays(actor, input),
    (r) => (r.added === 0 ? `Los festivos de Colombia de ${r.year} ya estaban en la lista: no se agregó ninguno.` : `Se agregaron ${r.added} festivos de Colombia de ${r.year}${r.existing > 0 ? ` (${r.existing} ya estaban)` : ''}.`),
  );
}
