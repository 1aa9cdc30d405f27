import 'server-only';
import type { Readable } from 'node:stream';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { isValidAttachmentLink } from '@/lib/data/attachment-links';
import { ticketScope } from '@/lib/data/ticket-scope';
import { getStorage } from '@/lib/storage/storage';
import { isUuid } from '@/lib/domain/uuid';

/** An attachment ready to send: what the headers need and its bytes. */
export interface AttachmentDownload {
  nombre: string;
  tipo: string;
  tamano: number;
  bytes: Readable;
}

const select = { nombre: true, tipo: true, tamano: true, storageKey: true } as const;

/** Staff download within the actor's areas; unknown and out of scope are the same null (a 404). */
export async function findStaffAttachment(actor: Actor, id: string): Promise<AttachmentDownload | null> {
  if (!isUuid(id)) return null;
  return open(await db().attachment.findFirst({ where: { id, ticket: ticketScope(actor) }, select }));
}

/** The requester's download through a signed link; only a public message's files were ever linked. */
export async function findSignedAttachment(id: string, exp: string | null, sig: string | null): Promise<AttachmentDownload | null> {
  if (!isUuid(id) || !isValidAttachmentLink(id, exp, sig)) return null;
  return open(await db().attachment.findFirst({ where: { id, message: { publico: true } }, select }));
}

async function open(row: { nombre: string; tipo: string; tamano: number; storageKey: string } | null): Promise<AttachmentDownload | null> {
  if (!row) return null;
  const bytes = await getStorage().read(row.storageKey);
  if (!bytes) {
    console.error(`El adjunto con clave ${row.storageKey} no está en el almacenamiento.`);
    return null;
  }
  return { nombre: row.nombre, tipo: row.tipo, tamano: row.tamano, bytes };
}
