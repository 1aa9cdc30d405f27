import { describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE_QUERY, QUEUE_PRESETS, presetQuery } from '@/lib/domain/queue';
import { queueQuerySchema, queueQueryToSearchParams, searchParamsToObject } from './queue';

const parse = (qs: string) => queueQuerySchema.safeParse(searchParamsToObject(new URLSearchParams(qs)));

describe('the queue URL state', () => {
  it('reads lists comma-separated or repeated, in any case, without duplicates', () => {
    const result = parse('estado=nuevo,ASIGNADO&estado=NUEVO&tipo=queja&slaEstado=vencido');
    expect(result).toMatchObject({ success: true, data: { estado: ['NUEVO', 'ASIGNADO'], tipo: ['QUEJA'], slaEstado: ['VENCIDO'] } });
  });

  it('gives the defaults for an empty URL', () => {
    expect(parse('')).toEqual({ success: true, data: { ...DEFAULT_QUEUE_QUERY } });
  });

  it('names the parameter of a bad value, in Spanish', () => {
    const result = parse('estado=NUEVO,ABIERTO&orden=nombre&tamano=7&asignadoA=alguien&desde=2026-02-30');
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['estado', 'orden', 'tamano', 'asignadoA', 'desde']));
    expect(result.error!.issues.find((i) => i.path[0] === 'estado')!.message).toMatch(/^El estado debe ser uno de: NUEVO/);
  });

  it('refuses dates no ticket can carry, naming the parameter', () => {
    for (const [qs, field] of [['hasta=9999-12-31', 'hasta'], ['desde=0001-01-01', 'desde'], ['desde=1969-12-31', 'desde'], ['hasta=3000-01-01', 'hasta']] as const) {
      const result = parse(qs);
      expect(result.success, qs).toBe(false);
      expect(result.error!.issues.map((i) => [i.path.join('.'), i.message]), qs).toEqual([[field, expect.stringMatching(/debe estar entre 1970-01-01 y 2999-12-31\.$/)]]);
    }
    expect(parse('desde=1970-01-01&hasta=2999-12-31').success).toBe(true);
  });

  it('refuses a start date after the end date', () => {
    const result = parse('desde=2026-11-20&hasta=2026-11-01');
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['desde']);
  });

  it('writes only what differs from the default, and reads back what it wrote', () => {
    for (const preset of QUEUE_PRESETS) {
      const query = presetQuery(preset);
      const params = queueQueryToSearchParams(query);
      expect(params.has('tamano')).toBe(false);
      expect(parse(params.toString())).toEqual({ success: true, data: query });
    }
    expect(queueQueryToSearchParams(DEFAULT_QUEUE_QUERY).toString()).toBe('');
  });

  it('reads tags comma-separated or repeated, normalised, and the requester-reply mark', () => {
    expect(parse('etiqueta=VIP,facturación&etiqueta=vip&respuesta=Solicitante')).toMatchObject({
      success: true,
      data: { etiqueta: ['vip', 'facturación'], respuesta: 'solicitante' },
    });
    expect(parse('respuesta=')).toMatchObject({ success: true, data: { respuesta: null } });
    const bad = parse('etiqueta=dos palabras&respuesta=agente');
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toEqual(['etiqueta', 'respuesta']);
    expect(queueQueryToSearchParams({ etiqueta: ['vip', 'red'], respuesta: 'solicitante' }).toString()).toBe('etiqueta=vip%2Cred&respuesta=solicitante');
  });
});
