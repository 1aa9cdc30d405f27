'use client';

import { setActivePolicySetAction } from '@/lib/actions/admin/sla';
import { POLICY_SET_INFO, activePolicySetSchema } from '@/lib/validation/admin/sla';
import { FormStatus } from '@/components/admin/form-status';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { Button } from '@/components/ui/button';

/** Which policy set new tickets use: GENERAL (hours) or PQRS (the legal days of Ley 1755). */
export function PolicySetForm({ active, policySets }: { active: string; policySets: string[] }) {
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: activePolicySetSchema,
    defaultValues: { activePolicySet: active },
    action: setActivePolicySetAction,
  });
  const error = errorOf('activePolicySet');
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-gray-300 bg-white p-6">
      <FormStatus status={status} />
      <fieldset aria-describedby={error ? 'policy-set-error' : undefined} className="min-w-0 space-y-3">
        <legend className="text-xl font-semibold">Conjunto de políticas activo</legend>
        {error && <p id="policy-set-error" className="text-sm font-medium text-red-700">{error}</p>}
        {policySets.map((set) => (
          <div key={set} className="flex items-start gap-3">
            <input
              id={`policy-set-${set}`}
              type="radio"
              value={set}
              {...form.register('activePolicySet')}
              aria-describedby={`policy-set-${set}-hint`}
              className="mt-1 size-5 accent-blue-700"
            />
            <div>
              <label htmlFor={`policy-set-${set}`} className="font-medium text-gray-900">{POLICY_SET_INFO[set]?.nombre ?? set}</label>
              <p id={`policy-set-${set}-hint`} className="text-sm text-gray-700">{POLICY_SET_INFO[set]?.descripcion ?? 'Conjunto de políticas personalizado.'}</p>
            </div>
          </div>
        ))}
      </fieldset>
      <p className="text-sm text-gray-700">Se aplica a los tickets que se creen desde ahora; los tickets existentes conservan su plazo.</p>
      <Button type="submit" disabled={submitting}>{submitting ? 'Guardando…' : 'Activar conjunto'}</Button>
    </form>
  );
}
