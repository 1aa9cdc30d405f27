import type { Metadata } from 'next';
import Link from 'next/link';
import { getSlaMatrix } from '@/lib/data/admin/sla-policies';
import { POLICY_SET_INFO } from '@/lib/validation/admin/sla';
import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { PolicySetForm } from '@/components/admin/sla/policy-set-form';
import { SlaMatrix } from '@/components/admin/sla/sla-matrix';
import { firstValues, getAdminPageActor } from '../_lib/admin-page';

export const metadata: Metadata = { title: 'Políticas de SLA' };

const PATH = '/panel/admin/sla';

export default async function SlaPoliciesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getAdminPageActor(PATH);
  const { conjunto } = firstValues(await searchParams);
  const matrix = await getSlaMatrix(actor, conjunto);
  const name = (set: string) => POLICY_SET_INFO[set]?.nombre ?? set;
  return (
    <div className="space-y-8">
      <AdminPageHeader title="Políticas de SLA">
        <p>
          El plazo de cada ticket sale de la política de su tipo y su prioridad en el conjunto activo. El conjunto PQRS trae los
          términos de la Ley 1755 de 2015 (art. 14): 15 días hábiles para peticiones, quejas y reclamos, 10 para solicitudes de
          documentos e información y 30 para consultas; sugerencias e incidentes conservan las horas del conjunto General.
        </p>
      </AdminPageHeader>
      <PolicySetForm key={matrix.activePolicySet} active={matrix.activePolicySet} policySets={matrix.policySets} />
      <section aria-labelledby="matrix-title" className="space-y-4">
        <h2 id="matrix-title" className="text-xl font-semibold">
          Plazos del conjunto {name(matrix.policySet)}
          {matrix.policySet === matrix.activePolicySet ? ' (activo)' : ' (inactivo)'}
        </h2>
        <nav aria-label="Conjuntos de políticas" className="flex flex-wrap gap-4">
          {matrix.policySets.map((set) => (
            <Link
              key={set}
              href={`${PATH}?conjunto=${encodeURIComponent(set)}`}
              aria-current={set === matrix.policySet ? 'page' : undefined}
              className="rounded px-2 py-1 text-blue-800 underline underline-offset-4 aria-[current=page]:font-semibold aria-[current=page]:no-underline"
            >
              Ver {name(set)}
            </Link>
          ))}
        </nav>
        <SlaMatrix matrix={matrix} />
      </section>
    </div>
  );
}
