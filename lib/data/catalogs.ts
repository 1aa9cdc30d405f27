import 'server-only';
import { db } from '@/lib/db';
import { TIPOS, TIPO_INFO } from '@/lib/domain/tipos';

/** `GET /api/catalogos` (docs/api.md): public names only. */
export async function getCatalogs() {
  const [priorities, categories, areas] = await Promise.all([
    db().priority.findMany({ where: { active: true }, orderBy: { sortOrder: 'asc' }, select: { code: true, label: true } }),
    db().category.findMany({
      where: { active: true },
      orderBy: { name: 'asc' },
      select: { name: true, subcategories: { where: { active: true }, orderBy: { name: 'asc' }, select: { name: true } } },
    }),
    db().area.findMany({ where: { active: true }, orderBy: { name: 'asc' }, select: { name: true } }),
  ]);
  return {
    tipos: TIPOS.map((codigo) => ({ codigo, ...TIPO_INFO[codigo] })),
    prioridades: priorities.map((p) => ({ codigo: p.code, nombre: p.label })),
    categorias: categories.map((c) => ({ nombre: c.name, subcategorias: c.subcategories.map((s) => s.name) })),
    areas: areas.map((a) => a.name),
  };
}

export type Catalogs = Awaited<ReturnType<typeof getCatalogs>>;
