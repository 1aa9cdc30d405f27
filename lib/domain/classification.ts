/** Why the subcategoría does not fit, or null; `options` is null for a categoría outside the catalog (free text: anything goes). */
export function subcategoriaRefusal(categoria: string, subcategoria: string | null, options: readonly string[] | null): string | null {
  if (options === null) return null;
  if (options.length === 0) return subcategoria === null ? null : `La categoría ${categoria} no tiene subcategorías.`;
  if (subcategoria === null) return `Elija una subcategoría de la categoría ${categoria}.`;
  return options.includes(subcategoria) ? null : `La subcategoría "${subcategoria}" no pertenece a la categoría ${categoria}.`;
}
