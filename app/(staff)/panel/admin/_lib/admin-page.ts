import 'server-only';
import { redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/data/actor';
import { isAdmin } from '@/lib/data/admin/guard';
import type { Actor } from '@/lib/domain/actor';

/**
 * The ADMIN behind an administration page, or null for any other staff role (the page then shows
 * its 403). Without a session, off to /login and back. Each page calls it: layouts do not run
 * again on client navigation.
 */
export async function getAdminPageActor(path: string): Promise<Actor | null> {
  const actor = await getSessionActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  return isAdmin(actor) ? actor : null;
}

type SearchParams = Record<string, string | string[] | undefined>;

/** A page's search params with one value per key (the first), for a zod schema. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

