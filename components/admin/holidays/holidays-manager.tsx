'use client';

import { useState } from 'react';
import { deleteHolidayAction } from '@/lib/actions/admin/holidays';
import type { HolidayView } from '@/lib/data/admin/holidays';
import { ActionButton } from '@/components/admin/action-button';
import { AdminTable, CELL } from '@/components/admin/admin-table';
import { EditPanel } from '@/components/admin/edit-panel';
import { HolidayEditForm } from '@/components/admin/holidays/holiday-forms';
import { Button } from '@/components/ui/button';

// A holiday is a calendar date, not an instant: read it at UTC so no zone shifts the day.
const dayFormat = new Intl.DateTimeFormat('es-CO', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const formatDay = (date: string) => dayFormat.format(new Date(`${date}T12:00:00Z`));

export function HolidaysManager({ holidays, year }: { holidays: HolidayView[]; year: number }) {
  // `opened` counts openings: the form keeps its state across a date change, and resets on a new opening.
  const [{ date: editingDate, opened }, setEditing] = useState<{ date: string | null; opened: number }>({ date: null, opened: 0 });
  const editing = holidays.find((h) => h.date === editingDate) ?? null;
  const open = (date: string) => setEditing((e) => ({ date, opened: e.opened + 1 }));
  if (holidays.length === 0) return <p className="text-gray-800">No hay festivos registrados en {year}.</p>;
  return (
    <div className="space-y-6">
      {editing && (
        <EditPanel title={`Editar el festivo del ${formatDay(editing.date)}`} onClose={() => setEditing((e) => ({ ...e, date: null }))}>
          <HolidayEditForm key={opened} holiday={editing} onSaved={(date) => setEditing((e) => ({ ...e, date }))} />
        </EditPanel>
      )}
      <AdminTable caption={`Festivos de ${year}`} headers={['Fecha', 'Nombre']}>
        {holidays.map((h) => (
          <tr key={h.date}>
            <th scope="row" className={`${CELL} font-semibold`}>
              <time dateTime={h.date}>{formatDay(h.date)}</time>
            </th>
            <td className={CELL}>{h.name}</td>
            <td className={CELL}>
              <div className="flex flex-wrap gap-2">
                <Button variant="secondary" onClick={() => open(h.date)} aria-label={`Editar el festivo ${h.name} (${h.date})`}>Editar</Button>
                <ActionButton action={deleteHolidayAction} input={{ date: h.date }} label={`Eliminar el festivo ${h.name} (${h.date})`} pendingText="Eliminando…">
                  Eliminar
                </ActionButton>
              </div>
            </td>
          </tr>
        ))}
      </AdminTable>
    </div>
  );
}
