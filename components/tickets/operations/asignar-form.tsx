'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ROLE_INFO } from '@/lib/domain/actor';
import type { AssignableUser } from '@/lib/data/staff-users';
import { operationBodySchemas } from '@/lib/validation/operations';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/form-controls';
import { assigneesForArea } from '@/components/tickets/operations/assignees';
import { OperationFormShell } from '@/components/tickets/operations/operation-form-shell';
import { OperationTextField } from '@/components/tickets/operations/operation-text-field';
import type { OperationFormProps } from '@/components/tickets/operations/types';
import { useOperationSubmit } from '@/components/tickets/operations/use-operation-submit';

// "Sin persona" is an empty option; the schema wants the key absent, not an empty id.
const emptyToUndefined = (v: unknown) => (v === '' || v == null ? undefined : v);

export function AsignarForm({ labelledBy, data }: OperationFormProps) {
  const id = useId();
  const { ticket, catalogs, users } = data;
  const form = useForm({
    resolver: zodResolver(operationBodySchemas.asignar),
    defaultValues: { area: ticket.areaAsignada, asignadoA: ticket.asignadoA?.id, nota: '' },
  });
  const { onSubmit, pending, failure, reload } = useOperationSubmit('asignar', form);
  const { errors } = form.formState;
  const area = String(useWatch({ control: form.control, name: 'area' }) ?? '');
  const eligible = assigneesForArea(users, area);
  const areaOptions = catalogs.areas.includes(ticket.areaAsignada) ? catalogs.areas : [ticket.areaAsignada, ...catalogs.areas];

  const areaField = form.register('area', {
    onChange: () => {
      // A person outside the newly chosen area would be refused by the server: clear the choice.
      const chosen = form.getValues('asignadoA');
      const next = assigneesForArea(users, String(form.getValues('area')));
      if (chosen && ![...next.area, ...next.desk].some((u) => u.id === chosen)) form.setValue('asignadoA', undefined);
    },
  });

  return (
    <OperationFormShell labelledBy={labelledBy} onSubmit={onSubmit} pending={pending} failure={failure} onReload={reload} op="asignar">
      <Field id={`${id}-area`} label="Área" required error={errors.area?.message}>
        {(a) => (
          <Select {...a} {...areaField}>
            {areaOptions.map((name) => (
              <option key={name} value={name}>{name === ticket.areaAsignada ? `${name} (actual)` : name}</option>
            ))}
          </Select>
        )}
      </Field>
      <Field id={`${id}-asignado`} label="Persona asignada" hint="Opcional. Personal del área elegida, de la mesa de ayuda o de la administración." error={errors.asignadoA?.message}>
        {(a) => (
          <Select {...a} {...form.register('asignadoA', { setValueAs: emptyToUndefined })}>
            <option value="">Sin persona asignada</option>
            <UserGroup label={`Área ${area}`} users={eligible.area} />
            <UserGroup label="Mesa de ayuda y administración" users={eligible.desk} />
          </Select>
        )}
      </Field>
      <OperationTextField id={`${id}-nota`} op="asignar" label="Nota" error={errors.nota?.message} registration={form.register('nota')} />
    </OperationFormShell>
  );
}

function UserGroup({ label, users }: { label: string; users: AssignableUser[] }) {
  if (users.length === 0) return null;
  return (
    <optgroup label={label}>
      {users.map((u) => (
        <option key={u.id} value={u.id}>{`${u.nombre} (${ROLE_INFO[u.rol].nombre})`}</option>
      ))}
    </optgroup>
  );
}
