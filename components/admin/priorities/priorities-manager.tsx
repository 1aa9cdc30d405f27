'use client';

import { useState } from 'react';
import type { PriorityView } from '@/lib/data/admin/priorities';
import { ActiveLabel, AdminTable, CELL } from '@/components/admin/admin-table';
import { EditPanel } from '@/components/admin/edit-panel';
import { PriorityEditForm } from '@/components/admin/priorities/priority-forms';
import { Button } from '@/components/ui/button';

export function PrioritiesManager({ priorities }: { priorities: PriorityView[] }) {
  // `opened` counts openings: the form keeps its state across a code change, and resets on a new opening.
  const [{ code: editingCode, opened }, setEditing] = useState<{ code: string | null; opened: number }>({ code: null, opened: 0 });
  const editing = priorities.find((p) => p.code === editingCode) ?? null;
  const open = (code: string) => setEditing((e) => ({ code, opened: e.opened + 1 }));
  return (
    <div className="space-y-6">
      {editing && (
        <EditPanel title={`Editar la prioridad ${editing.label}`} onClose={() => setEditing((e) => ({ ...e, code: null }))}>
          <PriorityEditForm key={opened} priority={editing} onSaved={(code) => setEditing((e) => ({ ...e, code }))} />
        </EditPanel>
      )}
      <AdminTable caption="Prioridades" headers={['Nombre', 'Código', 'Orden', 'Tickets', 'Estado']}>
        {priorities.map((p) => (
          <tr key={p.code}>
            <th scope="row" className={`${CELL} font-semibold`}>{p.label}</th>
            <td className={`${CELL} font-mono`}>{p.code}</td>
            <td className={CELL}>{p.sortOrder}</td>
            <td className={CELL}>{p.tickets.toLocaleString('es-CO')}</td>
            <td className={CELL}><ActiveLabel active={p.active} /></td>
            <td className={CELL}>
              <Button variant="secondary" onClick={() => open(p.code)} aria-label={`Editar la prioridad ${p.label}`}>Editar</Button>
            </td>
          </tr>
        ))}
      </AdminTable>
    </div>
  );
}
