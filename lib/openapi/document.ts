import { OPERACIONES, TRANSITIONS } from '@/lib/domain/transitions';
import { operationBodySchemas } from '@/lib/validation/operations';
import { type Json, bodySchema, json, jsonOrMultipart, nullable, pick, ref, schemas } from '@/lib/openapi/components';
import { QUEUE_PARAMETERS } from '@/lib/openapi/queue-parameters';

const staff = [{ session: [] }, { bearer: [] }];
/** No credentials: a requester's operations and the catalogs. */
const PUBLIC: Json[] = [];
const ticketUuidParam = { name: 'ticketUuid', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };

function operationPath(op: (typeof OPERACIONES)[number]) {
  const t = TRANSITIONS[op];
  return {
    post: {
      tags: ['Flujo de trabajo'],
      summary: `${t.nombre} (${t.roles.join(', ')})`,
      description: `Desde ${t.from.join(', ')}; ${t.to ? `pasa a ${t.to}` : 'no cambia el estado'}. Acepta \`expectedVersion\`.`,
      operationId: op,
      security: staff,
      parameters: [ticketUuidParam],
      requestBody: { required: true, ...(op === 'actualizar' ? jsonOrMultipart : json)(bodySchema(operationBodySchemas[op])) },
      responses: { 200: { description: 'El ticket después de la operación.', ...json(ref('Ticket')) }, ...pick(400, 401, 403, 404, 409, 413, 415, 503) },
    },
  };
}

