import { describe, expect, it } from 'vitest';
import { parseTicketLabel } from '@/lib/domain/label';
import { postJson, ticketBody } from '@/scripts/test/requests';
import { testDb } from '@/scripts/test/db';
import { POST } from './route';

interface Created {
  ticketUuid: string;
  ticketLabel: string;
  estado: string;
  slaHoras: number;
  fechaCreacion: string;
  fechaLimiteSla: string;
}
interface ErrorReply {
  error: { code: string; message: string; fields?: Record<string, string[]> };
}

const create = (body: unknown, headers?: Record<string, string>) => postJson<Created & ErrorReply>(POST, body, headers);

describe('POST /api/tickets/crear', () => {
  it('creates a NUEVO ticket with a label, an SLA and its first history entry', async () => {
    const body = ticketBody({ prioridad: 'alta', areaAsignada: 'sistemas', asunto: '  Sin acceso  ' });
    const { status, body: created } = await create(body);

    expect(status).toBe(200);
    expect(Object.keys(created).sort()).toEqual(['estado', 'fechaCreacion', 'fechaLimiteSla', 'slaDuracion', 'slaHoras', 'slaReloj', 'ticketLabel', 'ticketUuid']);
    expect(created.ticketUuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseTicketLabel(created.ticketLabel)).not.toBeNull();
    expect(created.estado).toBe('NUEVO');
    expect(created.slaHoras).toBe(8);
    expect(new Date(created.fechaLimiteSla).getTime()).toBeGreaterThan(new Date(created.fechaCreacion).getTime());

    const row = await testDb().ticket.findUniqueOrThrow({ where: { id: created.ticketUuid }, include: { history: true } });
    expect(row).toMatchObject({ label: created.ticketLabel, prioridad: 'ALTA', areaAsignada: 'Sistemas', asunto: 'Sin acceso', canal: 'API', estado: 'NUEVO', version: 1 });
    expect(row.history).toHaveLength(1);
    expect(row.history[0]).toMatchObject({ operacion: 'crear', estadoAnterior: null, estadoNuevo: 'NUEVO', publica: true });
  });

  it('ignores fields a client may not set', async () => {
    const { status, body: created } = await create(
      ticketBody({ estado: 'ARCHIVADO', ticketLabel: 'TK-1999-00001', label: 'X', slaHoras: 1, fechaLimiteSla: '2000-01-01T00:00:00Z', version: 99, canal: 'EMAIL' }),
    );
    expect(status).toBe(200);
    const row = await testDb().ticket.findUniqueOrThrow({ where: { id: created.ticketUuid } });
    expect(row.estado).toBe('NUEVO');
    expect(row.label).not.toBe('TK-1999-00001');
    expect(row.slaHoras).toBe(24);
    expect(row.fechaLimiteSla.getFullYear()).toBeGreaterThan(2000);
    expect(row.version).toBe(1);
    expect(row.canal).toBe('API');
  });

  it('defaults the area to MESA and tieneWhatsapp to false', async () => {
    const { body: created } = await create(ticketBody());
    const row = await testDb().ticket.findUniqueOrThrow({ where: { id: created.ticketUuid } });
    expect(row.areaAsignada).toBe('MESA');
    expect(row.tieneWhatsapp).toBe(false);
  });

  it('refuses an unknown priority and an unknown area, naming the fields, and writes nothing', async () => {
    const before = await testDb().ticket.count();
    const { status, body } = await create(ticketBody({ prioridad: 'URGENTISIMA', areaAsignada: 'Marketing' }));
    expect(status).toBe(400);
    expect(body.error.code).toBe('VALIDATION_ERROR');
    expect(body.error.fields?.prioridad?.[0]).toMatch(/BAJA, MEDIA, ALTA, CRITICA/);
    expect(body.error.fields?.areaAsignada?.[0]).toMatch(/no existe/);
    expect(await testDb().ticket.count()).toBe(before);
  });

  it('answers every missing required field at once, in Spanish', async () => {
    const { status, body } = await create({});
    expect(status).toBe(400);
    expect(Object.keys(body.error.fields ?? {}).sort()).toEqual(['categoria', 'descripcion', 'email', 'nombre', 'prioridad', 'tipo']);
    expect(body.error.fields?.nombre?.[0]).toBe('El nombre es obligatorio.');
    expect(body.error.message).toMatch(/nombre/);
  });

  it.each([
    ['nombre', 123, 'El nombre debe ser un texto.'],
    ['tipo', 'RECLAMACION', 'El tipo debe ser uno de'],
    ['email', 'no-es-correo', 'El correo electrónico no es válido.'],
    ['tieneWhatsapp', 'si', 'tieneWhatsapp'],
    ['nombre', 'Ana\u0000María', 'caracteres no permitidos'],
    ['asunto', 'Línea\u0007rara', 'caracteres no permitidos'],
    ['nombre', 'Ana\nMaría', 'caracteres no permitidos'],
  ])('refuses %s = %j', async (field, value, message) => {
    const { status, body } = await create(ticketBody({ [field]: value }));
    expect(status).toBe(400);
    expect(body.error.code).toBe('VALIDATION_ERROR');
    expect(body.error.fields?.[field]?.[0]).toContain(message);
  });

  it('keeps line breaks and tabs in the description', async () => {
    const descripcion = 'Primera línea\nSegunda línea\tcon tabulador';
    const { status, body } = await create(ticketBody({ descripcion }));
    expect(status).toBe(200);
    const row = await testDb().ticket.findUniqueOrThrow({ where: { id: body.ticketUuid } });
    expect(row.descripcion).toBe(descripcion);
  });
});

describe('POST /api/tickets/crear — malformed requests', () => {
  it('answers malformed JSON with 400 INVALID_JSON', async () => {
    const { status, body } = await create('{"nombre": "Ana",');
    expect(status).toBe(400);
    expect(body.error.code).toBe('INVALID_JSON');
  });

  it('answers an empty body with 400 INVALID_JSON and a JSON array with 400', async () => {
    expect((await create('')).body.error.code).toBe('INVALID_JSON');
    const array = await create('[1,2]');
    expect(array.status).toBe(400);
    expect(array.body.error.code).toBe('VALIDATION_ERROR');
  });

  it('answers a non-JSON content type with 415', async () => {
    const { status, body } = await create('nombre=Ana', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(status).toBe(415);
    expect(body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a body over 1 MB with 413 and creates nothing', async () => {
    const before = await testDb().ticket.count();
    const { status, body } = await create(JSON.stringify(ticketBody({ descripcion: 'x'.repeat(1_048_577) })));
    expect(status).toBe(413);
    expect(body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await testDb().ticket.count()).toBe(before);
  });

  it('answers an invalid Idempotency-Key with 400 naming the header', async () => {
    const { status, body } = await create(ticketBody(), { 'idempotency-key': 'con espacios' });
    expect(status).toBe(400);
    expect(body.error.fields?.['Idempotency-Key']).toBeDefined();
  });
});
