import { beforeAll, describe } from 'vitest';
import { ticketBody } from '@/scripts/test/requests';
import { ELF_BYTES, TINY_PDF } from '@/scripts/test/mail-messages';
import { type AbuseCase, abuseContext, multipart, NO_SUCH_ID, refusesEach } from '@/scripts/test/abuse';

// The public endpoints, which anyone can reach: creating a ticket, looking it up and replying to it.
beforeAll(() => abuseContext());

const CREATE = '/api/tickets/crear';
const LOOKUP = '/api/tickets/consultar';
const REPLY = '/api/tickets/responder';
const MB = 1024 * 1024;

const invalid = (...fields: string[]) => ({ status: 400, code: 'VALIDATION_ERROR', fields });
const invalidJson = { status: 400, code: 'INVALID_JSON' };
const unsupported = { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' };
const tooLarge = { status: 413, code: 'PAYLOAD_TOO_LARGE' };
const notFound = { status: 404, code: 'NOT_FOUND' };

const create = (name: string, overrides: Record<string, unknown>, expected: AbuseCase['expect']): AbuseCase => ({
  name: `crear: ${name}`,
  request: { path: CREATE, json: ticketBody(overrides) },
  expect: expected,
});
const createRaw = (name: string, raw: string, expected: AbuseCase['expect'], contentType = 'application/json'): AbuseCase => ({
  name: `crear: ${name}`,
  request: { path: CREATE, raw, contentType },
  expect: expected,
});

const withoutEmail = () => {
  const body = ticketBody();
  delete body.email;
  return body;
};

const createCases: AbuseCase[] = [
  // Wrong types.
  create('nombre as a number', { nombre: 42 }, invalid('nombre')),
  create('email as a list', { email: ['ana@example.com'] }, invalid('email')),
  create('tipo not one of the types', { tipo: 'QUEJA_FORMAL' }, invalid('tipo')),
  create('tieneWhatsapp as the text "si"', { tieneWhatsapp: 'si' }, invalid('tieneWhatsapp')),
  create('descripcion as an object', { descripcion: { texto: 'hola' } }, invalid('descripcion')),
  create('etiquetas as a text instead of a list', { etiquetas: 'urgente' }, invalid('etiquetas')),
  create('prioridad as null', { prioridad: null }, invalid('prioridad')),
  // Missing fields.
  { name: 'crear: an empty object', request: { path: CREATE, json: {} }, expect: invalid('nombre', 'email', 'tipo', 'categoria', 'descripcion', 'prioridad') },
  { name: 'crear: without email', request: { path: CREATE, json: withoutEmail() }, expect: invalid('email') },
  create('nombre of blanks only', { nombre: '   \t ' }, invalid('nombre')),
  // Oversize fields and body.
  create('nombre of 151 characters', { nombre: 'a'.repeat(151) }, invalid('nombre')),
  create('descripcion of 4001 characters', { descripcion: 'x'.repeat(4001) }, invalid('descripcion')),
  create('email of 255 characters', { email: `${'a'.repeat(243)}@example.com` }, invalid('email')),
  create('asunto of 201 characters', { asunto: 'b'.repeat(201) }, invalid('asunto')),
  create('etiquetas with 101 tags', { etiquetas: Array.from({ length: 101 }, (_, i) => `t${i}`) }, invalid('etiquetas')),
  { name: 'crear: a JSON body over 1 MB', request: { path: CREATE, json: ticketBody({ descripcion: 'x'.repeat(MB + 10) }) }, expect: tooLarge },
  // NUL and control characters.
  create('NUL in nombre', { nombre: 'Ana\u0000María' }, invalid('nombre')),
  create('NUL in descripcion', { descripcion: 'No puedo\u0000 ingresar al sistema.' }, invalid('descripcion')),
  create('an escape sequence in categoria', { categoria: 'Sistemas\u001b[31m' }, invalid('categoria')),
  create('a C1 control (NEL) in asunto', { asunto: 'Sin acceso\u0085ya' }, invalid('asunto')),
  create('a vertical tab in descripcion', { descripcion: 'Primera línea\u000bsegunda' }, invalid('descripcion')),
  // CRLF, as in mail header injection.
  create('CRLF in nombre', { nombre: 'Ana\r\nBcc: victima@example.com' }, invalid('nombre')),
  create('CRLF in email', { email: 'ana@example.com\r\nBcc: victima@example.com' }, invalid('email')),
  create('CRLF in asunto', { asunto: 'Hola\r\nContent-Type: text/html' }, invalid('asunto')),
  create('a bare LF in documento', { documento: '1020\nX-Extra: 1' }, invalid('documento')),
  // Lone surrogates: JSON can escape them, UTF-8 cannot hold them.
  createRaw('a lone high surrogate in nombre', JSON.stringify(ticketBody({ nombre: 'NOMBRE' })).replace('NOMBRE', 'Ana \\ud800'), invalid('nombre')),
  createRaw('a lone low surrogate in descripcion', JSON.stringify(ticketBody({ descripcion: 'DESC' })).replace('DESC', 'Falla \\udfff del sistema'), invalid('descripcion')),
  createRaw('a lone surrogate in asunto', JSON.stringify(ticketBody({ asunto: 'ASUNTO' })).replace('ASUNTO', '\\udbff'), invalid('asunto')),
  createRaw('a lone surrogate in email', JSON.stringify(ticketBody({ email: 'ana@example.com' })).replace('ana@', 'ana\\ud800@'), invalid('email')),
  // Malformed JSON.
  createRaw('a trailing comma', '{"nombre": "Ana",}', invalidJson),
  {
    name: 'crear: bytes that are not UTF-8 inside a string',
    request: { path: CREATE, raw: () => Buffer.concat([Buffer.from(JSON.stringify(ticketBody({ nombre: 'NOMBRE' })).split('NOMBRE')[0]!), Buffer.from([0x41, 0xff, 0xfe, 0x41]), Buffer.from(JSON.stringify(ticketBody({ nombre: 'NOMBRE' })).split('NOMBRE')[1]!)]) as Uint8Array<ArrayBuffer>, contentType: 'application/json' },
    expect: invalidJson,
  },
  createRaw('single quotes', "{'nombre': 'Ana'}", invalidJson),
  createRaw('an empty body', '', invalidJson),
  createRaw('a truncated object', '{"nombre": "Ana", "email": "ana@exa', invalidJson),
  createRaw('a raw NUL byte inside a string', '{"nombre": "Ana\u0000"}', invalidJson),
  createRaw('a JSON array', '[{"nombre": "Ana"}]', { status: 400, code: 'VALIDATION_ERROR' }),
  createRaw('JSON null', 'null', { status: 400, code: 'VALIDATION_ERROR' }),
  // Wrong content types.
  createRaw('valid JSON sent as text/plain', JSON.stringify(ticketBody()), unsupported, 'text/plain'),
  createRaw('a form-urlencoded body', 'nombre=Ana&email=ana%40example.com', unsupported, 'application/x-www-form-urlencoded'),
  { name: 'crear: no Content-Type at all', request: { path: CREATE, raw: JSON.stringify(ticketBody()), contentType: null }, expect: unsupported },
  createRaw('multipart/form-data without a boundary', JSON.stringify(ticketBody()), unsupported, 'multipart/form-data'),
];

const multipartCases: AbuseCase[] = [
  { name: 'crear multipart: no datos part', request: { path: CREATE, raw: multipart(undefined, [{ nombre: 'f.pdf', bytes: TINY_PDF }]) }, expect: invalid('datos') },
  {
    name: 'crear multipart: datos sent as a file',
    request: { path: CREATE, raw: () => { const f = new FormData(); f.append('datos', new Blob([JSON.stringify(ticketBody())]), 'datos.json'); return f; } },
    expect: invalid('datos'),
  },
  { name: 'crear multipart: datos that is not JSON', request: { path: CREATE, raw: multipart('{nombre: Ana}') }, expect: invalidJson },
  {
    name: 'crear multipart: a body that does not match its boundary',
    request: { path: CREATE, raw: '--otro\r\nContent-Disposition: form-data; name="datos"\r\n\r\n{}\r\n--otro--\r\n', contentType: 'multipart/form-data; boundary=limite' },
    expect: { status: 400, code: 'VALIDATION_ERROR' },
  },
  {
    name: 'crear multipart: adjuntos sent as text',
    request: { path: CREATE, raw: () => { const f = multipart(ticketBody()); f.append('adjuntos', 'no soy un archivo'); return f; } },
    expect: invalid('adjuntos'),
  },
  { name: 'crear multipart: an empty file', request: { path: CREATE, raw: () => multipart(ticketBody(), [{ nombre: 'vacio.pdf', bytes: new Uint8Array(0) }]) }, expect: invalid('adjuntos') },
  { name: 'crear multipart: an executable named .pdf', request: { path: CREATE, raw: () => multipart(ticketBody(), [{ nombre: 'factura.pdf', bytes: new Uint8Array(ELF_BYTES), type: 'application/pdf' }]) }, expect: unsupported },
  {
    name: 'crear multipart: six files',
    request: { path: CREATE, raw: () => multipart(ticketBody(), Array.from({ length: 6 }, (_, i) => ({ nombre: `f${i}.pdf`, bytes: new Uint8Array(TINY_PDF) }))) },
    expect: tooLarge,
  },
  { name: 'crear multipart: a file of 11 MB', request: { path: CREATE, raw: () => multipart(ticketBody(), [{ nombre: 'grande.txt', bytes: new Uint8Array(11 * MB).fill(0x61) }]) }, expect: tooLarge },
  { name: 'crear multipart: valid files but a field missing in datos', request: { path: CREATE, raw: () => multipart(ticketBody({ descripcion: undefined }), [{ nombre: 'f.pdf', bytes: new Uint8Array(TINY_PDF) }]) }, expect: invalid('descripcion') },
];

const lookup = (name: string, body: AbuseCase['request']['json'], expected: AbuseCase['expect']): AbuseCase => ({ name: `consultar: ${name}`, request: { path: LOOKUP, json: body }, expect: expected });

const lookupCases: AbuseCase[] = [
  // A malformed label is answered like an unknown one: the lookup never says which labels exist.
  lookup('a label of the wrong shape', ({ ticket }) => ({ ticketLabel: 'TK-26-1', email: ticket.email }), notFound),
  lookup('a label with SQL in it', ({ ticket }) => ({ ticketLabel: "TK-2026-00001' OR '1'='1", email: ticket.email }), notFound),
  lookup('a label with a wildcard', ({ ticket }) => ({ ticketLabel: 'TK-%', email: ticket.email }), notFound),
  lookup('a real label with another email', ({ ticket }) => ({ ticketLabel: ticket.label, email: 'otra.persona@example.com' }), notFound),
  lookup('a label of 31 characters', ({ ticket }) => ({ ticketLabel: `TK-2026-${'0'.repeat(23)}`, email: ticket.email }), invalid('ticketLabel')),
  lookup('a label as a number', ({ ticket }) => ({ ticketLabel: 202600001, email: ticket.email }), invalid('ticketLabel')),
  lookup('NUL in the label', ({ ticket }) => ({ ticketLabel: `${ticket.label}\u0000`, email: ticket.email }), invalid('ticketLabel')),
  lookup('without the email', ({ ticket }) => ({ ticketLabel: ticket.label }), invalid('email')),
  { name: 'consultar: an XML body', request: { path: LOOKUP, raw: '<consulta><ticketLabel>TK-2026-00001</ticketLabel></consulta>', contentType: 'application/xml' }, expect: unsupported },
];

const reply = (name: string, extra: Record<string, unknown>, expected: AbuseCase['expect']): AbuseCase => ({
  name: `responder: ${name}`,
  request: { path: REPLY, json: ({ ticket }) => ({ ticketLabel: ticket.label, email: ticket.email, texto: 'Les envío el dato pedido.', ...extra }) },
  expect: expected,
});

const replyCases: AbuseCase[] = [
  reply('respondeA that is not a UUID', { respondeA: 'el-primero' }, invalid('respondeA')),
  reply('respondeA of a message that does not exist', { respondeA: NO_SUCH_ID }, invalid('respondeA')),
  reply('texto of 4001 characters', { texto: 'r'.repeat(4001) }, invalid('texto')),
  reply('texto as a list', { texto: ['hola'] }, invalid('texto')),
  reply('NUL in texto', { texto: 'Hola\u0000mundo' }, invalid('texto')),
  reply('an unknown label', { ticketLabel: 'TK-1999-99999' }, notFound),
  {
    name: 'responder: a lone surrogate in texto',
    request: { path: REPLY, raw: ({ ticket }) => JSON.stringify({ ticketLabel: ticket.label, email: ticket.email, texto: 'TEXTO' }).replace('TEXTO', 'Hola \\ud83d'), contentType: 'application/json' },
    expect: invalid('texto'),
  },
  {
    name: 'responder multipart: datos without texto, with a file',
    request: { path: REPLY, raw: ({ ticket }) => multipart({ ticketLabel: ticket.label, email: ticket.email }, [{ nombre: 'f.pdf', bytes: new Uint8Array(TINY_PDF) }]) },
    expect: invalid('texto'),
  },
  {
    name: 'responder multipart: an executable among the files',
    request: {
      path: REPLY,
      raw: ({ ticket }) => multipart({ ticketLabel: ticket.label, email: ticket.email, texto: 'Adjunto' }, [{ nombre: 'f.pdf', bytes: new Uint8Array(TINY_PDF) }, { nombre: 'setup.exe', bytes: new Uint8Array(ELF_BYTES) }]),
    },
    expect: unsupported,
  },
];

describe('POST /api/tickets/crear refuses bad input and writes nothing', () => refusesEach(createCases));
describe('multipart bodies of POST /api/tickets/crear', () => refusesEach(multipartCases));
describe('POST /api/tickets/consultar refuses bad input', () => refusesEach(lookupCases));
describe('POST /api/tickets/responder refuses bad input and writes nothing', () => refusesEach(replyCases));
