import type { Catalogs } from '@/lib/data/catalogs';

/** What the public form reads of the catalogs; the page asks for it in its head, the form's fetch reuses that answer. */
export const PUBLIC_CATALOGS_URL = '/api/catalogos';

export type PublicCatalogs = Pick<Catalogs, 'prioridades' | 'categorias' | 'formulario'>;

export async function fetchPublicCatalogs(signal: AbortSignal): Promise<PublicCatalogs> {
  const response = await fetch(PUBLIC_CATALOGS_URL, { signal });
  if (!response.ok) throw new Error(`GET ${PUBLIC_CATALOGS_URL}: ${response.status}`);
  return (await response.json()) as PublicCatalogs;
}
