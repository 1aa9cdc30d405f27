'use client';

import { useState } from 'react';
import { setCategoryActiveAction } from '@/lib/actions/admin/categories';
import type { CategoryView } from '@/lib/data/admin/categories';
import { ActionButton } from '@/components/admin/action-button';
import { ActiveLabel, AdminTable, CELL } from '@/components/admin/admin-table';
import { CategoryEditForm } from '@/components/admin/categories/category-forms';
import { SubcategoryCreateForm, SubcategoryRow } from '@/components/admin/categories/subcategory-forms';
import { EditPanel } from '@/components/admin/edit-panel';
import { Button } from '@/components/ui/button';

interface CategoriesManagerProps {
  categories: CategoryView[];
  areas: { id: number; name: string; active: boolean }[];
}

export function CategoriesManager({ categories, areas }: CategoriesManagerProps) {
  const [editingId, setEditingId] = useState<number | null>(null);
  const editing = categories.find((c) => c.id === editingId) ?? null;
  return (
    <div className="space-y-6">
      {editing && (
        <EditPanel title={`Editar la categoría ${editing.name}`} onClose={() => setEditingId(null)}>
          <CategoryEditForm key={editing.id} category={editing} areas={areas} />
          <div className="space-y-4 border-t border-gray-300 pt-5">
            <h3 className="text-lg font-semibold">Subcategorías</h3>
            {editing.subcategories.length === 0 ? (
              <p className="text-gray-800">Esta categoría no tiene subcategorías.</p>
            ) : (
              <ul className="space-y-4">
                {editing.subcategories.map((s) => <SubcategoryRow key={s.id} subcategory={s} />)}
              </ul>
            )}
            <SubcategoryCreateForm categoryId={editing.id} categoryName={editing.name} />
          </div>
        </EditPanel>
      )}
      <AdminTable caption="Categorías" headers={['Nombre', 'Área sugerida', 'Subcategorías', 'Estado']}>
        {categories.map((c) => (
          <tr key={c.id}>
            <th scope="row" className={`${CELL} font-semibold`}>{c.name}</th>
            <td className={CELL}>{c.areaName ?? '—'}</td>
            <td className={CELL}>
              {c.subcategories.length === 0 ? '—' : c.subcategories.map((s) => (s.active ? s.name : `${s.name} (inactiva)`)).join(', ')}
            </td>
            <td className={CELL}><ActiveLabel active={c.active} /></td>
            <td className={CELL}>
              <div className="flex flex-wrap gap-2">
                <Button variant="secondary" onClick={() => setEditingId(c.id)} aria-label={`Editar la categoría ${c.name}`}>Editar</Button>
                <ActionButton action={setCategoryActiveAction} input={{ id: c.id, active: !c.active }} label={`${c.active ? 'Desactivar' : 'Reactivar'} la categoría ${c.name}`}>
                  {c.active ? 'Desactivar' : 'Reactivar'}
                </ActionButton>
              </div>
            </td>
          </tr>
        ))}
      </AdminTable>
    </div>
  );
}
