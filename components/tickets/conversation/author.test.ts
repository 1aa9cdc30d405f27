import { describe, expect, it } from 'vitest';
import { authorOf } from './author';

describe('authorOf', () => {
  it('names the requester and staff with what they are', () => {
    expect(authorOf({ autor: 'SOLICITANTE', autorNombre: 'Ana Pérez' }, 'staff')).toEqual({ nombre: 'Ana Pérez', tipo: 'Solicitante' });
    expect(authorOf({ autor: 'SOLICITANTE', autorNombre: 'Ana Pérez' }, 'requester')).toEqual({ nombre: 'Ana Pérez', tipo: 'Solicitante' });
    expect(authorOf({ autor: 'AGENTE', autorNombre: 'Luis Gómez' }, 'staff')).toEqual({ nombre: 'Luis Gómez', tipo: 'Mesa de ayuda' });
  });

  it('shows the service desk, never a staff member’s name, to the requester', () => {
    expect(authorOf({ autor: 'AGENTE', autorNombre: 'Luis Gómez' }, 'requester')).toEqual({ nombre: 'Mesa de ayuda', tipo: null });
  });

  it('names the system and nameless authors by what they are', () => {
    expect(authorOf({ autor: 'SISTEMA', autorNombre: 'cron' }, 'staff')).toEqual({ nombre: 'Sistema', tipo: null });
    expect(authorOf({ autor: 'SOLICITANTE', autorNombre: '  ' }, 'staff')).toEqual({ nombre: 'Solicitante', tipo: null });
    expect(authorOf({ autor: 'AGENTE', autorNombre: 'Mesa de ayuda' }, 'staff')).toEqual({ nombre: 'Mesa de ayuda', tipo: null });
  });
});
