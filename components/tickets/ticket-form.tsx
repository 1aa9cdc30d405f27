'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { createTicketAction, type CreateTicketResult } from '@/lib/actions/create-ticket';
import type { Catalogs } from '@/lib/data/catalogs';
import type { CreatedTicket } from '@/lib/data/create-ticket';
import { charCount } from '@/lib/validation/text';
import { TICKET_LIMITS, ticketInputSchema, type TicketFormValues } from '@/lib/validation/ticket';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, RequiredMark } from '@/components/ui/field';
import { Checkbox, Input, Select, Textarea } from '@/components/ui/form-controls';
import { TicketCreated } from '@/components/tickets/ticket-created';

type FormCatalogs = Pick<Catalogs, 'tipos' | 'prioridades' | 'categorias'>;

const EMPTY: TicketFormValues = {
  nombre: '', email: '', tipo: '' as TicketFormValues['tipo'], categoria: '', subcategoria: '', descripcion: '',
  prioridad: '', documento: '', telefono: '', tieneWhatsapp: false, empresaDepartamento: '', asunto: '',
};
const FIELDS = new Set(Object.keys(EMPTY));
const DESCRIPCION_MAX = TICKET_LIMITS.descripcion.max;

/** The public submission form (SPEC §6), validated with the API's own schema. */
export function TicketForm({ catalogs }: { catalogs: FormCatalogs }) {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  // One key per attempt, kept until the server answers: a double click or a retry after a lost
  // answer never opens two tickets. Any answer (even a refusal) means nothing is pending under it.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [created, setCreated] = useState<CreatedTicket | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(ticketInputSchema), defaultValues: EMPTY });
  const { register, handleSubmit, setError, setFocus, reset, control, formState } = form;
  const { errors, isSubmitting } = formState;
  const [categoria, descripcion] = useWatch({ control, name: ['categoria', 'descripcion'] });
  const subcategorias = catalogs.categorias.find((c) => sameText(c.nombre, String(categoria ?? '')))?.subcategorias ?? [];
  const descripcionLength = charCount(String(descripcion ?? '').trim());

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    let result: CreateTicketResult;
    try {
      result = await createTicketAction(values, idempotencyKey);
    } catch {
      setFormError('No pudimos comunicarnos con el servidor. Revise su conexión e intente de nuevo.');
      return;
    }
    setIdempotencyKey(newIdempotencyKey());
    if (result.ok) {
      setCreated(result.ticket);
      reset(EMPTY);
      return;
    }
    const unplaced: string[] = [];
    let first: FieldPath<TicketFormValues> | null = null;
    for (const [name, messages] of Object.entries(result.fieldErrors)) {
      if (!FIELDS.has(name)) {
        unplaced.push(...messages);
        continue;
      }
      const field = name as FieldPath<TicketFormValues>;
      setError(field, { type: 'server', message: messages[0] });
      first ??= field;
    }
    setFormError([first ? 'Revise los datos marcados en el formulario.' : result.message, ...unplaced].join(' '));
    if (first) setFocus(first);
  });

  if (created) {
    return (
      <TicketCreated
        ticket={created}
        onNew={() => {
          setCreated(null);
          requestAnimationFrame(() => setFocus('nombre'));
        }}
      />
    );
  }

  const err = (name: keyof typeof errors) => errors[name]?.message;
  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={id('note')} className="space-y-8">
      <p id={id('note')} className="text-gray-700">
        Los campos marcados con
        <RequiredMark />
        <span className="sr-only">asterisco</span> son obligatorios.
      </p>
      {formError && (
        <Alert tone="error" role="alert" title="No pudimos radicar su solicitud">
          {formError}
        </Alert>
      )}

      <fieldset className="space-y-5">
        <legend className="mb-4 text-xl font-semibold text-gray-900">Sus datos</legend>
        <div className="grid gap-5 md:grid-cols-2">
          <Field id={id('nombre')} label="Nombre completo" required error={err('nombre')}>
            {(a) => <Input {...a} {...register('nombre')} autoComplete="name" />}
          </Field>
          <Field id={id('email')} label="Correo electrónico" required error={err('email')} hint="Lo necesitará para consultar su ticket.">
            {(a) => <Input {...a} {...register('email')} type="email" autoComplete="email" spellCheck={false} />}
          </Field>
          <Field id={id('documento')} label="Documento de identidad" hint="Cédula, NIT o pasaporte (opcional)." error={err('documento')}>
            {(a) => <Input {...a} {...register('documento')} autoComplete="off" />}
          </Field>
          <Field id={id('telefono')} label="Teléfono" hint="Opcional." error={err('telefono')}>
            {(a) => <Input {...a} {...register('telefono')} type="tel" autoComplete="tel" />}
          </Field>
          <Field id={id('empresa')} label="Empresa o dependencia" hint="Opcional." error={err('empresaDepartamento')}>
            {(a) => <Input {...a} {...register('empresaDepartamento')} autoComplete="organization" />}
          </Field>
          <Checkbox id={id('whatsapp')} label="Este teléfono tiene WhatsApp" className="md:mt-8" {...register('tieneWhatsapp')} />
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="mb-4 text-xl font-semibold text-gray-900">Su solicitud</legend>
        <div className="grid gap-5 md:grid-cols-2">
          {/* The schema's message lists the API codes; a person choosing from the list needs this one. */}
          <Field id={id('tipo')} label="Tipo de solicitud" required error={errors.tipo && 'Seleccione el tipo de solicitud.'}>
            {(a) => (
              <Select {...a} {...register('tipo')}>
                <option value="">Seleccione un tipo</option>
                {catalogs.tipos.map((t) => (
                  <option key={t.codigo} value={t.codigo}>{`${t.nombre}: ${t.descripcion}`}</option>
                ))}
              </Select>
            )}
          </Field>
          <Field id={id('prioridad')} label="Prioridad" required error={err('prioridad')}>
            {(a) => (
              <Select {...a} {...register('prioridad')}>
                <option value="">Seleccione una prioridad</option>
                {catalogs.prioridades.map((p) => (
                  <option key={p.codigo} value={p.codigo}>{p.nombre}</option>
                ))}
              </Select>
            )}
          </Field>
          <Field id={id('categoria')} label="Categoría" required hint="Elija una de la lista o escriba la suya." error={err('categoria')}>
            {(a) => <Input {...a} {...register('categoria')} list={id('categorias')} autoComplete="off" />}
          </Field>
          <Field id={id('subcategoria')} label="Subcategoría" hint="Opcional." error={err('subcategoria')}>
            {(a) => <Input {...a} {...register('subcategoria')} list={id('subcategorias')} autoComplete="off" />}
          </Field>
        </div>
        <datalist id={id('categorias')}>
          {catalogs.categorias.map((c) => <option key={c.nombre} value={c.nombre} />)}
        </datalist>
        <datalist id={id('subcategorias')}>
          {subcategorias.map((s) => <option key={s} value={s} />)}
        </datalist>
        <Field id={id('asunto')} label="Asunto" hint="Un resumen en una línea (opcional)." error={err('asunto')}>
          {(a) => <Input {...a} {...register('asunto')} autoComplete="off" />}
        </Field>
        <Field
          id={id('descripcion')}
          label="Descripción"
          required
          error={err('descripcion')}
          hint={<DescriptionCounter length={descripcionLength} />}
        >
          {(a) => <Textarea {...a} {...register('descripcion')} rows={7} />}
        </Field>
      </fieldset>

      <Button type="submit" disabled={isSubmitting} className="w-full sm:w-auto">
        {isSubmitting ? 'Enviando…' : 'Radicar solicitud'}
      </Button>
    </form>
  );
}

function DescriptionCounter({ length }: { length: number }) {
  const over = length > DESCRIPCION_MAX;
  const left = DESCRIPCION_MAX - length;
  // Announced only when crossing a threshold, not on every keystroke.
  const notice = over ? `Superó el límite de ${DESCRIPCION_MAX} caracteres.` : left <= 200 ? `Quedan menos de 200 caracteres.` : '';
  return (
    <>
      <span className={over ? 'font-semibold text-red-700' : undefined}>
        Mínimo {TICKET_LIMITS.descripcion.min} caracteres. {length.toLocaleString('es-CO')} de {DESCRIPCION_MAX.toLocaleString('es-CO')} caracteres.
      </span>
      <span className="sr-only" aria-live="polite">{notice}</span>
    </>
  );
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('es') === b.trim().toLocaleLowerCase('es');
}

/** crypto.randomUUID exists only in secure contexts; plain-HTTP intranets fall back to getRandomValues. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
