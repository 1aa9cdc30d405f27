import { NextResponse } from 'next/server';
import { checkHealth } from '@/lib/data/health';
import { withErrors } from '@/lib/http/handler';
import { otherMethods } from '@/lib/http/route-methods';

// Asked by a load balancer every few seconds: never cached, never prerendered.
export const dynamic = 'force-dynamic';

export const GET = withErrors(async () => NextResponse.json(await checkHealth(), { headers: { 'Cache-Control': 'no-store' } }));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
