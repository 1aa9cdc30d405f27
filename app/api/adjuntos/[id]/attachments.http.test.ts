import { randomUUID } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicAttachmentUrl } from '@/lib/data/attachment-links';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { testDb } from '@/scripts/test/db';
import { api, baseUrl, signIn, type ApiBody } from '@/scripts/test/http-client';
import { ticketBody } from '@/scripts/test/requests';

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;
let mesa = '';
let area = '';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const ZIP = Buffer.from(
  'UEsDBBQAAAAAAJFThV2I+aBvBAAAAAQAAAAIAAAAaG9sYS50eHRob2xhUEsBAhQDFAAAAAAAkVOFXYj5oG8EAAAABAAAAAgAAAAAAAAAAAAAAIABAAAAAGhvbGEudHh0UEsFBgAAAAABAAEANgAAACoAAAAAAA==',
  'base64',
);
const MB = 1024 * 1024;

type Upload = { nombre: string; bytes: Uint8Array<ArrayBuffer>; type?: string };

/** The API's multipart form: the JSON fields in `datos`, the files under `adjuntos`. */
async function postMultipart(path: string, datos: unknown, files: Upload[], cookie?: string) {
  const form = new FormData();
  form.append('datos', JSON.stringify(datos));
  for (const f of files) form.append('adjuntos', new Blob([f.bytes], { type: f.type ?? 'application/octet-stream' }), f.nombre);
  const response = await fetch(`${baseUrl()}${path}`, { method: 'POST', body: form, headers: cookie ? { cookie } : {} });
  return { status: response.status, body: (await response.json()) as ApiBody };
}

async function storedFiles(): Promise<number> {
  const dir = process.env.STORAGE_DIR;
  if (!dir) throw new Error('STORAGE_DIR no está definida: `npm test` la crea para cada corrida.');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}

/** What a refused request must leave untouched: rows and files. */
async function footprint() {
  const db = testDb();
  const [tickets, messages, attachments, files] = await Promise.all([db.ticket.count(), db.ticketMessage.count(), db.attachment.count(), storedFiles()]);
  return { tickets, messages, attachments, files };
}

