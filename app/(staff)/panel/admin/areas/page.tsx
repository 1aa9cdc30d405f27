import type { Metadata } from 'next';
import { listAreas } from '@/lib/data/admin/areas';
import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { AreaCreateForm } from '@/components/admin/areas/area-form';
import { AreasManager } from '@/components/admin/areas/areas-manager';
import { getAdminPageActor } from '../_lib/admin-page';

export const metadata: Metadata = { title: 'Áreas' };

export default async function AreasPage() {
  const actor = await getAdminPageActor('/panel/admin/areas');
  const areas = await listAreas(actor);
  return (
    <div className="space-y-8">
      <AdminPageHeader title="Áreas">
        <p>
          Las áreas atienden los tickets que se les asignan. Un área inactiva no recibe tickets nuevos, usuarios ni tokens, pero
          conserva los que ya tiene. El área MESA recibe los tickets sin área y no se puede renombrar ni desactivar.
        </p>
      </AdminPageHeader>
      <AreaCreateForm />
      <section aria-labelledby="areas-title" className="space-y-4">
        <h2 id="areas-title" className="text-xl font-semibold">Áreas configuradas</h2>
        <AreasManager areas={areas} />
      </section>
    </div>
  );
}
