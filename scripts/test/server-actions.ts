import { readFileSync } from 'node:fs';
import path from 'node:path';
import { baseUrl } from '@/scripts/test/http-client';

export interface ManifestAction {
  id: string;
  filename: string;
  exportedName: string;
  /** A page that serves the action (its worker). */
  page: string;
}

/**
 * The administration's server actions as the running build knows them: every export of
 * lib/actions/admin/*, with the id a browser posts in the `Next-Action` header.
 */
export function adminActions(): ManifestAction[] {
  const file = path.join(process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }> };
  return Object.entries(manifest.node)
    .filter(([, a]) => a.filename?.startsWith('lib/actions/admin/'))
    .map(([id, a]) => ({ id, filename: a.filename!, exportedName: a.exportedName!, page: pagePath(Object.keys(a.workers)[0]!) }));
}

// "app/(staff)/panel/admin/areas/page" → "/panel/admin/areas"
function pagePath(worker: string): string {
  return worker.replace(/^app/, '').replace(/\/\([^)]+\)/g, '').replace(/\/page$/, '') || '/';
}

/** Calls a server action the way React's client does: one JSON-encoded argument, the answer in RSC. */
export async function callAction(
  action: ManifestAction,
  input: unknown,
  cookie: string | null,
  base: string = baseUrl(),
): Promise<{ status: number; text: string; location: string | null }> {
  const response = await fetch(`${base}${action.page}`, {
    method: 'POST',
    headers: {
      accept: 'text/x-component',
      'next-action': action.id,
      'content-type': 'text/plain;charset=UTF-8',
      origin: base,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify([input]),
    redirect: 'manual',
  });
  return { status: response.status, text: await response.text(), location: response.headers.get('location') };
}
