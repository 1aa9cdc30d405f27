import 'server-only';
import { TIPOS, TIPO_INFO } from '@/lib/domain/tipos';
import { configSnapshot } from '@/lib/data/config-cache';

/** `GET /api/catalogos` (docs/api.md): public names only. */
export async function getCatalogs() {
  const config = await configSnapshot();
  return {
    tipos: TIPOS.map((codigo) => ({ codigo, ...TIPO_INFO[codigo] })),
    prioridades: config.priorities.map((p) => ({ codigo: p.code, nombre: p.label })),
    categorias: config.categories.map((c) => ({ nombre: c.name, subcategorias: c.subcategories })),
    areas: config.areas.map((a) => a.name),
  };
}

export type Catalogs = Awaited<ReturnType<typeof getCatalogs>>;
