import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { testDb } from '@/scripts/test/db';
import { api, baseUrl, signIn } from '@/scripts/test/http-client';
import { ticketBody } from '@/scripts/test/requests';

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;
let admin = '';
let mesa = '';
let area = '';

const tag = () => `exp${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** A CSV download as bytes and as the records RFC 4180 describes. */
async function download(query: string, auth: { cookie?: string; token?: string }) {
  const headers: Record<string, string> = {};
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  const response = await fetch(`${baseUrl()}/api/tickets/exportar?${query}`, { headers });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const csv = response.headers.get('content-type')?.startsWith('text/csv');
  const separator = new URLSearchParams(query).get('separador') === 'punto-y-coma' ? ';' : ',';
  return { status: response.status, headers: response.headers, bytes, text, records: csv ? parseCsv(text.replace(/^\uFEFF/, ''), separator) : [] };
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF records. */
function parseCsv(text: string, separator: ',' | ';'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || record.length) throw new Error('El CSV no termina con CRLF');
  return records;
}

async function createTicket(overrides: Record<string, unknown>): Promise<string> {
  return (await createTicketIds(overrides)).label;
}

async function createTicketIds(overrides: Record<string, unknown>): Promise<{ id: string; label: string }> {
  const reply = await api<{ ticketUuid: string; ticketLabel: string }>('/api/tickets/crear', { method: 'POST', body: ticketBody(overrides) });
  expect(reply.status).toBe(200);
  return { id: reply.body.ticketUuid, label: reply.body.ticketLabel };
}

/**
 * `count` copies of a ticket, straight in the database (creating hundreds through the API takes
 * long on a shared machine): every column copied, with a new id and the label suffixed `-n`.
 */
async function cloneTicket(id: string, count: number): Promise<void> {
  await testDb().$executeRaw`
    INSERT INTO tickets
    SELECT (jsonb_populate_record(null::tickets, to_jsonb(t) || jsonb_build_object(
      'id', gen_random_uuid(), 'label', t.label || '-' || g,
      'fechaCreacion', t."fechaCreacion" + g * interval '1 second'))).*
    FROM tickets t, generate_series(1, ${count}::int) g
    WHERE t.id = ${id}::uuid`;
}

beforeAll(async () => {
  [admin, mesa, area] = (await Promise.all(['admin', 'mesa', 'area'].map((u) => signIn(`${u}@mesa.test`, password)))) as [string, string, string];
  expect([admin, mesa, area].every(Boolean)).toBe(true);
});

describe('GET /api/tickets/exportar', () => {
  it('answers 401 without a session or with a bad token', async () => {
    for (const auth of [{}, { token: 'mda_no-existe' }]) {
      const reply = await download('', auth);
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.text).error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 400 naming the parameter the board would refuse', async () => {
    const estado = await api('/api/tickets/exportar?estado=ABIERTO', { cookie: mesa });
    expect(estado.status).toBe(400);
    expect(estado.body.error?.code).toBe('VALIDATION_ERROR');
    // The list's item is named as GET /api/tickets names it ("estado.0").
    expect(Object.keys(estado.body.error?.fields ?? {})).toEqual([expect.stringMatching(/^estado\b/)]);
    expect(estado.body.error?.message).toMatch(/estado/);
    const desde = await api('/api/tickets/exportar?desde=2026-02-30', { cookie: mesa });
    expect(desde.body.error?.fields?.desde?.[0]).toMatch(/fecha/);
    // A date whose next day does not exist: once a 500 from the date arithmetic.
    const hasta = await api('/api/tickets/exportar?hasta=9999-12-31', { cookie: mesa });
    expect(hasta.status).toBe(400);
    expect(hasta.body.error?.fields?.hasta?.[0]).toMatch(/entre 1970-01-01 y 2999-12-31/);
  });

  it('downloads a UTF-8 CSV with a BOM, Spanish headers and a dated file name', async () => {
    const q = tag();
    const label = await createTicket({ asunto: `Impresora del piso 3, "urgente" ${q}`, nombre: 'José Núñez', etiquetas: ['VIP', 'impresoras'] });
    const reply = await download(`q=${q}`, { cookie: mesa });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(reply.headers.get('content-disposition')).toMatch(/^attachment; filename="tickets-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([...reply.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = reply.records;
    expect(header).toEqual(['Radicado', 'Asunto', 'Solicitante', 'Correo electrónico', 'Tipo', 'Categoría', 'Prioridad', 'Estado', 'Área', 'Asignado a', 'Estado del SLA', 'Creado', 'Actualizado', 'Fecha límite', 'Etiquetas', 'Respuesta del solicitante']);
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
    // Values are names too: the priority's, the tipo's, the state's and the SLA's, never their codes.
    expect(row).toMatchObject({ Radicado: label, Estado: 'Nuevo', Tipo: 'Incidente', Prioridad: 'Media', Área: 'MESA', 'Asignado a': '', Solicitante: 'José Núñez', Asunto: `Impresora del piso 3, "urgente" ${q}`, 'Estado del SLA': 'En tiempo', Etiquetas: 'vip, impresoras', 'Respuesta del solicitante': 'No' });
    expect(row['Fecha límite']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(row.Creado).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  it('neutralises cells a spreadsheet would run as a formula', async () => {
    const q = tag();
    await createTicket({ asunto: `=HYPERLINK("http://malo.example";"clic") ${q}`, nombre: '@SUMA(1+1)' });
    const { records } = await download(`q=${q}`, { cookie: mesa });
    const [header, row] = records;
    expect(row![header!.indexOf('Asunto')]).toBe(`'=HYPERLINK("http://malo.example";"clic") ${q}`);
    expect(row![header!.indexOf('Solicitante')]).toBe("'@SUMA(1+1)");
  });

  it('quotes and neutralises a formula after a separator another spreadsheet splits on', async () => {
    const q = tag();
    await createTicket({ asunto: `Ana;=HYPERLINK("http://malo.example";"clic") ${q}` });
    const { text, records } = await download(`q=${q}`, { cookie: mesa });
    const [header, row] = records;
    expect(row![header!.indexOf('Asunto')]).toBe(`'Ana;=HYPERLINK("http://malo.example";"clic") ${q}`);
    // Excel in es-CO splits on ";" outside quotes: the formula never starts a cell.
    expect(text).toContain(`"'Ana;=HYPERLINK(""http://malo.example"";""clic"") ${q}"`);
  });

  it('separates with semicolons when asked, for spreadsheets whose decimal mark is a comma', async () => {
    const q = tag();
    const label = await createTicket({ asunto: `Sede norte, piso 3; oficina 2 ${q}` });
    const reply = await download(`q=${q}&separador=punto-y-coma`, { cookie: mesa });
    expect(reply.status).toBe(200);
    const [header, row] = reply.records;
    expect(header).toContain('Correo electrónico');
    expect(row![header!.indexOf('Radicado')]).toBe(label);
    expect(row![header!.indexOf('Asunto')]).toBe(`Sede norte, piso 3; oficina 2 ${q}`);
    const wrong = await api('/api/tickets/exportar?separador=tabulador', { cookie: mesa });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error?.fields?.separador?.[0]).toMatch(/^El separador debe ser uno de: coma, punto-y-coma\.$/);
  });

  it('exports only the areas of AREA staff, by session and by token', async () => {
    const q = tag();
    const sistemas = await createTicket({ asunto: `Sistemas ${q}`, areaAsignada: 'Sistemas' });
    const mesaLabel = await createTicket({ asunto: `Mesa ${q}`, areaAsignada: 'MESA' });
    const labels = (records: string[][]) => records.slice(1).map((r) => r[0]).sort();

    expect(labels((await download(`q=${q}`, { cookie: mesa })).records)).toEqual([sistemas, mesaLabel].sort());
    expect(labels((await download(`q=${q}`, { cookie: area })).records)).toEqual([sistemas]);
    // An area filter outside the user's areas never widens the scope.
    expect(labels((await download(`q=${q}&area=MESA`, { cookie: area })).records)).toEqual([]);

    const issued = await api<{ token: string }>('/api/admin/tokens', { method: 'POST', cookie: admin, body: { name: `Exportación ${q}`, role: 'AREA', areas: ['Sistemas'] } });
    expect(issued.status).toBe(201);
    expect(labels((await download(`q=${q}`, { token: issued.body.token })).records)).toEqual([sistemas]);
  });

  it('streams every row of an export longer than two internal pages (500), once each, in the board\'s order', async () => {
    const q = tag();
    const total = 1234;
    const first = await createTicketIds({ asunto: `Lote ${q}` });
    await cloneTicket(first.id, total - 1);
    onTestFinished(async () => {
      // The copies' labels are not real labels: take them out of the database other tests share.
      await testDb().$executeRaw`DELETE FROM tickets WHERE label LIKE ${`${first.label}-%`}`;
    });
    const created = [first.label, ...Array.from({ length: total - 1 }, (_, i) => `${first.label}-${i + 1}`)];
    // A cursor and a page size from the board's URL do not cut the export short.
    const reply = await download(`q=${q}&orden=creado&dir=asc&tamano=25`, { cookie: mesa });
    expect(reply.status).toBe(200);
    const labels = reply.records.slice(1).map((r) => r[0]!);
    expect(labels).toHaveLength(total);
    // The copies were created a second apart, in label order: oldest first, none lost or repeated.
    expect(labels).toEqual(created);
  });
});
