import 'server-only';
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
 * named in the text instead of refusing the whole mail, which nobody could send again fixed. The
 * count and total limits take the accepted files in the mail's order.
 */
export async function checkMailAttachments(attachments: InboundMessage['attachments']): Promise<MailUploads> {
  const motivos = new Map<number, string>();
  const accepted: { index: number; nombre: string; tamano: number; upload: CheckedUpload }[] = [];
  for (const [index, attachment] of attachments.entries()) {
    const checked = await checkOne(attachment);
    if (typeof checked === 'string') motivos.set(index, checked);
    else accepted.push({ index, nombre: checked.nombre, tamano: checked.bytes.byteLength, upload: checked });
  }
  const { kept, omitted } = selectMailAttachments(accepted);
  for (const { file, motivo } of omitted) motivos.set(file.index, motivo);
  const notes = attachments.flatMap((a, index) => (motivos.has(index) ? [omittedAttachmentNote(a.filename, motivos.get(index)!)] : []));
  return { uploads: kept.map((k) => k.upload), notes };
}

/** The file checked by its bytes, or why it is refused. */
async function checkOne(attachment: InboundMessage['attachments'][number]): Promise<CheckedUpload | string> {
  try {
    const [upload] = await checkUploads([new File([attachment.content], attachment.filename)]);
    return upload!;
  } catch (err) {
    if (err instanceof UnsupportedMediaTypeError) return 'tipo no admitido';
    if (err instanceof ValidationError) return 'archivo vacío';
    if (err instanceof AppError) return err.message;
    throw err;
  }
}