/** Served at /api/openapi.json; docs/api.md describes the same API. */
export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mesa de Ayuda — API',
      version: '1.0.0',
      description: 'Radicación y consulta pública de tickets, flujo de trabajo del personal y catálogos. Errores: `{ "error": { "code", "message", "fields"? } }`.',
      license: { name: 'Privada: todos los derechos reservados', identifier: 'LicenseRef-Privada' },
    },
    // Relative: the document describes the instance that serves it.
    servers: [{ url: '/', description: 'Esta instalación de Mesa de Ayuda' }],
    components: {
      schemas,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'authjs.session-token', description: 'La sesión de /login.' },
        bearer: { type: 'http', scheme: 'bearer', description: 'Un token de integración emitido por ADMIN.' },
      },
    },
    paths: {
      '/api/tickets/crear': {
        post: {
          tags: ['Público'],
          summary: 'Radicar un ticket',
          operationId: 'crear',
          security: PUBLIC,
          parameters: [{ name: 'Idempotency-Key', in: 'header', schema: { type: 'string', minLength: 1, maxLength: 255 } }],
          requestBody: { required: true, ...jsonOrMultipart(ref('TicketInput')) },
          responses: { 200: { description: 'El ticket creado.', ...json(ref('CreatedTicket')) }, ...pick(400, 409, 413, 415, 422, 429, 503) },
        },
      },
      '/api/tickets/consultar': {
        post: {
          tags: ['Público'],
          summary: 'Consultar un ticket con su número y correo',
          operationId: 'consultar',
          security: PUBLIC,
          requestBody: { required: true, ...json(ref('LookupInput')) },
          responses: { 200: { description: 'La vista pública.', ...json(ref('PublicTicket')) }, ...pick(400, 404, 413, 415, 429, 503) },
        },
      },
      '/api/tickets/responder': {
        post: {
          tags: ['Público'],
          summary: 'Responder a la mesa de ayuda como solicitante',
          operationId: 'responder',
          security: PUBLIC,
          requestBody: { required: true, ...jsonOrMultipart(ref('ReplyInput')) },
          description: 'La respuesta a un ticket en PAUSADO lo reanuda (salvo que la administración lo desactive) y la vista lo dice con `reanudado`.',
          responses: { 200: { description: 'La vista pública con la respuesta.', ...json(ref('RepliedTicket')) }, ...pick(400, 404, 409, 413, 415, 429, 503) },
        },
      },
      '/api/tickets': {
        get: {
          tags: ['Flujo de trabajo'],
          summary: 'La cola de tickets: filtros, orden y paginación por cursor',
          operationId: 'listarTickets',
          security: staff,
          parameters: QUEUE_PARAMETERS,
          responses: {
            200: {
              description: 'Una página de la cola.',
              ...json({
                type: 'object',
                properties: {
                  items: { type: 'array', items: ref('QueueRow') },
                  nextCursor: nullable({ type: 'string' }),
                  prevCursor: nullable({ type: 'string' }),
                  conteos: { type: 'object', additionalProperties: true },
                },
              }),
            },
            ...pick(400, 401, 503),
          },
        },
      },
      '/api/tickets/exportar': {
        get: {
          tags: ['Flujo de trabajo'],
          summary: 'La cola filtrada en CSV (UTF-8 con BOM), transmitida por partes',
          operationId: 'exportarTickets',
          security: staff,
          parameters: [
            ...QUEUE_PARAMETERS.filter((p) => p.name !== 'cursor' && p.name !== 'tamano'),
            { name: 'separador', in: 'query', description: 'Separador de celdas: `coma` (RFC 4180) o `punto-y-coma` (Excel con coma decimal).', schema: { type: 'string', enum: ['coma', 'punto-y-coma'], default: 'coma' } },
          ],
          responses: { 200: { description: 'El archivo CSV.', content: { 'text/csv': { schema: { type: 'string' } } } }, ...pick(400, 401, 503) },
        },
      },
      '/api/tickets/cambios': {
        get: {
          tags: ['Flujo de trabajo'],
          summary: 'Los tickets creados o modificados desde un instante, con los filtros del tablero (el tablero en vivo)',
          operationId: 'cambiosTickets',
          security: staff,
          parameters: [
            { name: 'desde', in: 'query', description: 'Instante ISO 8601 con zona. Sin él, la respuesta solo trae `ahora`, el reloj del servidor.', schema: { type: 'string', format: 'date-time' } },
            ...QUEUE_PARAMETERS.filter((p) => !['desde', 'hasta', 'orden', 'dir', 'cursor', 'tamano'].includes(p.name)),
          ],
          responses: {
            200: {
              description: 'Cuántos tickets cambiaron (como máximo 100, `capped` si hay más) y cuáles, con su versión.',
              ...json({
                type: 'object',
                properties: {
                  nuevos: { type: 'integer' },
                  actualizados: { type: 'integer' },
                  capped: { type: 'boolean' },
                  ultimoCambio: nullable({ type: 'string', format: 'date-time' }),
                  ahora: { type: 'string', format: 'date-time' },
                  tickets: { type: 'array', items: { type: 'object', properties: { ticketUuid: { type: 'string', format: 'uuid' }, version: { type: 'integer' }, nuevo: { type: 'boolean' } } } },
                },
              }),
            },
            ...pick(400, 401, 503),
          },
        },
      },
      '/api/tickets/{ticketUuid}/version': {
        get: {
          tags: ['Flujo de trabajo'],
          summary: 'La versión de un ticket y su última modificación',
          operationId: 'versionTicket',
          security: staff,
          parameters: [ticketUuidParam],
          responses: {
            200: { description: 'La versión.', ...json({ type: 'object', properties: { version: { type: 'integer' }, fechaActualizacion: { type: 'string', format: 'date-time' } } }) },
            ...pick(400, 401, 404, 503),
          },
        },
      },
      '/api/tickets/{ticketUuid}': {
        get: {
          tags: ['Flujo de trabajo'],
          summary: 'Un ticket completo con su historial',
          operationId: 'verTicket',
          security: staff,
          parameters: [ticketUuidParam],
          responses: { 200: { description: 'El ticket.', ...json(ref('Ticket')) }, ...pick(400, 401, 404, 503) },
        },
      },
      ...Object.fromEntries(OPERACIONES.map((op) => [`/api/tickets/{ticketUuid}/${op}`, operationPath(op)])),
      '/api/adjuntos/{id}': {
        get: {
          tags: ['Flujo de trabajo'],
          summary: 'Descargar un adjunto: el personal en su alcance, o el solicitante con el enlace firmado de la consulta',
          operationId: 'descargarAdjunto',
          security: [...staff, {}],
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
            { name: 'exp', in: 'query', description: 'Vencimiento del enlace firmado (segundos Unix).', schema: { type: 'integer' } },
            { name: 'sig', in: 'query', description: 'La firma del enlace.', schema: { type: 'string' } },
          ],
          responses: {
            200: { description: 'Los bytes, con el tipo detectado, `nosniff` y `Content-Disposition` (inline solo para imágenes).', content: { '*/*': { schema: { type: 'string', format: 'binary' } } } },
            ...pick(401, 404, 503),
          },
        },
      },
      '/api/catalogos': {
        get: {
          tags: ['Público'],
          summary: 'Tipos, prioridades, categorías con subcategorías, áreas y si el formulario público pide la prioridad (formulario.pidePrioridad)',
          operationId: 'catalogos',
          security: PUBLIC,
          responses: { 200: { description: 'Los catálogos del formulario.', ...json({ type: 'object', additionalProperties: true }) }, ...pick(408, 503) },
        },
      },
      '/api/salud': {
        get: {
          tags: ['Público'],
          summary: 'Salud de la instancia: responde y alcanza su base de datos (para el balanceador)',
          operationId: 'salud',
          security: PUBLIC,
          responses: {
            200: { description: 'La instancia y su base de datos responden.', ...json({ type: 'object', required: ['aplicacion', 'baseDeDatos'], properties: { aplicacion: { const: 'ok' }, baseDeDatos: { const: 'ok' } } }) },
            ...pick(408, 503),
          },
        },
      },
      '/api/listo': {
        get: {
          tags: ['Público'],
          summary: 'Preparación de la instancia: alcanza su base de datos y esta tiene las migraciones de esta versión',
          operationId: 'listo',
          security: PUBLIC,
          responses: {
            200: {
              description: 'La instancia puede recibir tráfico.',
              ...json({ type: 'object', required: ['listo', 'baseDeDatos', 'migracion'], properties: { listo: { const: true }, baseDeDatos: { const: 'ok' }, migracion: { type: 'string' } } }),
            },
            ...pick(408, 503),
          },
        },
      },
      '/api/estados': {
        get: {
          tags: ['Público'],
          summary: 'Los estados con su nombre y color',
          operationId: 'estados',
          security: PUBLIC,
          responses: { 200: { description: 'Los siete estados.', ...json({ type: 'array', items: { type: 'object', additionalProperties: true } }) }, ...pick(408) },
        },
      },
      '/api/correo/entrante': {
        post: {
          tags: ['Correo'],
          summary: 'Entregar un correo entrante (token de rol CORREO)',
          description:
            'El mensaje completo (RFC 5322), como lo entrega el servidor de correo (`scripts/mail-pipe.mjs`). La respuesta del solicitante a su ticket abierto (por In-Reply-To/References o el número en el asunto) es un mensaje del ticket; cualquier otro correo radica un ticket con canal EMAIL. Las respuestas automáticas, los rebotes y los correos de la propia mesa se ignoran con 202. Un Message-ID repetido recibe el primer resultado con `duplicado: true`.',
          operationId: 'correoEntrante',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'message/rfc822': { schema: { type: 'string', format: 'binary' } } } },
          responses: {
            201: { description: 'Se radicó un ticket.', ...json(ref('InboundMailOutcome')) },
            200: { description: 'Se agregó la respuesta del solicitante a su ticket.', ...json(ref('InboundMailOutcome')) },
            202: { description: 'Ignorado (respuesta automática, rebote, la propia mesa); no se escribió nada.', ...json(ref('InboundMailOutcome')) },
            ...pick(400, 401, 403),
            413: { description: 'El mensaje supera MAX_MAIL_BYTES (PAYLOAD_TOO_LARGE).', ...json(ref('Error')) },
            415: { description: 'El Content-Type no es message/rfc822 (UNSUPPORTED_MEDIA_TYPE).', ...json(ref('Error')) },
            429: { description: 'Demasiados correos de este remitente en la última hora (RATE_LIMITED, con Retry-After).', ...json(ref('Error')) },
            503: { description: 'La base de datos no responde, o el mismo correo se está procesando en otra entrega (UNAVAILABLE, con Retry-After).', ...json(ref('Error')) },
          },
        },
      },
      '/api/admin/tokens': {
        get: {
          tags: ['Administración'],
          summary: 'Los tokens de integración (sin su valor)',
          operationId: 'listarTokens',
          security: [{ session: [] }],
          responses: { 200: { description: 'Los tokens.', ...json({ type: 'array', items: { type: 'object', additionalProperties: true } }) }, ...pick(401, 403) },
        },
        post: {
          tags: ['Administración'],
          summary: 'Emitir un token (se muestra una sola vez)',
          operationId: 'emitirToken',
          security: [{ session: [] }],
          requestBody: { required: true, ...json(ref('ApiTokenInput')) },
          responses: { 201: { description: 'El token, en claro, esta única vez.', ...json({ type: 'object', additionalProperties: true }) }, ...pick(400, 401, 403) },
        },
      },
      '/api/admin/tokens/{id}': {
        delete: {
          tags: ['Administración'],
          summary: 'Revocar un token',
          operationId: 'revocarToken',
          security: [{ session: [] }],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: { 200: { description: 'El token revocado.', ...json({ type: 'object', additionalProperties: true }) }, ...pick(400, 401, 403, 404) },
        },
      },
      '/api/openapi.json': {
        get: { tags: ['Público'], summary: 'Este documento', operationId: 'openapi', security: PUBLIC, responses: { 200: { description: 'OpenAPI 3.1.' }, ...pick(408) } },
      },
    },
  };
}
