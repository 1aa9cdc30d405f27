/** Who wrote a message: the requester, a staff member (or an integration), or the system. */
export const AUTORES = ['SOLICITANTE', 'AGENTE', 'SISTEMA'] as const;
export type AutorMensaje = (typeof AUTORES)[number];

export const MESSAGE_TEXT_MAX = 4000;

/** The limits of attachments (docs/conversation.md). */
export const ATTACHMENT_LIMITS = Object.freeze({
  perMessage: 5,
  fileBytes: 10 * 1024 * 1024,
  requestBytes: 25 * 1024 * 1024,
});

/** An attachment as clients see it; `url` is a signed link for the requester, the plain download path for staff. */
export interface AttachmentView {
  id: string;
  nombre: string;
  tipo: string;
  tamano: number;
  url: string;
}

/** One message of the timeline. */
export interface MessageView {
  id: string;
  autor: AutorMensaje;
  autorNombre: string;
  texto: string;
  publico: boolean;
  /** The top message of its thread, or null for a top message. */
  respondeA: string | null;
  fecha: string;
  adjuntos: AttachmentView[];
}

/** A file already checked and stored, to be recorded with its message in the message's transaction. */
export interface NewAttachment {
  id: string;
  nombre: string;
  tipo: string;
  tamano: number;
  storageKey: string;
}

/**
 * The message a reply hangs under: threads are one level deep, so a reply to a reply attaches to
 * the top message of its thread.
 */
export function threadRoot(target: { id: string; respondeA: string | null }): string {
  return target.respondeA ?? target.id;
}
