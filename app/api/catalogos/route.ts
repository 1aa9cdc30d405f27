import { NextResponse } from 'next/server';
import { getCatalogs } from '@/lib/data/catalogs';
import { withErrors } from '@/lib/http/handler';

/** GET /api/catalogos — tipos, priorities, categories with subcategories and areas. */
export const GET = withErrors(async () => NextResponse.json(await getCatalogs()));
