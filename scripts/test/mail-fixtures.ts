// Arrangements for the mail tests: staff of an area, and the mails the outbox delivered to someone.
import { randomBytes } from 'node:crypto';
import type { Actor } from '@/lib/domain/actor';
import { createMailTransport } from '@/lib/mail/transport';
import { drainOutbox } from '@/lib/mail/worker';
import { testDb } from '@/scripts/test/db';
import { parseDelivered, type SmtpSink } from '@/scripts/test/smtp-sink';

export interface TestStaff {
  id: string;
  email: string;
  actor: Actor;
}

/** An active AREA user of `area`, with the notification switch as given. */
export async function newStaff(area: string, emailNotifications = true): Promise<TestStaff> {
  const email = `staff.${randomBytes(5).toString('hex')}@mesa.test`;
  const a = await testDb().area.findUniqueOrThrow({ where: { name: area } });
  const user = await testDb().user.create({
    data: { email, name: `Agente ${email.slice(6, 12)}`, passwordHash: 'x', role: 'AREA', emailNotifications, areas: { create: { areaId: a.id } } },
  });
  return { id: user.id, email, actor: { userId: user.id, tokenId: null, name: user.name, role: 'AREA', areas: [area] } };
}

/** Sends everything due to the sink, then returns the parsed mails whose envelope names `address`. */
export async function deliverTo(sink: SmtpSink, address: string) {
  const transport = createMailTransport(sink.url);
  try {
    await drainOutbox({ transport });
  } finally {
    transport.close();
  }
  return mailsTo(sink, address);
}

export async function mailsTo(sink: SmtpSink, address: string) {
  const mine = sink.delivered.filter((m) => m.envelope.to.includes(address.toLowerCase()) || m.envelope.to.includes(address));
  return Promise.all(mine.map(parseDelivered));
}

/** The outbox rows of a ticket. */
export function outboxOf(ticketId: string) {
  return testDb().outboxMail.findMany({ where: { ticketId }, orderBy: { createdAt: 'asc' } });
}
