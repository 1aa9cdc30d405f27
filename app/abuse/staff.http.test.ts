import { beforeAll, describe } from 'vitest';
import { TINY_PDF } from '@/scripts/test/mail-messages';
import { type AbuseCase, abuseContext, multipart, NO_SUCH_ID, refusesEach } from '@/scripts/test/abuse';

// The staff API: the queue, its export, a ticket and its operations.
beforeAll(() => abuseContext());

const invalid = (...fields: string[]) => ({ status: 400, code: 'VALIDATION_ERROR', fields });
const unauthenticated = { status: 401, code: 'UNAUTHENTICATED' };
const MB = 1024 * 1024;

const queue = (name: string, query: string, expected: AbuseCase['expect']): AbuseCase => ({
  name: `GET /api/tickets?${name}`,
  request: { path: `/api/tickets?${query}`, as: 'mesa' },
  expect: expected,
});
const exportCsv = (name: string, query: string, expected: AbuseCase['expect']): AbuseCase => ({
  name: `GET /api/tickets/exportar?${name}`,
  request: { path: `/api/tickets/exportar?${query}`, as: 'mesa' },
  expect: expected,
});
/** A cursor as the board encodes one (base64url JSON). */
const cursor = (wire: unknown) => Buffer.from(JSON.stringify(wire)).toString('base64url');

const queueCases: AbuseCase[] = [
  queue('cursor that is not base64url', 'cursor=%7B%22o%22%3A%22creado%22%7D', invalid('cursor')),
  queue('cursor of random base64url', 'cursor=bm8tZXMtdW4tY3Vyc29y', invalid('cursor')),
  queue('cursor with a NUL', 'cursor=abc%00def', invalid('cursor')),
  queue('cursor of 600 characters', `cursor=${'A'.repeat(600)}`, invalid('cursor')),
  queue('cursor of another sort', `orden=limite&cursor=${cursor({ o: 'creado', d: 'desc', t: 'a', v: [1], i: NO_SUCH_ID })}`, invalid('cursor')),
  queue('cursor whose id is SQL', `cursor=${cursor({ o: 'creado', d: 'desc', t: 'a', v: [1], i: "x' OR '1'='1" })}`, invalid('cursor')),
  queue('cursor holding a negative instant', `cursor=${cursor({ o: 'creado', d: 'desc', t: 'a', v: [-1e15], i: NO_SUCH_ID })}`, invalid('cursor')),
  queue('desde of February 30th', 'desde=2026-02-30', invalid('desde')),
  queue('desde as a word', 'desde=ayer', invalid('desde')),
  queue('hasta with a time', 'hasta=2026-01-01T00:00:00Z', invalid('hasta')),
  queue('desde after hasta', 'desde=2026-05-01&hasta=2026-04-01', invalid('desde')),
  queue('tamano negative', 'tamano=-1', invalid('tamano')),
  queue('tamano not a number', 'tamano=mil', invalid('tamano')),
  queue('q of 201 characters', `q=${'z'.repeat(201)}`, invalid('q')),
  queue('estado that does not exist', 'estado=BORRADO', invalid('estado')),
  queue('etiqueta with spaces and symbols', 'etiqueta=no%20vale%21', invalid('etiqueta')),
  queue('asignadoA that is not a UUID', 'asignadoA=%27%20OR%201%3D1--', invalid('asignadoA')),
  exportCsv('desde of month 13', 'desde=2026-13-01', invalid('desde')),
  exportCsv('hasta past the year 2999', 'hasta=3000-01-01', invalid('hasta')),
  exportCsv('cursor of 600 characters', `cursor=${'B'.repeat(600)}`, invalid('cursor')),
  exportCsv('desde as a timestamp', 'desde=1767225600', invalid('desde')),
  exportCsv('separador not offered', 'separador=barra', invalid('separador')),
  exportCsv('dir sideways', 'dir=lateral', invalid('dir')),
  { name: 'GET /api/tickets/exportar without a session', request: { path: '/api/tickets/exportar' }, expect: unauthenticated },
  { name: 'GET /api/tickets/cambios?desde without a zone', request: { path: '/api/tickets/cambios?desde=2026-01-01T10:00:00', as: 'mesa' }, expect: invalid('desde') },
];

// CVE-2025-29927: this header once made Next skip its middleware. Nothing here may trust it.
const SUBREQUEST_VALUES = ['middleware', 'proxy', 'src/middleware', Array(5).fill('src/middleware').join(':'), Array(5).fill('proxy').join(':'), 'pages/_middleware'];

const subrequestCases: AbuseCase[] = [
  ...SUBREQUEST_VALUES.map((value): AbuseCase => ({
    name: `GET /api/tickets with x-middleware-subrequest: ${value}`,
    request: { path: '/api/tickets', headers: { 'x-middleware-subrequest': value } },
    expect: unauthenticated,
  })),
  {
    name: 'POST an operation with x-middleware-subrequest and no session',
    request: { path: ({ ticket }) => `/api/tickets/${ticket.id}/actualizar`, json: { nota: 'Sin sesión', publica: true }, headers: { 'x-middleware-subrequest': Array(5).fill('middleware').join(':') } },
    expect: unauthenticated,
  },
];

const op = (name: string, operation: string, body: AbuseCase['request']['json'], expected: AbuseCase['expect'], as: AbuseCase['request']['as'] = 'mesa'): AbuseCase => ({
  name: `${operation}: ${name}`,
  request: { path: ({ ticket }) => `/api/tickets/${ticket.id}/${operation}`, json: body, as },
  expect: expected,
});

