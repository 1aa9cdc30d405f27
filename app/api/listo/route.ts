import { NextResponse } from 'next/server';
import { checkReadiness } from '@/lib/data/readiness';
import { withErrors } from '@/lib/http/handler';
import { otherMethods } from '@/lib/http/route-methods';

// Asked by a load balancer before it sends traffic: never cached, never prerendered.
export const dynamic = 'force-dynamic';

export const GET = withErrors(async () => NextResponse.json(await checkReadiness(), { headers: { 'Cache-Control': 'no-store' } }));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
