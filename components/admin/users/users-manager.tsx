'use client';

import { useState } from 'react';
import { setUserActiveAction } from '@/lib/actions/admin/users';
import type { UserView } from '@/lib/data/admin/users';
import { ROLE_INFO } from '@/lib/domain/actor';
import { ActionButton } from '@/components/admin/action-button';
import { ActiveLabel, AdminTable, CELL } from '@/components/admin/admin-table';
import { EditPanel } from '@/components/admin/edit-panel';
import { UserEditForm } from '@/components/admin/users/user-edit-form';
import { UserPasswordForm } from '@/components/admin/users/user-password-form';
import { Button } from '@/components/ui/button';

interface UsersManagerProps {
  users: UserView[];
  areas: { id: number; name: string; active: boolean }[];
  currentUserId: string;
}

export function UsersManager({ users, areas, currentUserId }: UsersManagerProps) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = users.find((u) => u.id === editingId) ?? null;
  if (users.length === 0) return <p className="text-gray-800">No hay usuarios que coincidan con la búsqueda.</p>;
  return (
    <div className="space-y-6">
      {editing && (
        <EditPanel title={`Editar a ${editing.name}`} onClose={() => setEditingId(null)}>
          <UserEditForm key={editing.id} user={editing} areas={areas} isSelf={editing.id === currentUserId} />
          <UserPasswordForm key={`password-${editing.id}`} userId={editing.id} />
        </EditPanel>
      )}
      <AdminTable caption="Usuarios del personal" headers={['Nombre', 'Correo', 'Rol', 'Áreas', 'Estado']}>
        {users.map((u) => (
          <tr key={u.id}>
            <th scope="row" className={`${CELL} font-semibold`}>{u.name}{u.id === currentUserId && <span className="font-normal text-gray-700"> (usted)</span>}</th>
            <td className={`${CELL} min-w-40 wrap-anywhere`}>{u.email}</td>
            <td className={CELL}>{ROLE_INFO[u.role].nombre}</td>
            <td className={CELL}>{u.areas.length > 0 ? u.areas.map((a) => a.name).join(', ') : '—'}</td>
            <td className={CELL}><ActiveLabel active={u.active} /></td>
            <td className={CELL}>
              <div className="flex flex-wrap gap-2">
                <Button variant="secondary" onClick={() => setEditingId(u.id)} aria-label={`Editar a ${u.name}`}>Editar</Button>
                {u.id !== currentUserId && (
                  <ActionButton
                    action={setUserActiveAction}
                    input={{ id: u.id, active: !u.active }}
                    label={`${u.active ? 'Desactivar' : 'Reactivar'} a ${u.name}`}
                  >
                    {u.active ? 'Desactivar' : 'Reactivar'}
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
