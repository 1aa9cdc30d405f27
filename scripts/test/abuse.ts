/**
 * The abuse suite's harness (app/abuse/*.http.test.ts): a bad request described as data, sent to
 * the running app, and the three things every refusal must show — the exact 4xx, the API's error
 * shape in Spanish, and no row or file written.
 */
import { readdir } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { testDb } from '@/scripts/test/db';
import { api, baseUrl, signIn, type ApiBody } from '@/scripts/test/http-client';
import { ticketBody } from '@/scripts/test/requests';

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;

/** The actors and the ticket the cases act on, arranged once per file. */
export interface AbuseContext {
  cookies: { admin: string; mesa: string; area: string };
  tokens: { correo: string; mesa: string };
  /** A NUEVO ticket of Sistemas, created through the public API. */
  ticket: { id: string; label: string; email: string };
}

export type Actor = 'admin' | 'mesa' | 'area' | 'correoToken' | 'mesaToken';
type Lazy<T> = T | ((context: AbuseContext) => T);

export interface AbuseRequest {
  /** POST when there is a body, GET otherwise. */
  method?: string;
  path: Lazy<string>;
  /** Serialised as JSON, with `Content-Type: application/json` unless `contentType` says otherwise. */
  json?: Lazy<object | string | number | boolean | null>;
  /** Sent as it is: a FormData brings its own multipart Content-Type, bytes bring none. */
  raw?: Lazy<string | Uint8Array<ArrayBuffer> | FormData>;
  /** null sends no Content-Type at all. */
  contentType?: string | null;
  as?: Actor;
  headers?: Record<string, string>;
}

export interface AbuseExpectation {
  status: number;
  code: string;
  /** For VALIDATION_ERROR: the fields `fields` must name. */
  fields?: string[];
  /** For 405: the `Allow` header. */
  allow?: string;
}

export interface AbuseCase {
  name: string;
  request: AbuseRequest;
  expect: AbuseExpectation;
}

let arranged: Promise<AbuseContext> | undefined;

/** Signs the three seeded staff users in, issues a CORREO and a MESA token and opens a ticket. */
export function abuseContext(): Promise<AbuseContext> {
  arranged ??= (async () => {
    const [admin, mesa, area] = await Promise.all(['admin', 'mesa', 'area'].map((u) => signIn(`${u}@mesa.test`, password)));
    if (!admin || !mesa || !area) throw new Error('No se pudo iniciar sesión con los usuarios sembrados.');
    const issue = async (role: string) => {
      const reply = await api('/api/admin/tokens', { cookie: admin, body: { name: `Abuso ${role} ${Date.now()}`, role } });
      if (reply.status !== 201) throw new Error(`emitir token respondió ${reply.status}`);
      return reply.body.token as string;
    };
    const body = ticketBody({ areaAsignada: 'Sistemas' });
    const created = await api<{ ticketUuid: string; ticketLabel: string }>('/api/tickets/crear', { body });
    if (created.status !== 200) throw new Error(`crear respondió ${created.status}`);
    return {
      cookies: { admin, mesa, area },
      tokens: { correo: await issue('CORREO'), mesa: await issue('MESA') },
      ticket: { id: created.body.ticketUuid, label: created.body.ticketLabel, email: body.email as string },
    };
  })();
  return arranged;
}

async function storedFiles(): Promise<number> {
  const dir = process.env.STORAGE_DIR;
  if (!dir) throw new Error('STORAGE_DIR no está definida: `npm test` la crea para cada corrida.');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}

/** Every table a request could write, counted, and the sum of the tickets' versions (any update bumps it). */
export async function footprint() {
  const db = testDb();
  const [tickets, versions, history, messages, attachments, outbox, inbound, tokens, revoked, users, audit, idempotency, files] = await Promise.all([
    db.ticket.count(),
    db.ticket.aggregate({ _sum: { version: true } }),
    db.ticketHistory.count(),
    db.ticketMessage.count(),
    db.attachment.count(),
    db.outboxMail.count(),
    db.inboundMail.count(),
    db.apiToken.count(),
    db.apiToken.count({ where: { revokedAt: { not: null } } }),
    db.user.count(),
    db.adminAuditLog.count(),
    db.idempotencyRecord.count(),
    storedFiles(),
  ]);
  return { tickets, versions: versions._sum.version, history, messages, attachments, outbox, inbound, tokens, revoked, users, audit, idempotency, files };
}

