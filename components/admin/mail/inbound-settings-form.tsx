'use client';

import { updateInboundSettingsAction } from '@/lib/actions/admin/settings';
import { TIPOS, TIPO_INFO, type TipoTicket } from '@/lib/domain/tipos';
import { inboundSettingsSchema } from '@/lib/validation/admin/mail';
import { FormStatus } from '@/components/admin/form-status';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/form-controls';

interface InboundSettingsFormProps {
  current: { inboundTipo: TipoTicket; inboundPrioridad: string; inboundArea: string };
  prioridades: { codigo: string; nombre: string }[];
  areas: string[];
}

type Option = { value: string; label: string };

// A saved value that has since been deactivated stays visible, so the admin sees why saving refuses it.
function withCurrent(options: Option[], current: string): Option[] {
  return options.some((o) => o.value === current) ? options : [...options, { value: current, label: `${current} (inactiva)` }];
}

/** What a ticket opened by an inbound mail gets (docs/admin.md). */
export function InboundSettingsForm({ current, prioridades, areas }: InboundSettingsFormProps) {
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: inboundSettingsSchema,
    defaultValues: current,
    action: updateInboundSettingsAction,
  });
  const fields = [
    { name: 'inboundTipo', label: 'Tipo', options: TIPOS.map((t) => ({ value: t, label: TIPO_INFO[t].nombre })) },
    { name: 'inboundPrioridad', label: 'Prioridad', options: withCurrent(prioridades.map((p) => ({ value: p.codigo, label: p.nombre })), current.inboundPrioridad) },
    { name: 'inboundArea', label: 'Área', options: withCurrent(areas.map((a) => ({ value: a, label: a })), current.inboundArea) },
  ] as const;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="inbound-title" className="space-y-4 rounded-lg border border-gray-300 bg-white p-6">
      <h2 id="inbound-title" className="text-xl font-semibold">Correo entrante</h2>
      <p className="text-gray-800">
        Un correo que no es la respuesta de un solicitante a su propio ticket abre un ticket nuevo por el canal Correo
        electrónico, con estos valores. El equipo puede reclasificarlo o transferirlo después.
      </p>
      <FormStatus status={status} />
      <div className="grid gap-4 md:grid-cols-3">
        {fields.map((f) => (
          <Field key={f.name} id={f.name} label={f.label} error={errorOf(f.name)}>
            {(control) => (
              <Select {...control} {...form.register(f.name)}>
                {f.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </Select>
            )}
          </Field>
        ))}
      </div>
      <Button type="submit" disabled={submitting}>{submitting ? 'Guardando…' : 'Guardar correo entrante'}</Button>
    </form>
  );
}
