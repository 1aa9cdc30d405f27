'use client';

import { useState, type FormEvent } from 'react';
import { SLA_ESTADOS, type SlaEstado } from '@/lib/domain/sla';
import { SLA_ESTADO_INFO } from '@/lib/domain/sla-estados';
import { TIPOS, TIPO_INFO, type TipoTicket } from '@/lib/domain/tipos';
import { etiquetaRefusal, normalizeEtiqueta } from '@/lib/domain/etiquetas';
import { EMPTY_FILTERS, type QueueQuery } from '@/lib/domain/queue';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/form-controls';
import { CheckboxGroup } from './checkbox-group';
import { useDismissableDetails } from './dismissable-details';
import { QueueLink, useQueueNavigation } from './queue-navigation';
import { boardHref, changeQuery, panelFilterCount } from './queue-url';

export interface FilterOptions {
  prioridades: { codigo: string; nombre: string }[];
  areas: string[];
  users: { id: string; nombre: string }[];
  /** Whether "Yo" makes sense (a signed-in user, not a token). */
  canFilterMine: boolean;
  /** Existing tags within the user's areas, offered while typing. */
  etiquetas: string[];
}

/**
 * A disclosure whose panel floats over the table from 768 px (under the toolbar, which is `relative`),
 * closed until asked for, so the rows
 * stay where they are; applied with a button, so nothing moves while boxes are ticked.
 */
export function QueueFilters({ query, options }: { query: QueueQuery; options: FilterOptions }) {
  const { go } = useQueueNavigation();
  const { ref: popoverRef, close: closePopover } = useDismissableDetails();
  const active = panelFilterCount(query);
  const [dateError, setDateError] = useState<string | undefined>();
  const [tagError, setTagError] = useState<string | undefined>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim() || null;
    const [desde, hasta] = [text('desde'), text('hasta')];
    if (desde && hasta && desde > hasta) {
      setDateError('La fecha inicial no puede ser posterior a la final.');
      event.currentTarget.querySelector<HTMLInputElement>('#filtro-desde')?.focus();
      return;
    }
    setDateError(undefined);
    const etiqueta = [...new Set(String(data.get('etiqueta') ?? '').split(',').map(normalizeEtiqueta).filter(Boolean))];
    const refusal = etiqueta.map(etiquetaRefusal).find((r) => r !== null);
    if (refusal) {
      setTagError(refusal);
      event.currentTarget.querySelector<HTMLInputElement>('#filtro-etiqueta')?.focus();
      return;
    }
    setTagError(undefined);
    // Applied: the panel gets out of the way of the rows it chose.
    closePopover(false);
    go(
      boardHref(
        changeQuery(query, {
          tipo: data.getAll('tipo').map(String) as TipoTicket[],
          prioridad: data.getAll('prioridad').map(String),
          area: data.getAll('area').map(String),
          slaEstado: data.getAll('slaEstado').map(String) as SlaEstado[],
          asignadoA: text('asignadoA'),
          desde,
          hasta,
          etiqueta,
          respuesta: data.get('respuesta') ? 'solicitante' : null,
        }),
      ),
    );
  };

  const cleared = boardHref(changeQuery(query, { ...EMPTY_FILTERS, estado: query.estado, q: query.q }));
  // Remount the form when the URL's filters change, so its fields show them.
  const formKey = JSON.stringify([query.tipo, query.prioridad, query.area, query.slaEstado, query.asignadoA, query.desde, query.hasta, query.etiqueta, query.respuesta]);

  return (
    <details ref={popoverRef} className="group">
      <summary className="flex cursor-pointer items-center gap-1.5 rounded-md border border-gray-500 bg-white px-3 py-1 text-sm font-semibold whitespace-nowrap text-gray-900">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">▸</span>
        Filtros{active > 0 ? ` (${active} ${active === 1 ? 'activo' : 'activos'})` : ''}
      </summary>
      <form
        key={formKey}
        onSubmit={submit}
        aria-label="Filtros del tablero"
        className="mt-1 space-y-6 rounded-md border border-gray-400 bg-white p-4 shadow-lg md:absolute md:inset-x-0 md:top-full md:z-20"
      >
        <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-4 [&>*]:min-w-0">
          <CheckboxGroup name="tipo" legend="Tipo" selected={query.tipo} options={TIPOS.map((t) => ({ value: t, label: TIPO_INFO[t].nombre }))} />
          <CheckboxGroup name="prioridad" legend="Prioridad" selected={query.prioridad} options={options.prioridades.map((p) => ({ value: p.codigo, label: p.nombre }))} />
          <CheckboxGroup name="area" legend="Área" selected={query.area} options={options.areas.map((a) => ({ value: a, label: a }))} />
          <CheckboxGroup name="slaEstado" legend="Estado del SLA" selected={query.slaEstado} options={SLA_ESTADOS.map((s) => ({ value: s, label: SLA_ESTADO_INFO[s].nombre }))} />
        </div>
        <div className="grid gap-6 md:grid-cols-3 [&>*]:min-w-0">
          <div className="space-y-1">
            <label htmlFor="filtro-asignado" className="block font-medium text-gray-900">Asignado a</label>
            <Select id="filtro-asignado" name="asignadoA" defaultValue={query.asignadoA ?? ''}>
              <option value="">Cualquiera</option>
              <option value="ninguno">Sin asignar</option>
              {options.canFilterMine && <option value="yo">Yo</option>}
              {options.users.map((u) => (
                <option key={u.id} value={u.id}>{u.nombre}</option>
              ))}
            </Select>
          </div>
          <Field id="filtro-desde" label="Creado desde" error={dateError}>
            {(control) => <Input {...control} name="desde" type="date" defaultValue={query.desde ?? ''} />}
          </Field>
          <Field id="filtro-hasta" label="Creado hasta">
            {(control) => <Input {...control} name="hasta" type="date" defaultValue={query.hasta ?? ''} />}
          </Field>
        </div>
        <div className="grid gap-6 md:grid-cols-3 [&>*]:min-w-0">
          <Field id="filtro-etiqueta" label="Etiquetas" error={tagError} hint="Separadas por comas: muestra los tickets con cualquiera de ellas.">
            {(control) => <Input {...control} name="etiqueta" list="filtro-etiqueta-sugerencias" autoComplete="off" defaultValue={query.etiqueta.join(', ')} />}
          </Field>
          <datalist id="filtro-etiqueta-sugerencias">
            {options.etiquetas.map((e) => (
              <option key={e} value={e} />
            ))}
          </datalist>
          <div className="flex items-center gap-3 md:pt-8">
            <input id="filtro-respuesta" type="checkbox" name="respuesta" value="solicitante" defaultChecked={query.respuesta !== null} className="size-5 rounded border-gray-500 accent-blue-700" />
            <label htmlFor="filtro-respuesta" className="text-gray-900">Solo con respuesta del solicitante</label>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit">Aplicar filtros</Button>
          {active > 0 && (
            <QueueLink href={cleared} className="rounded px-2 py-1 font-medium text-blue-800 underline underline-offset-4">
              Quitar estos filtros
            </QueueLink>
          )}
        </div>
      </form>
    </details>
  );
}
