import { beforeAll, describe, expect, it } from 'vitest';
import { describeConcurrently } from '@/scripts/test/concurrency';
import { testDb } from '@/scripts/test/db';
import { newStaff, type TestStaff } from '@/scripts/test/mail-fixtures';
import { newArea, newTicket } from './queue-test-fixtures';
import { scanRiskNotices } from './risk-notices';

const HOUR = 3_600_000;
const riskRows = (ticketId: string) =>
  testDb().outboxMail.findMany({ where: { ticketId, kind: 'sla_at_risk' }, orderBy: { toAddress: 'asc' }, select: { toAddress: true } });

/** A ticket whose risk instant is `riskAt`, its deadline two hours later. */
async function ticketAtRisk(area: string, riskAt: Date, estado: 'NUEVO' | 'PAUSADO' = 'NUEVO') {
  const ticket = await newTicket(area);
  await testDb().ticket.update({ where: { id: ticket.id }, data: { fechaRiesgoSla: riskAt, fechaLimiteSla: new Date(riskAt.getTime() + 2 * HOUR), estado } });
  return ticket;
}

describe('the risk scan', () => {
  let area: string;
  let staff: TestStaff;

  beforeAll(async () => {
    area = await newArea('Riesgo correo');
    staff = await newStaff(area);
    // With notifications off: never in the expected recipients below.
    await newStaff(area, false);
  });

  it('announces a ticket once per risk instant, and again when the instant moves', async () => {
    const now = new Date();
    const ticket = await ticketAtRisk(area, new Date(now.getTime() - HOUR));
    const early = await ticketAtRisk(area, new Date(now.getTime() + HOUR));

    await scanRiskNotices(now);
    expect(await riskRows(ticket.id)).toEqual([{ toAddress: staff.email }]);
    expect(await riskRows(early.id)).toEqual([]);
    const marked = await testDb().ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(marked.riskNotifiedFor).toEqual(marked.fechaRiesgoSla);
    expect(marked.version).toBe(1);

    await scanRiskNotices(new Date(now.getTime() + 60_000));
    expect(await riskRows(ticket.id)).toHaveLength(1);

    // A prórroga or a reclassification moves the instant: a new notice once it arrives.
    await testDb().ticket.update({ where: { id: ticket.id }, data: { fechaRiesgoSla: new Date(now.getTime() + 30 * 60_000), fechaLimiteSla: new Date(now.getTime() + 3 * HOUR) } });
    await scanRiskNotices(new Date(now.getTime() + 10 * 60_000));
    expect(await riskRows(ticket.id)).toHaveLength(1);
    await scanRiskNotices(new Date(now.getTime() + 31 * 60_000));
    expect(await riskRows(ticket.id)).toHaveLength(2);
  });

  it('tells the assignee alone, and nobody about a paused or overdue ticket', async () => {
    const now = new Date();
    const assigned = await ticketAtRisk(area, new Date(now.getTime() - HOUR));
    const other = await newStaff(area);
    await testDb().ticket.update({ where: { id: assigned.id }, data: { asignadoAId: other.id, estado: 'ASIGNADO' } });
    const paused = await ticketAtRisk(area, new Date(now.getTime() - HOUR), 'PAUSADO');
    const overdue = await ticketAtRisk(area, new Date(now.getTime() - 3 * HOUR));

    await scanRiskNotices(now);
    expect(await riskRows(assigned.id)).toEqual([{ toAddress: other.email }]);
    expect(await riskRows(paused.id)).toEqual([]);
    expect(await riskRows(overdue.id)).toEqual([]);
  });
});

describeConcurrently('two risk scans at once', () => {
  it('announce each ticket once', async () => {
    const area = await newArea('Riesgo paralelo');
    const staff = await newStaff(area);
    const now = new Date();
    const tickets = [];
    for (let i = 0; i < 20; i++) tickets.push(await ticketAtRisk(area, new Date(now.getTime() - HOUR)));

    await Promise.all([scanRiskNotices(now, 5), scanRiskNotices(now, 5), scanRiskNotices(now, 50), scanRiskNotices(now, 50)]);
    await scanRiskNotices(now);
    const rows = await testDb().outboxMail.findMany({ where: { kind: 'sla_at_risk', toAddress: staff.email }, select: { ticketId: true } });
    expect(rows.map((r) => r.ticketId).sort()).toEqual(tickets.map((t) => t.id).sort());
  });
});
