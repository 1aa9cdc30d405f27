import { describe, expect, it } from 'vitest';
import { ESTADOS, ESTADO_INFO } from './estados';

describe('ESTADO_INFO words', () => {
  it('gives staff the words of events, not of the API', () => {
    expect(ESTADO_INFO.PAUSADO.nombre).toBe('En espera');
    expect(ESTADO_INFO.ARCHIVADO.nombre).toBe('Resuelto');
    for (const e of ESTADOS) expect(ESTADO_INFO[e].nombre).not.toMatch(/^[A-Z_]+$/);
  });

  it('gives the requester their own words, one for the three states of a ticket being worked on', () => {
    expect(Object.fromEntries(ESTADOS.map((e) => [e, ESTADO_INFO[e].publico.nombre]))).toEqual({
      NUEVO: 'Recibida',
      ASIGNADO: 'En atención',
      TRANSFERIDO: 'En atención',
      RECLASIFICADO: 'En atención',
      PAUSADO: 'En espera de su respuesta',
      CANCELADO: 'Cancelada',
      ARCHIVADO: 'Resuelta',
    });
    expect(ESTADO_INFO.TRANSFERIDO.publico.color).toBe(ESTADO_INFO.ASIGNADO.publico.color);
    for (const e of ESTADOS) expect(ESTADO_INFO[e].publico.color).toMatch(/^#[0-9a-f]{6}$/);
  });
});
