import { MESSAGE_TEXT_MAX } from '@/lib/domain/conversation';

/** `message` on success replaces the box's own "Mensaje enviado.": one announcement, in the caller's words. */
export type SendResult = { ok: true; message?: string } | { ok: false; message: string; fieldErrors: Record<string, string[]> };

/** The error of a message's text, or null when it may be sent. */
export function replyTextError(texto: string): string | null {
  if (texto.trim() === '') return 'Escriba el mensaje.';
  if (texto.length > MESSAGE_TEXT_MAX) return `El mensaje tiene ${texto.length.toLocaleString('es-CO')} caracteres; el máximo es ${MESSAGE_TEXT_MAX.toLocaleString('es-CO')}.`;
  return null;
}

interface ReplyParts {
  /** `nota` for staff, `texto` for the requester. */
  textField: string;
  texto: string;
  /** Staff only; the requester's messages are always public. */
  publica?: boolean;
  respondeA: string | null;
  adjuntos: readonly File[];
}

/** The multipart form of a message: its JSON in `datos` and one `adjuntos` part per file. */
export function replyFormData({ textField, texto, publica, respondeA, adjuntos }: ReplyParts): FormData {
  const datos: Record<string, unknown> = { [textField]: texto };
  if (publica !== undefined) datos.publica = publica;
  if (respondeA) datos.respondeA = respondeA;
  const form = new FormData();
  form.set('datos', JSON.stringify(datos));
  for (const file of adjuntos) form.append('adjuntos', file, file.name);
  return form;
}

export type ErrorPlace = 'texto' | 'adjuntos' | 'form';

/** Where a server field error goes: under the text, under the files, or in the form's alert. */
export function errorPlace(field: string, textField: string): ErrorPlace {
  if (field === textField) return 'texto';
  if (field === 'adjuntos' || field.startsWith('adjuntos.') || field.startsWith('adjuntos[')) return 'adjuntos';
  return 'form';
}
