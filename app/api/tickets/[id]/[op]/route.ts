import { NextResponse } from 'next/server';
import { getConfig } from '@/lib/config';
import { requireActor } from '@/lib/data/actor';
import { applyOperation } from '@/lib/data/apply-operation';
import { withStoredUploads, type CheckedUpload } from '@/lib/data/uploads';
import { withErrors } from '@/lib/http/handler';
import { readJsonObject } from '@/lib/http/json-body';
import { isMultipart, readBodyWithFiles } from '@/lib/http/request-with-files';
import { parseOperationRequest } from '@/lib/validation/operation-request';
import { otherMethods } from '@/lib/http/route-methods';

/** The checks answer 401, 403, 400, 404, 409 in that order (docs/workflow.md). */
export const POST = withErrors(async (request: Request, { params }: { params: Promise<{ id: string; op: string }> }) => {
  const actor = await requireActor(request);
  const { id, op } = await params;
  let uploads: CheckedUpload[] = [];
  // The role is checked before the body is even read.
  const operation = await parseOperationRequest(actor.role, op, async () => {
    // Only a note carries files; any other operation's multipart body is refused as not JSON (415).
    if (op !== 'actualizar' || !isMultipart(request)) return readOptionalJson(request);
    const body = await readBodyWithFiles(request);
    uploads = body.uploads;
    return body.datos;
  });
  return NextResponse.json(await withStoredUploads(uploads, (adjuntos) => applyOperation(actor, id, operation.op, operation.body, adjuntos)));
});

/** Operations whose fields are all optional (reabrir) may come without a body. */
async function readOptionalJson(request: Request): Promise<unknown> {
  if (request.headers.get('content-length') === '0' || (!request.body && !request.headers.get('content-type'))) return {};
  return readJsonObject(request, getConfig().MAX_BODY_BYTES);
}

export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods('POST');
