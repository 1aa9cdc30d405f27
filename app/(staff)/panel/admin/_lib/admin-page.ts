import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/data/actor';
import { mayAdminister } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/actor';

/** Other roles get the 403 page, no session goes to /login; every page calls it, as layouts do not re-run on client navigation. */
export async function getAdminPageActor(path: string): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  if (!mayAdminister(actor)) forbidden();
  return actor;
}

type SearchParams = Record<string, string | string[] | undefined>;

export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

