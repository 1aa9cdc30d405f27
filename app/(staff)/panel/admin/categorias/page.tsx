import type { Metadata } from 'next';
import { listCategories } from '@/lib/data/admin/categories';
import { listAreaOptions } from '@/lib/data/admin/users';
import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { CategoriesManager } from '@/components/admin/categories/categories-manager';
import { CategoryCreateForm } from '@/components/admin/categories/category-forms';
import { getAdminPageActor } from '../_lib/admin-page';

export const metadata: Metadata = { title: 'Categorías' };

export default async function CategoriesPage() {
  const actor = await getAdminPageActor('/panel/admin/categorias');
  const [categories, areas] = await Promise.all([listCategories(actor), listAreaOptions(actor)]);
  return (
    <div className="space-y-8">
      <AdminPageHeader title="Categorías y subcategorías">
        <p>
          El formulario público ofrece las categorías y subcategorías activas. Los tickets guardan el texto con el que se
          radicaron, así que renombrar o desactivar una categoría no cambia los tickets existentes.
        </p>
      </AdminPageHeader>
      <CategoryCreateForm areas={areas} />
      <section aria-labelledby="categories-title" className="space-y-4">
        <h2 id="categories-title" className="text-xl font-semibold">Categorías configuradas</h2>
        <CategoriesManager categories={categories} areas={areas} />
      </section>
    </div>
  );
}
