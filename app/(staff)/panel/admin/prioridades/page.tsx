import type { Metadata } from 'next';
import { listPriorities } from '@/lib/data/admin/priorities';
import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { PrioritiesManager } from '@/components/admin/priorities/priorities-manager';
import { PriorityCreateForm } from '@/components/admin/priorities/priority-forms';
import { getAdminPageActor } from '../_lib/admin-page';

export const metadata: Metadata = { title: 'Prioridades' };

export default async function PrioritiesPage() {
  const actor = await getAdminPageActor('/panel/admin/prioridades');
  const priorities = await listPriorities(actor);
  return (
    <div className="space-y-8">
      <AdminPageHeader title="Prioridades">
        <p>
          Cada ticket lleva una prioridad, y su plazo sale de la política de SLA de su tipo y su prioridad. El código queda
          fijo en cuanto un ticket lo usa; una prioridad inactiva deja de ofrecerse, pero sus tickets la conservan.
        </p>
      </AdminPageHeader>
      <PriorityCreateForm />
      <section aria-labelledby="priorities-title" className="space-y-4">
        <h2 id="priorities-title" className="text-xl font-semibold">Prioridades configuradas</h2>
        <PrioritiesManager priorities={priorities} />
      </section>
    </div>
  );
}
