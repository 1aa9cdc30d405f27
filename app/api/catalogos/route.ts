import { NextResponse } from 'next/server';
import { getCatalogs } from '@/lib/data/catalogs';
import { withErrors } from '@/lib/http/handler';

export const GET = withErrors(async () => NextResponse.json(await getCatalogs()));
