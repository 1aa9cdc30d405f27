import { NextResponse } from 'next/server';
import { getCatalogs } from '@/lib/data/catalogs';
import { withErrors } from '@/lib/http/handler';
import { otherMethods } from '@/lib/http/route-methods';

export const GET = withErrors(async () => NextResponse.json(await getCatalogs()));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
