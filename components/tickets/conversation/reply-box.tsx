'use client';

import { useEffect, useId, useRef, useState, useTransition, type FormEvent } from 'react';
import { MESSAGE_TEXT_MAX } from '@/lib/domain/conversation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/form-controls';
import type { Audience } from './audience';
import { AttachmentPicker } from './attachment-picker';
import { errorPlace, replyFormData, replyTextError, type SendResult } from './reply-data';

export type { SendResult } from './reply-data';

export interface ReplyTarget {
  id: string;
  autorNombre: string;
}

interface ReplyBoxProps {
  /** Staff choose between a public reply and an internal note; the requester's messages are always public. */
  variant: Audience;
  /** The JSON field of the text in `datos`: `nota` for staff, `texto` for the requester (the default by variant). */
  textField?: string;
  onSend: (formData: FormData) => Promise<SendResult>;
  /** After a message was accepted and the box cleared itself. */
  onSent?: () => void;
  /** The message answered in its thread, or null for the whole ticket. */
  replyTo: ReplyTarget | null;
  /** Also called after a message in a thread was sent. */
  onCancelReply: () => void;
  title?: string;
  headingLevel?: 2 | 3;
  /** Take the focus to the confirmation once a message is accepted (the requester's page, where the view changes under it). */
  focusConfirmation?: boolean;
}

const COUNT = (n: number) => n.toLocaleString('es-CO');

