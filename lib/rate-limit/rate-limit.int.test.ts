import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST as consultar } from '@/app/api/tickets/consultar/route';
import { POST as crear } from '@/app/api/tickets/crear/route';
import { reloadConfig } from '@/lib/config';
import { RateLimitedError } from '@/lib/errors';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { limitSignIn, signInSucceeded } from '@/lib/rate-limit/rules';
import { testDb } from '@/scripts/test/db';
import { postJson, ticketBody } from '@/scripts/test/requests';
// @ts-expect-error plain ESM helpers shared with the scripts
import { RATE_LIMITS_OFF } from '@/scripts/test/rate-limits-off.mjs';

interface ErrorReply {
  error?: { code: string; message: string; fields?: Record<string, string[]> };
}

const LIMITS = {
  RATE_LIMIT_CREATE_PER_HOUR: '3',
  RATE_LIMIT_CREATE_PER_DAY: '240',
  RATE_LIMIT_LOOKUP_PER_MINUTE: '2',
  RATE_LIMIT_LOGIN_PER_HOUR: '2',
  RATE_LIMIT_LOGIN_ACCOUNT_PER_HOUR: '4',
  RATE_LIMIT_LOGIN_ADDRESS_PER_HOUR: '3',
};

/** A client address no other test (or earlier run, in Redis) has used. */
const newAddress = () => `198.51.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
const from = (address: string, extra: Record<string, string> = {}) => ({ [CLIENT_ADDRESS_HEADER]: address, ...extra });

function configure(env: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  reloadConfig();
}

beforeEach(() => configure({ ...LIMITS, TRUST_PROXY: '0', REDIS_URL: undefined }));
afterAll(() => configure({ ...RATE_LIMITS_OFF, TRUST_PROXY: '0', REDIS_URL: undefined }));

const ticketsOf = (email: string) => testDb().ticket.count({ where: { email } });

describe('rate limits', () => {
  it('refuses the creation past the hourly limit of one client with 429, Retry-After and nothing created', async () => {
    // A clock that stands still: the window opened by the first request has exactly one hour left.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T15:00:00Z'));
    try {
      const address = newAddress();
      const body = ticketBody();
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await postJson(crear, { ...body, asunto: `Intento ${i}` }, from(address))).status);
      expect(statuses).toEqual([200, 200, 200]);

      const refused = await postJson<ErrorReply>(crear, { ...body, asunto: 'Uno de más' }, from(address));
      expect(refused.status).toBe(429);
      expect(refused.body.error?.code).toBe('RATE_LIMITED');
      expect(refused.body.error?.message).toBe('Demasiadas solicitudes para radicar tickets. Intente de nuevo en 1 hora.');
      expect(refused.headers.get('Retry-After')).toBe('3600');
      expect(await ticketsOf(body.email as string)).toBe(3);

      // Another client is not affected.
      expect((await postJson(crear, ticketBody(), from(newAddress()))).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts only requests that would create: invalid bodies cost no quota', async () => {
    const address = newAddress();
    for (let i = 0; i < 5; i++) expect((await postJson(crear, { ...ticketBody(), email: 'no es un correo' }, from(address))).status).toBe(400);
    for (let i = 0; i < 3; i++) expect((await postJson(crear, ticketBody(), from(address))).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY=1, and then keys on it', async () => {
    const address = newAddress();
    const forged = (i: number) => from(address, { 'x-forwarded-for': `203.0.113.${i}` });
    const direct = [];
    for (let i = 0; i < 4; i++) direct.push((await postJson(crear, ticketBody(), forged(i))).status);
    expect(direct).toEqual([200, 200, 200, 429]);

    configure({ TRUST_PROXY: '1' });
    const proxy = newAddress();
    const behindProxy = [];
    for (let i = 0; i < 4; i++) behindProxy.push((await postJson(crear, ticketBody(), from(proxy, { 'x-forwarded-for': `${newAddress()}, 10.0.0.1` }))).status);
    expect(behindProxy).toEqual([200, 200, 200, 200]);
  });

  it('limits lookups per minute, found or not', async () => {
    const address = newAddress();
    const lookup = { ticketLabel: 'TK-2001-00001', email: 'nadie@example.com' };
    expect((await postJson(consultar, lookup, from(address))).status).toBe(404);
    expect((await postJson(consultar, lookup, from(address))).status).toBe(404);
    const refused = await postJson<ErrorReply>(consultar, lookup, from(address));
    expect(refused.status).toBe(429);
    expect(refused.body.error?.message).toMatch(/consultar tickets/);
  });

  it('limits sign-in attempts per account and address, whatever the case of the email, without locking the account elsewhere', async () => {
    const email = `Agente.${Date.now()}@Mesa.test`;
    const [attacker, owner] = [newAddress(), newAddress()];
    await limitSignIn(email, new Headers(from(attacker)));
    await limitSignIn(email.toLowerCase(), new Headers(from(attacker)));
    await expect(limitSignIn(email.toUpperCase(), new Headers(from(attacker)))).rejects.toThrow('Demasiadas solicitudes para ingresar con esta cuenta.');
    // The real user, at their own address, still gets in.
    await expect(limitSignIn(email, new Headers(from(owner)))).resolves.toBeUndefined();
  });

  it('slows a guess spread over many addresses with a higher bound per account', async () => {
    const email = `agente.${Date.now()}.repartido@mesa.test`;
    for (let i = 0; i < 4; i++) await limitSignIn(email, new Headers(from(newAddress())));
    await expect(limitSignIn(email, new Headers(from(newAddress())))).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('stops one address trying many accounts (password spraying)', async () => {
    const sprayer = newAddress();
    const stamp = Date.now();
    for (let i = 0; i < 3; i++) await limitSignIn(`cuenta${i}.${stamp}@mesa.test`, new Headers(from(sprayer)));
    await expect(limitSignIn(`cuenta9.${stamp}@mesa.test`, new Headers(from(sprayer)))).rejects.toThrow('Demasiadas solicitudes para ingresar desde esta dirección de red.');
    await expect(limitSignIn(`cuenta9.${stamp}@mesa.test`, new Headers(from(newAddress())))).resolves.toBeUndefined();
  });

  it('starts the count of an account and address again after a successful sign-in', async () => {
    configure({ RATE_LIMIT_LOGIN_ADDRESS_PER_HOUR: '0', RATE_LIMIT_LOGIN_ACCOUNT_PER_HOUR: '0' });
    const email = `agente.${Date.now()}.entra@mesa.test`;
    const headers = new Headers(from(newAddress()));
    await limitSignIn(email, headers);
    await limitSignIn(email, headers);
    await signInSucceeded(email, headers);
    await limitSignIn(email, headers);
    await limitSignIn(email, headers);
    await expect(limitSignIn(email, headers)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('turns a limit off with 0', async () => {
    configure({ RATE_LIMIT_CREATE_PER_HOUR: '0' });
    const address = newAddress();
    for (let i = 0; i < 5; i++) expect((await postJson(crear, ticketBody(), from(address))).status).toBe(200);
  });

  it('shares the count through Redis between app instances when REDIS_URL is set', async () => {
    configure({ REDIS_URL: process.env.MESA_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' });
    const lookup = { ticketLabel: 'TK-2001-00001', email: 'nadie@example.com' };
    // The first request opens the connection; until it is up, each instance counts in memory.
    await postJson(consultar, lookup, from(newAddress()));
    await expect.poll(() => (globalThis as unknown as { mesaRedis?: { status: string } }).mesaRedis?.status).toBe('ready');
    const address = newAddress();
    expect((await postJson(consultar, lookup, from(address))).status).toBe(404);
    // A second instance: no limiter objects in common with the first, only Redis.
    (globalThis as unknown as { mesaRateLimiters?: Map<string, unknown> }).mesaRateLimiters = new Map();
    expect((await postJson(consultar, lookup, from(address))).status).toBe(404);
    (globalThis as unknown as { mesaRateLimiters?: Map<string, unknown> }).mesaRateLimiters = new Map();
    expect((await postJson(consultar, lookup, from(address))).status).toBe(429);
  });
});
