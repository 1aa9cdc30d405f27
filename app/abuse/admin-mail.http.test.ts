import { beforeAll, describe } from 'vitest';
import { newSender, rawMail } from '@/scripts/test/mail-messages';
import { type AbuseCase, abuseContext, NO_SUCH_ID, refusesEach } from '@/scripts/test/abuse';

// The administration's API tokens, attachment downloads and the inbound mail endpoint.
beforeAll(() => abuseContext());

const TOKENS = '/api/admin/tokens';
const MAIL = '/api/correo/entrante';
const invalid = (...fields: string[]) => ({ status: 400, code: 'VALIDATION_ERROR', fields });
const unauthenticated = { status: 401, code: 'UNAUTHENTICATED' };
const forbidden = { status: 403, code: 'FORBIDDEN' };
const notFound = { status: 404, code: 'NOT_FOUND' };

const issue = (name: string, body: AbuseCase['request']['json'], expected: AbuseCase['expect'], as: AbuseCase['request']['as'] = 'admin'): AbuseCase => ({
  name: `POST ${TOKENS}: ${name}`,
  request: { path: TOKENS, json: body, as },
  expect: expected,
});

const tokenCases: AbuseCase[] = [
  { name: `POST ${TOKENS}: without a session`, request: { path: TOKENS, json: { name: 'Integración', role: 'MESA' } }, expect: unauthenticated },
  issue('by a MESA user', { name: 'Integración', role: 'ADMIN' }, forbidden, 'mesa'),
  issue('by a MESA token', { name: 'Integración', role: 'ADMIN' }, forbidden, 'mesaToken'),
  issue('a role that does not exist', { name: 'Integración', role: 'ROOT' }, invalid('role')),
  issue('without name', { role: 'MESA' }, invalid('name')),
  issue('name of 101 characters', { name: 'n'.repeat(101), role: 'MESA' }, invalid('name')),
  issue('CRLF in the name', { name: 'Integración\r\nX-Admin: 1', role: 'MESA' }, invalid('name')),
  issue('areas as a text', { name: 'Integración', role: 'AREA', areas: 'Sistemas' }, invalid('areas')),
  issue('an AREA token without areas', { name: 'Integración', role: 'AREA' }, invalid('areas')),
  issue('an area that does not exist', { name: 'Integración', role: 'AREA', areas: ['Área inventada'] }, invalid('areas')),
  issue('51 areas', { name: 'Integración', role: 'AREA', areas: Array.from({ length: 51 }, (_, i) => `Área ${i}`) }, invalid('areas')),
  { name: `POST ${TOKENS}: malformed JSON`, request: { path: TOKENS, raw: '{"name": "x", "role": MESA}', contentType: 'application/json', as: 'admin' }, expect: { status: 400, code: 'INVALID_JSON' } },
  { name: `DELETE ${TOKENS}/not-a-uuid`, request: { method: 'DELETE', path: `${TOKENS}/not-a-uuid`, as: 'admin' }, expect: invalid('id') },
  { name: `DELETE ${TOKENS}/ of a token that does not exist`, request: { method: 'DELETE', path: `${TOKENS}/${NO_SUCH_ID}`, as: 'admin' }, expect: notFound },
  { name: `DELETE ${TOKENS}/ by a MESA user`, request: { method: 'DELETE', path: `${TOKENS}/${NO_SUCH_ID}`, as: 'mesa' }, expect: forbidden },
];

const download = (name: string, path: string, expected: AbuseCase['expect'], as?: AbuseCase['request']['as']): AbuseCase => ({
  name: `GET /api/adjuntos/${name}`,
  request: { path: `/api/adjuntos/${path}`, as },
  expect: expected,
});
const future = Math.floor(Date.now() / 1000) + 600;

const attachmentCases: AbuseCase[] = [
  download('not-a-uuid, signed in', 'not-a-uuid', notFound, 'mesa'),
  download('a path traversal', '..%2F..%2Fetc%2Fpasswd', notFound, 'mesa'),
  download('an unknown id without a session', NO_SUCH_ID, unauthenticated),
  download('a link with a garbled signature', `${NO_SUCH_ID}?exp=${future}&sig=abc`, notFound),
  download('a link with exp that is not a number', `${NO_SUCH_ID}?exp=pronto&sig=${'a'.repeat(64)}`, notFound),
  download('a link without exp', `${NO_SUCH_ID}?sig=${'a'.repeat(64)}`, notFound),
  download('an expired link', `${NO_SUCH_ID}?exp=1&sig=${'a'.repeat(64)}`, notFound),
];

const deliver = (name: string, raw: AbuseCase['request']['raw'], expected: AbuseCase['expect'], options: Partial<AbuseCase['request']> = {}): AbuseCase => ({
  name: `POST ${MAIL}: ${name}`,
  request: { path: MAIL, raw, contentType: 'message/rfc822', as: 'correoToken', ...options },
  expect: expected,
});
const plainMail = async () => new Uint8Array(await rawMail({ from: newSender(), subject: 'Hola', text: 'No puedo ingresar.' }));
const mail = await plainMail();

const mailCases: AbuseCase[] = [
  deliver('without a token', mail, unauthenticated, { as: undefined }),
  deliver('with a session cookie instead of a token', mail, unauthenticated, { as: 'admin' }),
  deliver('with a MESA token', mail, forbidden, { as: 'mesaToken' }),
  deliver('with a token that does not exist', mail, unauthenticated, { as: undefined, headers: { authorization: 'Bearer mda_no-existe-este-token' } }),
  deliver('with an empty Bearer', mail, unauthenticated, { as: undefined, headers: { authorization: 'Bearer ' } }),
  deliver('as text/plain', mail, { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' }, { contentType: 'text/plain' }),
  deliver('as JSON', JSON.stringify({ from: 'ana@example.co', text: 'Hola' }), { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' }, { contentType: 'application/json' }),
  deliver('an empty body', new Uint8Array(0), invalid('mensaje')),
  deliver('text without headers', 'esto no es un correo\r\nni tiene encabezados', invalid('From')),
  deliver('headers without From', 'To: soporte@mesa.example.co\r\nSubject: Hola\r\n\r\nCuerpo', invalid('From')),
];

describe('the API tokens refuse bad input and issue nothing', () => refusesEach(tokenCases));
describe('attachment downloads refuse malformed ids and links', () => refusesEach(attachmentCases));
describe('the inbound mail endpoint refuses what is not a mail from the MTA', () => refusesEach(mailCases));