/** The box to write a message: always open, with its files, its thread and, for staff, its visibility. */
export function ReplyBox({ variant, textField, onSend, onSent, replyTo, onCancelReply, title, headingLevel = 2, focusConfirmation = false }: ReplyBoxProps) {
  const uid = useId();
  const staff = variant === 'staff';
  const field = textField ?? (staff ? 'nota' : 'texto');
  const [texto, setTexto] = useState('');
  const [interna, setInterna] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [textError, setTextError] = useState<string>();
  const [formError, setFormError] = useState<{ message: string; details: string[] } | null>(null);
  const [sentMessage, setSentMessage] = useState('');
  const [pending, startTransition] = useTransition();
  // The file input is disabled while sending: a refused file gets the focus once the box is enabled again.
  const focusFilesWhenIdle = useRef(false);
  useEffect(() => {
    if (pending || !focusFilesWhenIdle.current) return;
    focusFilesWhenIdle.current = false;
    fileInputRef.current?.focus();
  }, [pending]);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focusConfirmation && sentMessage) confirmationRef.current?.focus();
  }, [focusConfirmation, sentMessage]);

  const replyToId = replyTo?.id ?? null;
  useEffect(() => {
    // "Responder" on a message brings the keyboard here, where the thread is named.
    if (replyToId === null) return;
    textareaRef.current?.focus();
    textareaRef.current?.scrollIntoView({ block: 'center' });
  }, [replyToId]);

  const ids = { title: `${uid}-title`, text: `${uid}-text`, files: `${uid}-files`, thread: `${uid}-thread`, visibility: `${uid}-visibility` };
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (pending) return;
    setSentMessage('');
    setFormError(null);
    const error = replyTextError(texto);
    setTextError(error ?? undefined);
    if (error) {
      textareaRef.current?.focus();
      return;
    }
    const form = replyFormData({ textField: field, texto, publica: staff ? !interna : undefined, respondeA: replyToId, adjuntos: files });
    startTransition(async () => {
      let result: SendResult;
      try {
        result = await onSend(form);
      } catch {
        result = { ok: false, message: 'No se pudo enviar el mensaje. Revise su conexión e intente de nuevo.', fieldErrors: {} };
      }
      if (result.ok) {
        // The visibility stays as chosen: a run of internal notes must not turn public by itself.
        setTexto('');
        setFiles([]);
        setFileErrors([]);
        setSentMessage(result.message ?? (staff && interna ? 'Nota interna guardada.' : 'Mensaje enviado.'));
        if (replyToId !== null) onCancelReply();
        onSent?.();
        return;
      }
      const placed = { texto: [] as string[], adjuntos: [] as string[], form: [] as string[] };
      for (const [name, messages] of Object.entries(result.fieldErrors)) placed[errorPlace(name, field)].push(...messages);
      setTextError(placed.texto[0]);
      setFileErrors(placed.adjuntos);
      setFormError({ message: result.message, details: placed.form });
      if (placed.texto.length > 0) textareaRef.current?.focus();
      else if (placed.adjuntos.length > 0) focusFilesWhenIdle.current = true;
    });
  };

  const cancelThread = () => {
    onCancelReply();
    textareaRef.current?.focus();
  };

  const over = texto.length > MESSAGE_TEXT_MAX;
  const internalLook = staff && interna;
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby={ids.title}
      aria-busy={pending}
      className={`space-y-4 rounded-lg p-5 shadow-sm sm:p-6 ${internalLook ? 'border-2 border-amber-600 bg-amber-50' : 'border border-gray-300 bg-white'}`}
    >
      <Heading id={ids.title} className="text-xl font-semibold text-gray-900">
        {title ?? (staff ? 'Responder' : 'Responder a la mesa de ayuda')}
      </Heading>

      {staff && (
        <fieldset className="min-w-0 space-y-2">
          <legend className="font-medium text-gray-900">Tipo de mensaje</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {[
              { value: false, label: 'Respuesta pública' },
              { value: true, label: 'Nota interna' },
            ].map((option) => (
              <label key={option.label} className="flex min-h-11 items-center gap-2 text-gray-900">
                <input
                  type="radio"
                  name={`${uid}-visibilidad`}
                  checked={interna === option.value}
                  onChange={() => setInterna(option.value)}
                  disabled={pending}
                  className="size-5 accent-blue-700"
                />
                {option.label}
              </label>
            ))}
          </div>
          <p id={ids.visibility} className={internalLook ? 'inline-block rounded border border-amber-700 bg-white px-2 py-1 font-semibold text-amber-900' : 'text-sm text-gray-700'}>
            {internalLook ? 'Nota interna: el solicitante no la verá.' : 'Respuesta pública: el solicitante la verá.'}
          </p>
        </fieldset>
      )}

      {replyTo && (
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-blue-700 bg-blue-50 px-3 py-2">
          <p id={ids.thread} className="text-blue-900">
            Respondiendo a <strong className="font-semibold">{replyTo.autorNombre}</strong>
          </p>
          <Button variant="secondary" onClick={cancelThread} disabled={pending}>
            Cancelar<span className="sr-only"> la respuesta en el hilo de {replyTo.autorNombre}</span>
          </Button>
        </div>
      )}

      <Field
        id={ids.text}
        label="Mensaje"
        required
        error={textError}
        hint={
          <span className={over ? 'font-medium text-red-700' : undefined}>
            {COUNT(texto.length)} de {COUNT(MESSAGE_TEXT_MAX)} caracteres
          </span>
        }
      >
        {(a) => (
          <Textarea
            {...a}
            ref={textareaRef}
            aria-describedby={[a['aria-describedby'], replyTo ? ids.thread : null, staff ? ids.visibility : null].filter(Boolean).join(' ')}
            name={field}
            rows={5}
            value={texto}
            readOnly={pending}
            onChange={(e) => {
              setTexto(e.target.value);
              if (textError) setTextError(undefined);
              if (sentMessage) setSentMessage('');
            }}
          />
        )}
      </Field>

      <AttachmentPicker
        id={ids.files}
        files={files}
        errors={fileErrors}
        disabled={pending}
        inputRef={fileInputRef}
        onFilesChange={(next, errors) => {
          setFiles(next);
          setFileErrors(errors);
        }}
      />

      <div role="alert">
        {formError && (
          <Alert tone="error" title={formError.message}>
            {formError.details.length > 0 && (
              <ul className="list-disc pl-5">
                {formError.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </div>
      <p ref={confirmationRef} role="status" tabIndex={-1} className="font-medium text-green-800">
        {sentMessage}
      </p>

      <Button type="submit" disabled={pending}>
        {pending ? 'Enviando…' : internalLook ? 'Guardar nota interna' : 'Enviar respuesta'}
      </Button>
    </form>
  );
}
