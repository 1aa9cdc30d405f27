import { describe, expect, it } from 'vitest';
import { ROLES } from './actor';
import { OPEN_ESTADOS } from './estados';
import { QUEUE_PRESETS, presetQuery, queuePresetsFor } from './queue';
import { roleMayPerform } from './transitions';

const names = (role: Parameters<typeof queuePresetsFor>[0]) => queuePresetsFor(role).map((p) => p.nombre);

describe('the board presets per role', () => {
  it('keeps the triage presets of MESA and ADMIN, with "Asignados a mí" as the one name for their own tickets', () => {
    const triage = ['Nuevos sin asignar', 'Vencidos y en riesgo', 'Asignados a mí', 'En espera', 'Respuesta del solicitante'];
    expect(names('MESA')).toEqual(triage);
    expect(names('ADMIN')).toEqual(triage);
  });

  it('gives AREA staff the open tickets of their areas, theirs, the ones at risk and the paused ones', () => {
    expect(names('AREA')).toEqual(['Abiertos de mis áreas', 'Asignados a mí', 'En riesgo', 'En espera', 'Respuesta del solicitante']);
    expect(presetQuery(queuePresetsFor('AREA')[0]!).estado).toEqual([...OPEN_ESTADOS]);
    expect(presetQuery(queuePresetsFor('AREA')[2]!).slaEstado).toEqual(['EN_RIESGO']);
  });

  it('offers the unassigned queue only to roles that may assign', () => {
    for (const role of ROLES) {
      const unassigned = queuePresetsFor(role).some((p) => p.query.asignadoA === 'ninguno');
      expect(unassigned, role).toBe(roleMayPerform(role, 'asignar'));
    }
  });

  it('names each preset once and gives each role distinct views', () => {
    expect(new Set(QUEUE_PRESETS.map((p) => p.nombre)).size).toBe(QUEUE_PRESETS.length);
    for (const role of ROLES) expect(new Set(queuePresetsFor(role).map((p) => p.id)).size).toBe(queuePresetsFor(role).length);
  });
});
