import type { Metadata } from 'next';
import Link from 'next/link';
import { getSettings } from '@/lib/data/admin/settings';
import { POLICY_SET_INFO } from '@/lib/validation/admin/sla';
import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { ADMIN_SECTIONS } from '@/components/admin/sections';
import { getAdminPageActor } from './_lib/admin-page';

export const metadata: Metadata = { title: 'Administración' };

export default async function AdminIndexPage() {
  const actor = await getAdminPageActor('/panel/admin');
  const settings = await getSettings(actor);
  return (
    <div className="space-y-8">
      <AdminPageHeader title="Administración">
        <p>
          Configure quién trabaja en la mesa de ayuda, cómo se clasifican los tickets y qué plazos se prometen. Cada cambio
          queda registrado en la auditoría.
        </p>
        <p>
          Conjunto de políticas de SLA activo: <strong>{POLICY_SET_INFO[settings.activePolicySet]?.nombre ?? settings.activePolicySet}</strong>.
        </p>
      </AdminPageHeader>
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.href} className="rounded-lg border border-gray-300 bg-white p-5">
            <h2 className="text-lg font-semibold">
              <Link href={s.href} className="rounded text-blue-800 underline underline-offset-4">{s.title}</Link>
            </h2>
            <p className="mt-1 text-gray-800">{s.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
