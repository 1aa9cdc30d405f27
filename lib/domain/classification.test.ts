import { describe, expect, it } from 'vitest';
import { subcategoriaRefusal } from './classification';

describe('subcategoriaRefusal', () => {
  const sistemas = ['Inicio de sesión', 'Impresoras'];

  it('accepts a subcategoría of the categoría', () => {
    expect(subcategoriaRefusal('Sistemas', 'Impresoras', sistemas)).toBeNull();
  });

  it('refuses another categoría’s subcategoría, naming both', () => {
    expect(subcategoriaRefusal('Sistemas', 'Nómina', sistemas)).toBe('La subcategoría "Nómina" no pertenece a la categoría Sistemas.');
  });

  it('asks for one when the categoría has subcategorías', () => {
    expect(subcategoriaRefusal('Sistemas', null, sistemas)).toBe('Elija una subcategoría de la categoría Sistemas.');
  });

  it('takes none for a categoría without subcategorías', () => {
    expect(subcategoriaRefusal('Otros', null, [])).toBeNull();
    expect(subcategoriaRefusal('Otros', 'Impresoras', [])).toBe('La categoría Otros no tiene subcategorías.');
  });

  it('lets any subcategoría go with a categoría outside the catalog', () => {
    expect(subcategoriaRefusal('Trámite especial', 'Lo que sea', null)).toBeNull();
  });
});