const ticketCases: AbuseCase[] = [
  // Malformed ids in the path.
  { name: 'GET /api/tickets/not-a-uuid', request: { path: '/api/tickets/not-a-uuid', as: 'mesa' }, expect: invalid('ticketUuid') },
  { name: 'GET a ticket id with a trailing character', request: { path: `/api/tickets/${NO_SUCH_ID}x/version`, as: 'mesa' }, expect: invalid('ticketUuid') },
  { name: 'GET a ticket id with SQL in it', request: { path: `/api/tickets/${encodeURIComponent("1' OR '1'='1")}`, as: 'mesa' }, expect: invalid('ticketUuid') },
  { name: 'GET a ticket that does not exist', request: { path: `/api/tickets/${NO_SUCH_ID}`, as: 'mesa' }, expect: { status: 404, code: 'NOT_FOUND' } },
  { name: 'POST an operation on a malformed id', request: { path: '/api/tickets/123/actualizar', json: { nota: 'Hola', publica: false }, as: 'mesa' }, expect: invalid('ticketUuid') },
  { name: 'POST an operation that does not exist', request: { path: ({ ticket }) => `/api/tickets/${ticket.id}/borrar`, json: {}, as: 'mesa' }, expect: { status: 404, code: 'NOT_FOUND' } },
  op('by a role that may not', 'asignar', { area: 'Sistemas' }, { status: 403, code: 'FORBIDDEN' }, 'area'),
  // Wrong types, missing fields, bad values.
  op('without nota', 'actualizar', { publica: true }, invalid('nota')),
  op('publica as the text "true"', 'actualizar', { nota: 'Revisando', publica: 'true' }, invalid('publica')),
  op('expectedVersion as a text', 'actualizar', { nota: 'Revisando', expectedVersion: '1' }, invalid('expectedVersion')),
  op('expectedVersion not whole', 'actualizar', { nota: 'Revisando', expectedVersion: 1.5 }, invalid('expectedVersion')),
  op('a stale expectedVersion', 'actualizar', { nota: 'Revisando', expectedVersion: 999 }, { status: 409, code: 'VERSION_CONFLICT' }),
  op('NUL in nota', 'actualizar', { nota: 'Revisando\u0000' }, invalid('nota')),
  op('nota of 4001 characters', 'actualizar', { nota: 'n'.repeat(4001) }, invalid('nota')),
  op('asignadoA that is not a UUID', 'asignar', { asignadoA: 'yo' }, invalid('asignadoA')),
  op('an area that does not exist', 'transferir', { area: 'Área inventada', motivo: 'Prueba' }, invalid('area')),
  op('CRLF in the area', 'transferir', { area: 'Sistemas\r\nX: 1' }, invalid('area')),
  op('a tag with symbols', 'etiquetar', { agregar: ['no vale!'] }, invalid('agregar')),
  op('prioridad as a number', 'reclasificar', { prioridad: 3 }, invalid('prioridad')),
  op('without motivo', 'cancelar', {}, invalid('motivo')),
  { name: 'cancelar: a JSON array', request: { path: ({ ticket }) => `/api/tickets/${ticket.id}/cancelar`, raw: '["Duplicado"]', contentType: 'application/json', as: 'mesa' }, expect: { status: 400, code: 'VALIDATION_ERROR' } },
  { name: 'cancelar: malformed JSON', request: { path: ({ ticket }) => `/api/tickets/${ticket.id}/cancelar`, raw: '{"motivo": "Duplicado"', contentType: 'application/json', as: 'mesa' }, expect: { status: 400, code: 'INVALID_JSON' } },
  { name: 'cancelar: text/plain', request: { path: ({ ticket }) => `/api/tickets/${ticket.id}/cancelar`, raw: '{"motivo": "Duplicado"}', contentType: 'text/plain', as: 'mesa' }, expect: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' } },
  op('a body over 1 MB', 'actualizar', { nota: 'x'.repeat(MB + 10) }, { status: 413, code: 'PAYLOAD_TOO_LARGE' }),
  {
    name: 'actualizar multipart: datos without nota',
    request: { path: ({ ticket }) => `/api/tickets/${ticket.id}/actualizar`, raw: () => multipart({ publica: true }, [{ nombre: 'f.pdf', bytes: new Uint8Array(TINY_PDF) }]), as: 'mesa' },
    expect: invalid('nota'),
  },
  {
    name: 'actualizar multipart: a part without its closing boundary',
    request: {
      path: ({ ticket }) => `/api/tickets/${ticket.id}/actualizar`,
      raw: '--b\r\nContent-Disposition: form-data; name="datos"\r\n\r\n{"nota":"x"}\r\n--b\r\nContent-Disposition: form-data; name="adjuntos"; filename="f.pdf"\r\n\r\n%PDF-1.4',
      contentType: 'multipart/form-data; boundary=b',
      as: 'mesa',
    },
    expect: { status: 400, code: 'VALIDATION_ERROR' },
  },
];

describe('GET /api/tickets, its export and its changes refuse malformed queries', () => refusesEach(queueCases));
describe('x-middleware-subrequest bypasses no authentication', () => refusesEach(subrequestCases));
describe('a ticket and its operations refuse bad input and write nothing', () => refusesEach(ticketCases));
