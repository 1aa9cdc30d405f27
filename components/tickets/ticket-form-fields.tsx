'use client';

import type { ReactNode, RefObject } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Catalogs } from '@/lib/data/catalogs';
import { charCount } from '@/lib/domain/text-length';
import { TICKET_LIMITS } from '@/lib/domain/ticket-limits';
import type { TicketFormValues } from '@/lib/validation/ticket';
import { Field } from '@/components/ui/field';
import { Checkbox, Input, Select, Textarea } from '@/components/ui/form-controls';
import { AttachmentPicker } from '@/components/tickets/conversation/attachment-picker';

export type TicketFormCatalogs = Pick<Catalogs, 'tipos' | 'prioridades' | 'categorias'>;

const DESCRIPCION_MAX = TICKET_LIMITS.descripcion.max;

// The public form speaks to the requester; the panel's form, to the agent typing for them.
const TEXTS = {
  public: { requester: 'Sus datos', request: 'Su solicitud', email: 'Lo necesitará para consultar su ticket.' },
  staff: {
    requester: 'Datos del solicitante',
    request: 'Solicitud',
    email: 'Con este correo y el número del ticket, el solicitante lo consulta. Si no tiene correo, indique un teléfono o un documento: no recibirá avisos ni podrá consultarlo.',
  },
} as const;

interface TicketFormFieldsProps {
  id: (name: string) => string;
  catalogs: TicketFormCatalogs;
  audience: keyof typeof TEXTS;
  /** Extra fields at the end of the request's fieldset (the panel's area). */
  requestExtra?: ReactNode;
  /** False when the ADMIN hides the priority from the public form. */
  askPrioridad?: boolean;
}

/** Shared by the public form and the panel's "Nuevo ticket"; reads the form from react-hook-form's context. */
export function TicketFormFields({ id, catalogs, audience, requestExtra, askPrioridad = true }: TicketFormFieldsProps) {
  const { register, control, formState } = useFormContext<TicketFormValues>();
  const { errors } = formState;
  const [categoria, descripcion] = useWatch({ control, name: ['categoria', 'descripcion'] });
  const subcategorias = catalogs.categorias.find((c) => sameText(c.nombre, String(categoria ?? '')))?.subcategorias ?? [];
  const descripcionLength = charCount(String(descripcion ?? '').trim());
  const err = (name: keyof typeof errors) => errors[name]?.message;
  const texts = TEXTS[audience];

  return (
    <>
      <fieldset className="min-w-0 space-y-5">
        <legend className="mb-4 text-xl font-semibold text-gray-900">{texts.requester}</legend>
        <div className="grid gap-5 md:grid-cols-2">
          <Field id={id('nombre')} label="Nombre completo" required error={err('nombre')}>
            {(a) => <Input {...a} {...register('nombre')} autoComplete={audience === 'public' ? 'name' : 'off'} />}
          </Field>
          {/* Staff may open a ticket for a caller without email when a phone or a document is given. */}
          <Field id={id('email')} label="Correo electrónico" required={audience === 'public'} error={err('email')} hint={texts.email}>
            {(a) => <Input {...a} {...register('email')} type="email" autoComplete={audience === 'public' ? 'email' : 'off'} spellCheck={false} />}
          </Field>
          <Field id={id('documento')} label="Documento de identidad" hint="Cédula, NIT o pasaporte (opcional)." error={err('documento')}>
            {(a) => <Input {...a} {...register('documento')} autoComplete="off" />}
          </Field>
          <Field id={id('telefono')} label="Teléfono" hint="Opcional." error={err('telefono')}>
            {(a) => <Input {...a} {...register('telefono')} type="tel" autoComplete={audience === 'public' ? 'tel' : 'off'} />}
          </Field>
          <Field id={id('empresa')} label="Empresa o dependencia" hint="Opcional." error={err('empresaDepartamento')}>
            {(a) => <Input {...a} {...register('empresaDepartamento')} autoComplete={audience === 'public' ? 'organization' : 'off'} />}
          </Field>
          <Checkbox id={id('whatsapp')} label="Este teléfono tiene WhatsApp" className="md:mt-8" {...register('tieneWhatsapp')} />
        </div>
      </fieldset>

      <fieldset className="min-w-0 space-y-5">
        <legend className="mb-4 text-xl font-semibold text-gray-900">{texts.request}</legend>
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
          {askPrioridad && (
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
          )}
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
        {requestExtra}
      </fieldset>
    </>
  );
}

interface TicketAttachmentsProps {
  id: string;
  files: readonly File[];
  errors: readonly string[];
  inputRef: RefObject<HTMLInputElement | null>;
  onFilesChange: (files: File[], errors: string[]) => void;
  disabled: boolean;
}

/** The files that go with the description; the picker's hint states the accepted types and limits. */
export function TicketAttachments({ id, ...picker }: TicketAttachmentsProps) {
  return (
    <fieldset className="min-w-0 space-y-3">
      <legend className="mb-2 text-xl font-semibold text-gray-900">Adjuntos (opcional)</legend>
      <AttachmentPicker id={id} {...picker} />
    </fieldset>
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
