import 'server-only';
import { sanitizeFileName } from '@/lib/domain/attachments';
import { omittedAttachmentNote, selectMailAttachments, type InboundMessage } from '@/lib/domain/inbound-mail';
import { AppError, UnsupportedMediaTypeError, ValidationError } from '@/lib/errors';
import { checkUploads, type CheckedUpload } from '@/lib/data/uploads';

export interface MailUploads {
  uploads: CheckedUpload[];
  /** One line per file left out, in the mail's order, for the message text. */
  notes: string[];
}

/**
 * A mail's files under the rules of docs/conversation.md, one by one: a refused file is left out and
 * named in the text instead of refusing the whole mail, which nobody could send again fixed.
 */
export async function checkMailAttachments(attachments: InboundMessage['attachments']): Promise<MailUploads> {
  const files = attachments.map((a, index) => ({ index, nombre: sanitizeFileName(a.filename), tamano: a.content.byteLength, a }));
  const { omitted } = selectMailAttachments(files);
  const motivos = new Map(omitted.map((o) => [o.file.index, o.motivo]));
  const uploads: CheckedUpload[] = [];
  const notes: string[] = [];
  for (const file of files) {
    const motivo = motivos.get(file.index) ?? (await refusal(file.a, uploads));
    if (motivo) notes.push(omittedAttachmentNote(file.nombre, motivo));
  }
  return { uploads, notes };
}

/** Checks one file by its bytes: null and the file added to `uploads`, or why it is refused. */
async function refusal(attachment: InboundMessage['attachments'][number], uploads: CheckedUpload[]): Promise<string | null> {
  try {
    uploads.push(...(await checkUploads([new File([attachment.content], attachment.filename)])));
    return null;
  } catch (err) {
    if (err instanceof UnsupportedMediaTypeError) return 'tipo no admitido';
    if (err instanceof ValidationError) return 'archivo vacío';
    if (err instanceof AppError) return err.message;
    throw err;
  }
}
