import { beforeAll, describe, expect, it, vi } from 'vitest';
import { postJson, ticketBody } from '@/scripts/test/requests';
import { testDb } from '@/scripts/test/db';
import { POST as crear } from '../crear/route';
import { POST as consultar } from './route';

interface View {
  ticketLabel: string;
  estado: string;
  estadoNombre: string;
  slaEstado: string;
  descripcion: string;
  mensajes: { autor: string; autorNombre: string; texto: string; publico: boolean }[];
  historial: { operacion: string; texto: string | null; autor: string }[];
  error?: { code: string; message: string; fields?: Record<string, string[]> };
}

let label = '';
let email = '';

beforeAll(async () => {
  const body = ticketBody({ email: `Req.${Date.now()}@Example.com`, documento: '1020304050', telefono: '3001234567', nombre: 'Laura Gómez' });
  const created = await postJson<{ ticketLabel: string; ticketUuid: string }>(crear, body);
  label = created.body.ticketLabel;
  email = body.email as string;
  // An internal note and a public reply written by a staff user, as the workflow will.
  const agent = await testDb().user.findUniqueOrThrow({ where: { email: 'mesa@mesa.test' } });
  const common = { ticketId: created.body.ticketUuid, autor: 'AGENTE' as const, actorId: agent.id, autorNombre: agent.name };
  await testDb().ticketMessage.createMany({
    data: [
      { ...common, texto: 'NOTA INTERNA secreta', publico: false, fecha: new Date(Date.now() + 1000) },
      { ...common, texto: 'Estamos revisando su caso.', publico: true, fecha: new Date(Date.now() + 2000) },
    ],
  });
});

describe('POST /api/tickets/consultar', () => {
  it('finds the ticket with the label in any case and spacing and the email in any case', async () => {
    const { status, body } = await postJson<View>(consultar, { ticketLabel: `  ${label.toLowerCase()} `, email: email.toUpperCase() });
    expect(status).toBe(200);
    expect(body).toMatchObject({ ticketLabel: label, estado: 'NUEVO', estadoNombre: 'Recibida', tipo: 'INCIDENTE', prioridad: 'MEDIA', areaAsignada: 'MESA', slaHoras: 24, slaDuracion: 24, slaReloj: 'HORAS_HABILES', slaEstado: 'EN_TIEMPO' });
  });

  it('shows the SLA status by the clock: in time, at risk in the last quarter, overdue past the deadline', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // Monday 2 March 2026, 08:00 in Bogotá: the start of a working day.
      vi.setSystemTime(new Date('2026-03-02T13:00:00Z'));
      const body = ticketBody();
      const created = await postJson<{ ticketLabel: string; fechaLimiteSla: string }>(crear, body);
      const deadline = Date.parse(created.body.fechaLimiteSla);
      const statusAt = async (time: number) => {
        vi.setSystemTime(time);
        return (await postJson<View>(consultar, { ticketLabel: created.body.ticketLabel, email: body.email })).body.slaEstado;
      };
      expect(await statusAt(Date.parse('2026-03-02T14:00:00Z'))).toBe('EN_TIEMPO');
      expect(await statusAt(deadline - 60_000)).toBe('EN_RIESGO');
      expect(await statusAt(deadline + 60_000)).toBe('VENCIDO');
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the public timeline without internal notes, staff names, document, phone or email', async () => {
    const { body } = await postJson<View>(consultar, { ticketLabel: label, email });
    expect(body.historial.map((h) => h.operacion)).toEqual(['crear']);
    expect(body.mensajes.map((m) => [m.autor, m.autorNombre, m.texto])).toEqual([
      ['SOLICITANTE', 'Laura Gómez', body.descripcion],
      ['AGENTE', 'Mesa de ayuda', 'Estamos revisando su caso.'],
    ]);
    const text = JSON.stringify(body);
    for (const secret of ['NOTA INTERNA', '1020304050', '3001234567', email, email.toLowerCase(), 'documento', 'telefono', 'Agente de mesa', 'mesa@mesa.test']) {
      expect(text).not.toContain(secret);
    }
  });

  it('gives the same 404 for a wrong email and for an unknown label', async () => {
    const wrongEmail = await postJson<View>(consultar, { ticketLabel: label, email: 'otra.persona@example.com' });
    const unknownLabel = await postJson<View>(consultar, { ticketLabel: 'TK-2001-99999', email });
    expect(wrongEmail.status).toBe(404);
    expect(unknownLabel.status).toBe(404);
    expect(wrongEmail.body).toEqual(unknownLabel.body);
    expect(wrongEmail.body.error?.code).toBe('NOT_FOUND');
  });

  it('names the missing fields', async () => {
    const { status, body } = await postJson<View>(consultar, { ticketLabel: ' ' });
    expect(status).toBe(400);
    expect(Object.keys(body.error?.fields ?? {}).sort()).toEqual(['email', 'ticketLabel']);
  });
});
