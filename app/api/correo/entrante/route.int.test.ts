import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reloadConfig } from '@/lib/config';
import { generateApiToken } from '@/lib/domain/api-token';
import { testDb } from '@/scripts/test/db';
import { newSender, rawMail } from '@/scripts/test/mail-messages';
import { POST as entrante } from './route';

describe('POST /api/correo/entrante: the sender’s hourly limit', () => {
  let token: string;
  const previous = process.env.RATE_LIMIT_MAIL_PER_HOUR;

  beforeAll(async () => {
    const issued = generateApiToken();
    token = issued.token;
    await testDb().apiToken.create({ data: { name: 'MTA de prueba', role: 'CORREO', prefix: issued.prefix, tokenHash: issued.hash } });
    process.env.RATE_LIMIT_MAIL_PER_HOUR = '2';
    reloadConfig();
  });

  afterAll(() => {
    if (previous === undefined) delete process.env.RATE_LIMIT_MAIL_PER_HOUR;
    else process.env.RATE_LIMIT_MAIL_PER_HOUR = previous;
    reloadConfig();
  });

  const post = async (raw: Buffer) =>
    entrante(new Request('http://localhost/api/correo/entrante', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'message/rfc822' }, body: new Uint8Array(raw) }), undefined as never);

  it('answers 429 with Retry-After past the limit of one sender; ignored mails and other senders are not counted', async () => {
    const from = newSender('flood');
    const statuses = [];
    statuses.push((await post(await rawMail({ from, subject: 'Auto', text: 'x', headers: { 'Auto-Submitted': 'auto-replied' } }))).status);
    for (let i = 0; i < 3; i++) statuses.push((await post(await rawMail({ from, subject: `Correo ${i}`, text: 'Un correo más del mismo remitente.' }))).status);
    expect(statuses).toEqual([202, 201, 201, 429]);
    const refused = await post(await rawMail({ from: from.toUpperCase(), subject: 'Otro', text: 'Con mayúsculas también cuenta.' }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
    expect(await testDb().ticket.count({ where: { email: from } })).toBe(2);
    expect((await post(await rawMail({ from: newSender(), subject: 'Otro', text: 'Otro remitente.' }))).status).toBe(201);
  });
});
