import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE_QUERY } from '@/lib/domain/queue';
import { listQueue } from './ticket-queue';
import { actorOf, newArea, newTicket } from './queue-test-fixtures';

let area: string;

beforeAll(async () => {
  area = await newArea('Resumen');
});

const rowOf = async (label: string) => {
  const page = await listQueue(actorOf('AREA', [area]), { ...DEFAULT_QUEUE_QUERY, q: label, tamano: 25 });
  return page.rows.find((r) => r.ticketLabel === label)!;
};

describe('the queue row’s subject (resumen)', () => {
  it('is the asunto when the requester gave one', async () => {
    const t = await newTicket(area, { asunto: 'Impresora sin tóner', descripcion: 'La impresora del piso 3 no imprime nada.' });
    const row = await rowOf(t.label);
    expect(row.asunto).toBe('Impresora sin tóner');
    expect(row.resumen).toBe('Impresora sin tóner');
  });

  it('falls back to the first line of the description, in the same statement, and the asunto stays null', async () => {
    const t = await newTicket(area, { descripcion: 'No carga el portal de nómina\nDesde el lunes aparece un error 500 al entrar.' });
    const row = await rowOf(t.label);
    expect(row.asunto).toBeNull();
    expect(row.resumen).toBe('No carga el portal de nómina');
  });

  it('reads only the start of a long description, and cuts a long first line', async () => {
    const t = await newTicket(area, { descripcion: `${'Texto muy largo '.repeat(40)}\nsegunda línea` });
    const row = await rowOf(t.label);
    expect(row.resumen.length).toBeLessThanOrEqual(200);
    expect(row.resumen.startsWith('Texto muy largo Texto')).toBe(true);
    expect(row.resumen.endsWith('…')).toBe(true);
  });
});
