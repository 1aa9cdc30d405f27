import { describe, expect, it } from 'vitest';
import { operationBodySchemas } from './operations';

const messages = (op: keyof typeof operationBodySchemas, body: unknown) => {
  const result = operationBodySchemas[op].safeParse(body);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('operation bodies', () => {
  it('agree the adjective with the noun: el área es obligatoria, el motivo es obligatorio', () => {
    expect(messages('transferir', {})).toEqual({ area: 'El área es obligatoria.' });
    expect(messages('pausar', { motivo: '  ' })).toEqual({ motivo: 'El motivo es obligatorio.' });
    expect(messages('archivar', {})).toEqual({ resolucion: 'La resolución es obligatoria.' });
  });

  it('asks asignar for a user, an area or both, and reclasificar for something to change', () => {
    expect(messages('asignar', {})).toEqual({ asignadoA: 'Indique el usuario asignado, el área o ambos.' });
    expect(messages('reclasificar', { motivo: 'x' })).toEqual({ tipo: 'Indique al menos uno de: tipo, categoría, subcategoría o prioridad.' });
  });

  it('keeps a note internal unless it says publica, and refuses a bad expectedVersion', () => {
    expect(operationBodySchemas.actualizar.parse({ nota: 'Hola' })).toEqual({ nota: 'Hola', publica: false });
    expect(messages('actualizar', { nota: 'Hola', expectedVersion: 0 })).toEqual({ expectedVersion: 'La versión esperada debe ser mayor que cero.' });
  });

  it('normalises etiquetar’s tags, names the list that holds a bad one, and asks for at least one', () => {
    expect(operationBodySchemas.etiquetar.parse({ agregar: [' VIP ', 'vip', 'Facturación'], quitar: [] })).toEqual({ agregar: ['vip', 'facturación'], quitar: [] });
    expect(Object.keys(messages('etiquetar', { agregar: ['dos palabras'] }))).toEqual(['agregar']);
    expect(Object.keys(messages('etiquetar', { quitar: ['a'.repeat(41)] }))).toEqual(['quitar']);
    expect(Object.keys(messages('etiquetar', { quitar: 'vip' }))).toEqual(['quitar']);
    expect(messages('etiquetar', { agregar: [], quitar: [] })).toEqual({ agregar: 'Indique al menos una etiqueta para agregar o quitar.' });
  });
});