async function download(path: string, cookie?: string) {
  const response = await fetch(`${baseUrl()}${path}`, { headers: cookie ? { cookie } : {} });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

beforeAll(async () => {
  [mesa, area] = (await Promise.all(['mesa', 'area'].map((u) => signIn(`${u}@mesa.test`, password)))) as [string, string];
  expect(mesa && area).toBeTruthy();
});

describe('refused uploads store nothing', () => {
  it('answers 415 naming a "PNG" whose bytes are a ZIP', async () => {
    const before = await footprint();
    const reply = await postMultipart('/api/tickets/crear', ticketBody(), [{ nombre: 'foto.png', bytes: ZIP, type: 'image/png' }]);
    expect(reply.status).toBe(415);
    expect(reply.body.error?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(reply.body.error?.message).toContain('foto.png');
    expect(await footprint()).toEqual(before);
  });

  it('answers 415 for SVG and HTML, which are text but markup', async () => {
    const before = await footprint();
    for (const [nombre, text] of [['dibujo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], ['nota.txt', '<html><body>x</body></html>']] as const) {
      const reply = await postMultipart('/api/tickets/crear', ticketBody(), [{ nombre, bytes: new TextEncoder().encode(text), type: 'text/plain' }]);
      expect(reply.status).toBe(415);
      expect(reply.body.error?.message).toContain(nombre);
    }
    expect(await footprint()).toEqual(before);
  });

  it('answers 413 for six files', async () => {
    const before = await footprint();
    const files = Array.from({ length: 6 }, (_, i) => ({ nombre: `nota-${i}.txt`, bytes: new TextEncoder().encode(`nota ${i}`) }));
    const reply = await postMultipart('/api/tickets/crear', ticketBody(), files);
    expect(reply.status).toBe(413);
    expect(reply.body.error?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(reply.body.error?.message).toContain('5 archivos');
    expect(await footprint()).toEqual(before);
  });

  it('answers 413 naming a file of 11 MB', async () => {
    const before = await footprint();
    const reply = await postMultipart('/api/tickets/crear', ticketBody(), [{ nombre: 'grande.txt', bytes: new Uint8Array(11 * MB).fill(0x61) }]);
    expect(reply.status).toBe(413);
    expect(reply.body.error?.message).toContain('grande.txt');
    expect(await footprint()).toEqual(before);
  });

  it('removes the stored files when the data function refuses the request', async () => {
    const before = await footprint();
    const reply = await postMultipart('/api/tickets/crear', ticketBody({ areaAsignada: 'Área que no existe' }), [{ nombre: 'factura.pdf', bytes: PDF }]);
    expect(reply.status).toBe(400);
    expect(await footprint()).toEqual(before);
  });

  it('checks the files of a staff note and of a requester reply the same way', async () => {
    const body = ticketBody();
    const created = await api<{ ticketUuid: string; ticketLabel: string }>('/api/tickets/crear', { body });
    const before = await footprint();
    const note = await postMultipart(`/api/tickets/${created.body.ticketUuid}/actualizar`, { nota: 'Adjunto la factura', publica: true }, [{ nombre: 'foto.png', bytes: ZIP }], mesa);
    expect(note.status).toBe(415);
    expect(note.body.error?.message).toContain('foto.png');
    const files = Array.from({ length: 6 }, (_, i) => ({ nombre: `r-${i}.txt`, bytes: new TextEncoder().encode('respuesta') }));
    const reply = await postMultipart('/api/tickets/responder', { ticketLabel: created.body.ticketLabel, email: body.email, texto: 'Aquí están', mensaje: 'Aquí están' }, files);
    expect(reply.status).toBe(413);
    expect(await footprint()).toEqual(before);
  });

  it('keeps the 401 first for a multipart note', async () => {
    const reply = await postMultipart('/api/tickets/00000000-0000-4000-8000-000000000000/actualizar', { nota: 'x', publica: false }, [{ nombre: 'foto.png', bytes: ZIP }]);
    expect(reply.status).toBe(401);
  });

  it('refuses files on operations other than actualizar, as not JSON', async () => {
    const created = await api<{ ticketUuid: string }>('/api/tickets/crear', { body: ticketBody() });
    const before = await footprint();
    const reply = await postMultipart(`/api/tickets/${created.body.ticketUuid}/pausar`, { motivo: 'Esperando al solicitante' }, [{ nombre: 'f.pdf', bytes: PDF }], mesa);
    expect(reply.status).toBe(415);
    expect(await footprint()).toEqual(before);
  });
});

/** A ticket with a public message holding a PDF and a PNG, arranged in the database and the storage folder. */
async function ticketWithFiles(publico = true) {
  const body = ticketBody();
  const created = await api<{ ticketUuid: string; ticketLabel: string }>('/api/tickets/crear', { body });
  expect(created.status).toBe(200);
  const db = testDb();
  const message = await db.ticketMessage.create({
    data: { ticketId: created.body.ticketUuid, autor: 'SOLICITANTE', autorNombre: 'Ana', texto: 'Adjunto soportes', publico, fecha: new Date() },
  });
  const ids: Record<string, string> = {};
  for (const [nombre, tipo, bytes] of [['factura.pdf', 'application/pdf', PDF], ['captura.png', 'image/png', PNG]] as const) {
    const key = randomUUID();
    const storageKey = `${key.slice(0, 2)}/${key}`;
    await mkdir(path.join(process.env.STORAGE_DIR!, key.slice(0, 2)), { recursive: true });
    await writeFile(path.join(process.env.STORAGE_DIR!, storageKey), bytes);
    const row = await db.attachment.create({
      data: { id: randomUUID(), ticketId: created.body.ticketUuid, messageId: message.id, nombre, tipo, tamano: bytes.byteLength, storageKey, fecha: new Date() },
    });
    ids[nombre] = row.id;
  }
  return { ...created.body, email: body.email as string, pdf: ids['factura.pdf']!, png: ids['captura.png']! };
}

describe('GET /api/adjuntos/{id}', () => {
  let files: Awaited<ReturnType<typeof ticketWithFiles>>;

  beforeAll(async () => {
    files = await ticketWithFiles();
  });

  it('sends MESA a PDF as a download that is never sniffed', async () => {
    const reply = await download(`/api/adjuntos/${files.pdf}`, mesa);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/pdf');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('content-disposition')).toMatch(/^attachment; .*filename\*=UTF-8''factura\.pdf$/);
    expect(reply.headers.get('cache-control')).toBe('private, no-store');
    expect(reply.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(Buffer.from(reply.bytes).equals(Buffer.from(PDF))).toBe(true);
  });

  it('shows an image inline, still never sniffed', async () => {
    const reply = await download(`/api/adjuntos/${files.png}`, mesa);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('image/png');
    expect(reply.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 401 without a session and the same 404 out of scope or unknown', async () => {
    expect((await download(`/api/adjuntos/${files.pdf}`)).status).toBe(401);
    expect((await download(`/api/adjuntos/${files.pdf}`, area)).status).toBe(404);
    expect((await download('/api/adjuntos/00000000-0000-4000-8000-000000000000', mesa)).status).toBe(404);
    expect((await download('/api/adjuntos/no-es-un-id', mesa)).status).toBe(404);
  });

  it('answers a signed link, and 404 once it is tampered with or expired', async () => {
    const good = new URL(publicAttachmentUrl(files.pdf), baseUrl());
    const ok = await download(good.pathname + good.search);
    expect(ok.status).toBe(200);
    expect(Buffer.from(ok.bytes).equals(Buffer.from(PDF))).toBe(true);

    const sig = good.searchParams.get('sig')!;
    const tampered = new URL(good);
    tampered.searchParams.set('sig', `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`);
    const later = new URL(good);
    later.searchParams.set('exp', String(Number(good.searchParams.get('exp')) + 60));
    const otherFile = new URL(good);
    otherFile.pathname = `/api/adjuntos/${files.png}`;
    const expired = new URL(publicAttachmentUrl(files.pdf, new Date(Date.now() - 2 * 60 * 60 * 1000)), baseUrl());
    for (const url of [tampered, later, otherFile, expired]) expect((await download(url.pathname + url.search)).status).toBe(404);
  });

  it('never answers a signed link to an internal message\'s file', async () => {
    const internal = await ticketWithFiles(false);
    const url = new URL(publicAttachmentUrl(internal.pdf), baseUrl());
    expect((await download(url.pathname + url.search)).status).toBe(404);
    expect((await download(`/api/adjuntos/${internal.pdf}`, mesa)).status).toBe(200);
  });
});

// End to end through the data functions that record the files with their message.
describe('files sent with a message', () => {
  it('are recorded with crear, downloadable by MESA and by the lookup\'s signed link', async () => {
    const body = ticketBody();
    const reply = await postMultipart('/api/tickets/crear', body, [
      { nombre: 'factura.pdf', bytes: PDF, type: 'image/png' },
      { nombre: 'captura.png', bytes: PNG },
    ]);
    expect(reply.status).toBe(200);
    const rows = await testDb().attachment.findMany({ where: { ticketId: reply.body.ticketUuid }, select: { id: true, nombre: true, tipo: true } });
    expect(rows.map((r) => [r.nombre, r.tipo]).sort()).toEqual([['captura.png', 'image/png'], ['factura.pdf', 'application/pdf']]);
    const id = rows.find((r) => r.nombre === 'factura.pdf')!.id;

    const staff = await download(`/api/adjuntos/${id}`, mesa);
    expect(staff.status).toBe(200);
    expect(staff.headers.get('x-content-type-options')).toBe('nosniff');
    expect(staff.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect((await download(`/api/adjuntos/${id}`, area)).status).toBe(404);

    const lookup = await api('/api/tickets/consultar', { body: { ticketLabel: reply.body.ticketLabel, email: body.email } });
    expect(lookup.status).toBe(200);
    const links = (lookup.body.mensajes as { adjuntos: { id: string; url: string }[] }[]).flatMap((m) => m.adjuntos);
    const url = links.find((a) => a.id === id)?.url;
    expect(url).toMatch(/\?exp=\d+&sig=/);
    const requester = await download(url!);
    expect(requester.status).toBe(200);
    expect(Buffer.from(requester.bytes).equals(Buffer.from(PDF))).toBe(true);
  });

  it('are recorded with a staff note', async () => {
    const created = await api<{ ticketUuid: string }>('/api/tickets/crear', { body: ticketBody() });
    const note = await postMultipart(`/api/tickets/${created.body.ticketUuid}/actualizar`, { nota: 'Respuesta con soporte', publica: true }, [{ nombre: 'soporte.pdf', bytes: PDF }], mesa);
    expect(note.status).toBe(200);
    expect(await testDb().attachment.count({ where: { ticketId: created.body.ticketUuid, nombre: 'soporte.pdf', tipo: 'application/pdf' } })).toBe(1);
  });
});
