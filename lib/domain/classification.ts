/**
 * Why a subcategoría does not fit its categoría, or null when it does. `options` are the active
 * subcategorías of the categoría in the catalog, or null when the categoría is not in the catalog
 * (categorías are free text: then any subcategoría goes). A categoría with subcategorías needs one
 * of them; one without takes none.
 */
export function subcategoriaRefusal(categoria: string, subcategoria: string | null, options: readonly string[] | null): string | null {
  if (options === null) return null;
  if (options.length === 0) return subcategoria === null ? null : `La categoría ${categoria} no tiene subcategorías.`;
  if (subcategoria === null) return `Elija una subcategoría de la categoría ${categoria}.`;
  return options.includes(subcategoria) ? null : `La subcategoría "${subcategoria}" no pertenece a la categoría ${categoria}.`;
}
