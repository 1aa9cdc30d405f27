'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { bulkOperationAction, type BulkOperationResult } from '@/lib/actions/bulk-operations';
import { ROLE_INFO, type Rol } from '@/lib/domain/actor';
import { TRANSITIONS } from '@/lib/domain/transitions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/form-controls';
import type { FieldErrors } from '@/lib/errors';
import { ticketsText } from './format';

export type BulkSuccess = Extract<BulkOperationResult, { ok: true }>;

export interface BulkUser {
  id: string;
  nombre: string;
  rol: Rol;
  areas: string[];
}

interface BulkActionsProps {
  selectedIds: string[];
  areas: string[];
  users: BulkUser[];
  onDone: (result: BulkSuccess) => void;
  onClear: () => void;
}

type Op = 'asignar' | 'transferir';

/** Asignar or transferir the selected tickets at once, in the board's dock; each ticket gets its own result. */
export function BulkActions({ selectedIds, areas, users, onDone, onClear }: BulkActionsProps) {
  const [op, setOp] = useState<Op>('asignar');
  const [failure, setFailure] = useState<{ message: string; fieldErrors: FieldErrors } | null>(null);
  const [pending, startTransition] = useTransition();
  const count = selectedIds.length;
  const errors = failure?.fieldErrors ?? {};

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    const body = op === 'asignar' ? { area: value('area'), asignadoA: value('asignadoA') } : { area: value('area'), motivo: value('motivo') };
    startTransition(async () => {
      const result = await bulkOperationAction(selectedIds, op, body);
      if (result.ok) {
        setFailure(null);
        onDone(result);
      } else {
        setFailure(result);
      }
    });
  };

  return (
    <section aria-labelledby="bulk-title" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="bulk-title" className="text-base font-semibold text-gray-900">
          Acciones en bloque: {ticketsText(count)} {count === 1 ? 'seleccionado' : 'seleccionados'}
        </h2>
        <button type="button" onClick={onClear} className="rounded px-2 py-1 text-sm font-medium text-blue-800 underline underline-offset-2">
          Quitar la selección
        </button>
      </div>
      {failure && !pending && <Alert tone="error" role="alert">{failure.message}</Alert>}
      <form onSubmit={submit} noValidate aria-labelledby="bulk-title" className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <fieldset className="flex items-center gap-x-4 self-center">
          <legend className="sr-only">Operación</legend>
          {(['asignar', 'transferir'] as const).map((o) => (
            <div key={o} className="flex items-center gap-2">
              <input id={`bulk-op-${o}`} type="radio" name="op" value={o} checked={op === o} onChange={() => { setOp(o); setFailure(null); }} className="size-5 accent-blue-700" />
              <label htmlFor={`bulk-op-${o}`} className="font-medium">{TRANSITIONS[o].nombre}</label>
            </div>
          ))}
        </fieldset>
        {op === 'asignar' ? (
          <div key="asignar" className="flex min-w-0 flex-1 flex-wrap gap-x-4 gap-y-2 [&>*]:min-w-48 [&>*]:flex-1">
            <Field id="bulk-area" label="Área" error={errors.area?.[0]}>
              {(c) => (
                <Select {...c} name="area" defaultValue="">
                  <option value="">Conservar el área actual</option>
                  {areas.map((a) => <option key={a} value={a}>{a}</option>)}
                </Select>
              )}
            </Field>
            <Field id="bulk-asignado" label="Persona" error={errors.asignadoA?.[0]}>
              {(c) => (
                <Select {...c} name="asignadoA" defaultValue="">
                  <option value="">Sin persona asignada</option>
                  {users.map((u) => (
                    <option key={u.id} value={u.id}>{`${u.nombre} (${ROLE_INFO[u.rol].nombre}${u.areas.length ? `: ${u.areas.join(', ')}` : ''})`}</option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
        ) : (
          <div key="transferir" className="flex min-w-0 flex-1 flex-wrap gap-x-4 gap-y-2 [&>*]:min-w-48 [&>*]:flex-1">
            <Field id="bulk-area" label="Área de destino" required error={errors.area?.[0]}>
              {(c) => (
                <Select {...c} name="area" defaultValue="">
                  <option value="">Seleccione un área</option>
                  {areas.map((a) => <option key={a} value={a}>{a}</option>)}
                </Select>
              )}
            </Field>
            <Field id="bulk-motivo" label="Motivo (historial interno)" error={errors.motivo?.[0]}>
              {(c) => <Input {...c} name="motivo" maxLength={4000} autoComplete="off" />}
            </Field>
          </div>
        )}
        <Button type="submit" disabled={pending}>
          {pending ? 'Aplicando…' : `${TRANSITIONS[op].nombre} ${ticketsText(count)}`}
        </Button>
      </form>
    </section>
  );
}
