import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/data/actor';
import { mayAdminister } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/actor';

/**
 * The ADMIN behind an administration page; any other staff role gets the 403 page
 * (app/forbidden.tsx, status 403). Without a session, off to /login and back. Each page calls it:
 * layouts do not run again on client navigation.
 */
export async function getAdminPageActor(path: string): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  if (!mayAdminister(actor)) forbidden();
  return actor;
}

type SearchParams = Record<string, string | string[] | undefined>;

/** A page's search params with one value per key (the first), for a zod schema. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

