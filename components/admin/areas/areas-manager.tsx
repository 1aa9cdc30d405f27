'use client';

import { useState } from 'react';
import { setAreaActiveAction } from '@/lib/actions/admin/areas';
import type { AreaView } from '@/lib/data/admin/areas';
import { ActionButton } from '@/components/admin/action-button';
import { ActiveLabel, AdminTable, CELL } from '@/components/admin/admin-table';
import { AreaEditForm } from '@/components/admin/areas/area-form';
import { EditPanel } from '@/components/admin/edit-panel';
import { Button } from '@/components/ui/button';

export function AreasManager({ areas }: { areas: AreaView[] }) {
  const [editingId, setEditingId] = useState<number | null>(null);
  const editing = areas.find((a) => a.id === editingId) ?? null;
  return (
    <div className="space-y-6">
      {editing && (
        <EditPanel title={`Editar el área ${editing.name}`} onClose={() => setEditingId(null)}>
          <AreaEditForm key={editing.id} area={editing} />
        </EditPanel>
      )}
      <AdminTable caption="Áreas" headers={['Nombre', 'Límite de tickets activos', 'Tickets activos', 'Usuarios', 'Estado']}>
        {areas.map((a) => (
          <tr key={a.id}>
            <th scope="row" className={`${CELL} font-semibold`}>{a.name}{a.isDefault && <span className="font-normal text-gray-700"> (predeterminada)</span>}</th>
            <td className={CELL}>{a.maxTickets === null ? 'Sin límite' : a.maxTickets.toLocaleString('es-CO')}</td>
            <td className={CELL}>{a.activeTickets.toLocaleString('es-CO')}</td>
            <td className={CELL}>{a.members.toLocaleString('es-CO')}</td>
            <td className={CELL}><ActiveLabel active={a.active} /></td>
            <td className={CELL}>
              <div className="flex flex-wrap gap-2">
                <Button variant="secondary" onClick={() => setEditingId(a.id)} aria-label={`Editar el área ${a.name}`}>Editar</Button>
                {!a.isDefault && (
                  <ActionButton action={setAreaActiveAction} input={{ id: a.id, active: !a.active }} label={`${a.active ? 'Desactivar' : 'Reactivar'} el área ${a.name}`}>
                    {a.active ? 'Desactivar' : 'Reactivar'}
                  </ActionButton>
                )}
              </div>
            </td>
          </tr>
        ))}
      </AdminTable>
    </div>
  );
}
