'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition, type FormEvent } from 'react';
import { applyOperationAction } from '@/lib/actions/ticket-operations';
import { MAX_ETIQUETAS, etiquetaRefusal, normalizeEtiqueta } from '@/lib/domain/etiquetas';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { Input } from '@/components/ui/form-controls';

interface TicketTagsProps {
  ticketId: string;
  etiquetas: string[];
  /** Existing tags within the user's areas, offered while typing. */
  sugerencias: string[];
  /** Whether the user may etiquetar this ticket now (role and open state). */
  editable: boolean;
}

/** The ticket's tags as chips; adding and removing go through the etiquetar operation (docs/workflow.md). */
export function TicketTags({ ticketId, etiquetas, sugerencias, editable }: TicketTagsProps) {
  const id = useId();
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [pending, startTransition] = useTransition();

  // No expectedVersion: adding or removing a tag by name commutes with any other change, so a stale page loses nothing.
  function send(body: { agregar?: string[]; quitar?: string[] }, done: string) {
    setError(null);
    startTransition(async () => {
      try {
        const result = await applyOperationAction(ticketId, 'etiquetar', body);
        if (!result.ok) {
          setError(Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.message);
          return;
        }
        setStatus(done);
        router.refresh();
      } catch {
        setError('No pudimos comunicarnos con el servidor. Revise su conexión e intente de nuevo.');
      }
    });
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const etiqueta = normalizeEtiqueta(value);
    const refusal = etiquetaRefusal(etiqueta);
    if (refusal) {
      setError(refusal);
      inputRef.current?.focus();
      return;
    }
    if (etiquetas.includes(etiqueta)) {
      setError(`El ticket ya tiene la etiqueta "${etiqueta}".`);
      return;
    }
    setValue('');
    send({ agregar: [etiqueta] }, `Etiqueta "${etiqueta}" agregada.`);
  }

  const errorId = `${id}-error`;
  const available = sugerencias.filter((s) => !etiquetas.includes(s));
  return (
    <section aria-labelledby={`${id}-title`} aria-busy={pending || undefined} className="space-y-3 rounded-lg border border-gray-300 bg-white p-5 shadow-sm">
      <h2 id={`${id}-title`} className="text-xl font-semibold text-gray-900">Etiquetas</h2>
      {etiquetas.length === 0 ? (
        <p className="text-gray-800">Sin etiquetas.</p>
      ) : (
        <ul aria-label="Etiquetas del ticket" className="flex flex-wrap gap-2">
          {etiquetas.map((e) => (
            <li key={e} className="inline-flex items-center gap-1 rounded-full border border-gray-500 bg-gray-100 py-1 pr-1 pl-3 text-sm font-semibold text-gray-900">
              <span>{e}</span>
              {editable && (
                <button
                  type="button"
                  aria-label={`Quitar etiqueta ${e}`}
                  disabled={pending}
                  onClick={() => send({ quitar: [e] }, `Etiqueta "${e}" quitada.`)}
                  className="inline-flex size-7 items-center justify-center rounded-full text-gray-800 hover:bg-gray-300 disabled:opacity-60"
                >
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="text-sm text-green-900">
        {status}
      </p>
      {editable && etiquetas.length < MAX_ETIQUETAS && (
        <form onSubmit={add} noValidate className="space-y-2">
          <label htmlFor={`${id}-input`} className="block font-medium text-gray-900">
            Agregar etiqueta
          </label>
          <div className="flex gap-2">
            <Input
              ref={inputRef}
              id={`${id}-input`}
              list={`${id}-sugerencias`}
              value={value}
              onChange={(event) => setValue(event.target.value)}
              maxLength={40}
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${errorId} ${id}-hint` : `${id}-hint`}
            />
            <button type="submit" disabled={pending} className={buttonClasses('secondary')}>
              {pending ? 'Guardando…' : 'Agregar'}
            </button>
          </div>
          <datalist id={`${id}-sugerencias`}>
            {available.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <p id={`${id}-hint`} className="text-sm text-gray-700">
            Minúsculas, números, «-» y «_»; hasta 40 caracteres.
          </p>
        </form>
      )}
      {editable && etiquetas.length >= MAX_ETIQUETAS && (
        <p className="text-sm text-gray-800">El ticket tiene el máximo de {MAX_ETIQUETAS} etiquetas: quite una para agregar otra.</p>
      )}
      {error && (
        <div id={errorId}>
          <Alert tone="error" role="alert" title="No se cambiaron las etiquetas">
            <p>{error}</p>
          </Alert>
        </div>
      )}
    </section>
  );
}