export interface RawReply {
  status: number;
  headers: Headers;
  text: string;
  body: ApiBody | null;
}

const resolve = <T>(value: Lazy<T>, context: AbuseContext): T =>
  typeof value === 'function' ? (value as (c: AbuseContext) => T)(context) : value;

function credentials(as: Actor | undefined, context: AbuseContext): Record<string, string> {
  switch (as) {
    case undefined:
      return {};
    case 'correoToken':
      return { authorization: `Bearer ${context.tokens.correo}` };
    case 'mesaToken':
      return { authorization: `Bearer ${context.tokens.mesa}` };
    default:
      return { cookie: context.cookies[as] };
  }
}

export async function send(request: AbuseRequest, context: AbuseContext): Promise<RawReply> {
  const headers: Record<string, string> = { ...credentials(request.as, context) };
  let body: string | Uint8Array<ArrayBuffer> | FormData | undefined;
  if (request.json !== undefined) {
    body = JSON.stringify(resolve(request.json, context));
    headers['content-type'] = 'application/json';
  } else if (request.raw !== undefined) {
    body = resolve(request.raw, context);
  }
  if (request.contentType) headers['content-type'] = request.contentType;
  Object.assign(headers, request.headers);
  // A string body would get text/plain from fetch: bytes go without any Content-Type.
  if (request.contentType === null && typeof body === 'string') body = new TextEncoder().encode(body);
  const response = await fetch(`${baseUrl()}${resolve(request.path, context)}`, {
    method: request.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
    redirect: 'manual',
  });
  const text = await response.text();
  let parsed: ApiBody | null = null;
  try {
    parsed = JSON.parse(text) as ApiBody;
  } catch {
    parsed = null;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}

const ENGLISH = /\b(the|is|are|must|should|invalid|required|missing|expected|received|unexpected|not found|unauthorized|forbidden|error occurred)\b/i;
const SPANISH = /[áéíóúñ¿]|\b(el|la|los|las|de|del|debe|no|es|un|una|con|en)\b/i;

/** The API's error shape: the code, a Spanish message, `fields` for a validation error, never a stack trace. */
export function expectRefusal(reply: RawReply, expected: AbuseExpectation): void {
  const shown = `${reply.status} ${reply.text.slice(0, 300)}`;
  expect(reply.status, shown).toBe(expected.status);
  expect(reply.headers.get('content-type'), shown).toMatch(/^application\/json/);
  expect(reply.body, shown).toMatchObject({ error: { code: expected.code, message: expect.any(String) } });
  const message = reply.body!.error!.message;
  expect(message.trim(), shown).not.toBe('');
  expect(message, shown).toMatch(SPANISH);
  expect(message, shown).not.toMatch(ENGLISH);
  expect(reply.text, shown).not.toMatch(/\n\s+at |node_modules|webpack|Error: |prisma\./i);
  if (expected.code === 'VALIDATION_ERROR') {
    const fields = reply.body!.error!.fields;
    expect(fields, shown).toBeTypeOf('object');
    for (const field of expected.fields ?? []) {
      expect(fields?.[field], `${shown}: fields.${field}`).toEqual(expect.arrayContaining([expect.any(String)]));
      for (const text of fields![field]!) expect(text, shown).toMatch(SPANISH);
    }
  }
  if (expected.allow !== undefined) expect(reply.headers.get('allow'), shown).toBe(expected.allow);
}

/**
 * One test per case: the answer is the expected refusal and every count is as it was. Call inside a
 * describe whose beforeAll awaited abuseContext().
 */
export function refusesEach(cases: readonly AbuseCase[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const context = await abuseContext();
    const before = await footprint();
    expectRefusal(await send(c.request, context), c.expect);
    expect(await footprint()).toEqual(before);
  });
}

/** A multipart form as the API takes it: the fields in `datos`, the files under `adjuntos`. */
export function multipart(datos: unknown, files: { nombre: string; bytes: Uint8Array<ArrayBuffer> | string; type?: string }[] = []): FormData {
  const form = new FormData();
  if (datos !== undefined) form.append('datos', typeof datos === 'string' ? datos : JSON.stringify(datos));
  for (const f of files) form.append('adjuntos', new Blob([f.bytes], { type: f.type ?? 'application/octet-stream' }), f.nombre);
  return form;
}

/** A placeholder id no row has. */
export const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
