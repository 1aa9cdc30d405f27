import { NextResponse } from 'next/server';
import { openApiDocument } from '@/lib/openapi/document';
import { otherMethods } from '@/lib/http/route-methods';

// Built once per process: it depends only on the code.
let document: ReturnType<typeof openApiDocument> | undefined;

export function GET() {
  document ??= openApiDocument();
  return NextResponse.json(document, { headers: { 'Cache-Control': 'public, max-age=300' } });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
