import 'server-only';
import { NextResponse } from 'next/server';
import { errorReply, type ErrorBody } from '@/lib/errors';

/** Answers an error with the API's error body, status and headers (the mapping is lib/errors.ts's). */
export function errorResponse(err: unknown): NextResponse<ErrorBody> {
  const { status, body, headers } = errorReply(err);
  return NextResponse.json(body, { status, headers });
}
