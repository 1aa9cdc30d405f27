import 'server-only';
import { TIPO_CATALOG } from '@/lib/domain/tipos';
import { configSnapshot } from '@/lib/data/config-cache';

/** `GET /api/catalogos` (docs/api.md): public names only, and what the public form asks. */
export async function getCatalogs() {
  const config = await configSnapshot();
  return {
    tipos: TIPO_CATALOG,
    prioridades: config.priorities.map((p) => ({ codigo: p.code, nombre: p.label })),
    categorias: config.categories.map((c) => ({ nombre: c.name, subcategorias: c.subcategories })),
    areas: config.areas.map((a) => a.name),
    formulario: { pidePrioridad: config.settings.publicFormPrioridad },
  };
}

export type Catalogs = Awaited<ReturnType<typeof getCatalogs>>;
