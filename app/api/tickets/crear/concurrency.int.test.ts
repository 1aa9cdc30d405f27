import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertTicketStatement, type NewTicketRow } from '@/lib/data/insert-ticket-sql';
import { parseTicketLabel } from '@/lib/domain/label';
import { postJson, ticketBody } from '@/scripts/test/requests';
import { describeConcurrently } from '@/scripts/test/concurrency';
import { testDb } from '@/scripts/test/db';
import { POST } from './route';

interface Reply {
  ticketUuid: string;
  ticketLabel: string;
  error?: { code: string };
}

describeConcurrently('POST /api/tickets/crear under concurrency', () => {
  it('gives 200 concurrent creations 200 distinct, consecutive labels and 200 history entries', async () => {
    const marker = `concurrencia-${Date.now()}@example.com`;
    const replies = await Promise.all(Array.from({ length: 200 }, () => postJson<Reply>(POST, ticketBody({ email: marker }))));

    expect(replies.map((r) => r.status)).toEqual(Array(200).fill(200));
    const seqs = replies.map((r) => parseTicketLabel(r.body.ticketLabel)!.seq).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(200);
    expect(seqs[199]! - seqs[0]!).toBe(199);

    const ids = replies.map((r) => r.body.ticketUuid);
    expect(await testDb().ticketHistory.count({ where: { ticketId: { in: ids }, operacion: 'crear' } })).toBe(200);
    expect(await testDb().ticket.count({ where: { email: marker } })).toBe(200);
  });

  it('creates one ticket for one Idempotency-Key sent 10 times at once', async () => {
    const key = `idem-${Date.now()}`;
    const body = ticketBody();
    const replies = await Promise.all(Array.from({ length: 10 }, () => postJson<Reply>(POST, body, { 'idempotency-key': key })));

    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(new Set(replies.map((r) => r.body.ticketLabel)).size).toBe(1);
    expect(await testDb().ticket.count({ where: { email: body.email as string } })).toBe(1);
  });
});

describe('POST /api/tickets/crear with an Idempotency-Key and failed statements', () => {
  it('answers a repeated Idempotency-Key with the same ticket, five times in a row', async () => {
    const key = `idem-seguido-${Date.now()}`;
    const body = ticketBody();
    const labels = [];
    for (let i = 0; i < 5; i++) labels.push((await postJson<Reply>(POST, body, { 'idempotency-key': key })).body.ticketLabel);

    expect(labels).toEqual(Array(5).fill(labels[0]));
    expect(labels[0]).toMatch(/^TK-\d{4}-\d{5,}$/);
    expect(await testDb().ticket.count({ where: { email: body.email as string } })).toBe(1);
  });

  it('answers the same key with a different body with 422 and creates nothing more', async () => {
    const key = `idem-distinto-${Date.now()}`;
    const first = ticketBody();
    expect((await postJson<Reply>(POST, first, { 'idempotency-key': key })).status).toBe(200);

    const other = { ...first, descripcion: 'Otra descripción distinta de la primera.' };
    const reused = await postJson<Reply>(POST, other, { 'idempotency-key': key });
    expect(reused.status).toBe(422);
    expect(reused.body.error?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await testDb().ticket.count({ where: { email: first.email as string } })).toBe(1);
  });

  it('keeps labels gapless when the creation statement fails after bumping the counter', async () => {
    const before = parseTicketLabel((await postJson<Reply>(POST, ticketBody())).body.ticketLabel)!;
    // The ticket insert violates the area's foreign key: the whole statement, counter bump included, rolls back.
    const row = {
      ...(ticketBody() as unknown as NewTicketRow),
      id: randomUUID(),
      year: before.year,
      areaAsignada: 'Área que no existe',
      canal: 'API' as const,
      tieneWhatsapp: false,
      slaHoras: 24,
      slaReloj: 'HORAS_HABILES' as const,
      fechaCreacion: new Date(),
      fechaLimiteSla: new Date(),
      actorId: null,
      actorNombre: 'Prueba',
      configVersion: Number((await testDb().configVersion.findUniqueOrThrow({ where: { id: 1 } })).version),
    };
    await expect(testDb().$queryRaw(insertTicketStatement(row, null, {}))).rejects.toThrow();
    const after = parseTicketLabel((await postJson<Reply>(POST, ticketBody())).body.ticketLabel)!;
    expect(after.seq).toBe(before.seq + 1);
  });
});
