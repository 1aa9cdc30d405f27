import 'server-only';
import { NextResponse } from 'next/server';
import { errorReply, type ErrorBody } from '@/lib/errors';

export function errorResponse(err: unknown): NextResponse<ErrorBody> {
  const { status, body, headers } = errorReply(err);
  return NextResponse.json(body, { status, headers });
}
