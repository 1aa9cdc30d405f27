'use client';

import { useId } from 'react';
import { updateSlaPolicyAction } from '@/lib/actions/admin/sla';
import { SLA_CLOCKS, SLA_CLOCK_LABELS, type SlaClock } from '@/lib/domain/sla';
import type { TipoTicket } from '@/lib/domain/tipos';
import { DURATION_LIMITS, slaPolicyUpdateSchema } from '@/lib/validation/admin/sla';
import { FormStatus } from '@/components/admin/form-status';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/form-controls';

export interface SlaCell {
  policySet: string;
  tipo: TipoTicket;
  prioridad: string;
  duracion: number;
  reloj: SlaClock;
}

export function SlaCellForm({ cell }: { cell: SlaCell }) {
  const uid = useId();
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: slaPolicyUpdateSchema,
    defaultValues: { ...cell, duracion: String(cell.duracion) },
    action: updateSlaPolicyAction,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormStatus status={status} />
      <div className="grid gap-5 md:grid-cols-2">
        <Field
          id={`${uid}-duracion`}
          label="Duración"
          required
          error={errorOf('duracion')}
          hint={`Número entero: horas (hasta ${DURATION_LIMITS.HORAS_HABILES.toLocaleString('es-CO')}) o días hábiles (hasta ${DURATION_LIMITS.DIAS_HABILES}).`}
        >
          {(a) => <Input {...a} {...form.register('duracion')} type="number" inputMode="numeric" min={1} />}
        </Field>
        <Field
          id={`${uid}-reloj`}
          label="Reloj"
          required
          error={errorOf('reloj')}
          hint="Horas hábiles y días hábiles cuentan solo el horario laboral, sin festivos; horas calendario cuentan las 24 horas."
        >
          {(a) => (
            <Select {...a} {...form.register('reloj')}>
              {SLA_CLOCKS.map((c) => <option key={c} value={c}>{SLA_CLOCK_LABELS[c]}</option>)}
            </Select>
          )}
        </Field>
      </div>
      <p className="text-sm text-gray-700">El cambio se aplica a los tickets que se creen desde ahora; los plazos ya calculados no cambian.</p>
      <Button type="submit" disabled={submitting}>{submitting ? 'Guardando…' : 'Guardar política'}</Button>
    </form>
  );
}
