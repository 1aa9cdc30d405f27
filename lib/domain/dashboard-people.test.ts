import { describe, expect, it } from 'vitest';
import { sortByTipo, sortWorkload } from './dashboard-people';

describe('sortWorkload', () => {
  it('puts the busiest first, breaks ties by resolved then by name, and the unassigned row last', () => {
    const rows = [
      { nombre: null, abiertos: 9, resueltos: 0 },
      { nombre: 'Zoe', abiertos: 1, resueltos: 2 },
      { nombre: 'Álvaro', abiertos: 1, resueltos: 2 },
      { nombre: 'Beto', abiertos: 1, resueltos: 5 },
      { nombre: 'Ana', abiertos: 3, resueltos: 0 },
    ];
    expect(sortWorkload(rows).map((r) => r.nombre)).toEqual(['Ana', 'Beto', 'Álvaro', 'Zoe', null]);
  });
});

describe('sortByTipo', () => {
  it('follows the catalog of tipos', () => {
    expect(sortByTipo([{ tipo: 'CONSULTA' as const }, { tipo: 'PETICION' as const }, { tipo: 'QUEJA' as const }]).map((r) => r.tipo)).toEqual(['PETICION', 'QUEJA', 'CONSULTA']);
  });
});
