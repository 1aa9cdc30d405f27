import { Readable } from 'node:stream';
import { requireActor } from '@/lib/data/actor';
import { findSignedAttachment, findStaffAttachment } from '@/lib/data/attachment-files';
import { contentDisposition } from '@/lib/domain/attachments';
import { NotFoundError } from '@/lib/errors';
import { withErrors } from '@/lib/http/handler';
import { otherMethods } from '@/lib/http/route-methods';

/** Staff by session or token, the requester by a signed link (docs/api.md); anything else not found. */
export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const signed = query.has('sig') || query.has('exp');
  const file = signed ? await findSignedAttachment(id, query.get('exp'), query.get('sig')) : await findStaffAttachment(await requireActor(request), id);
  if (!file) throw new NotFoundError('El adjunto no existe o el enlace venció.');
  return new Response(Readable.toWeb(file.bytes) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': file.tipo,
      'content-length': String(file.tamano),
      'content-disposition': contentDisposition(file.tipo, file.nombre),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      // Whatever a browser makes of the bytes, they run nothing and load nothing.
      'content-security-policy': "default-src 'none'; sandbox",
    },
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
