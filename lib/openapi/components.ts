import { z } from 'zod';
import { AUTORES, ATTACHMENT_LIMITS, MESSAGE_TEXT_MAX } from '@/lib/domain/conversation';
import { ESTADOS } from '@/lib/domain/estados';
import { SLA_CLOCKS, SLA_ESTADOS } from '@/lib/domain/sla';
import { TIPOS } from '@/lib/domain/tipos';
import { OPERACIONES } from '@/lib/domain/transitions';
import { apiTokenInputSchema } from '@/lib/validation/api-token';
import { replyInputSchema } from '@/lib/validation/reply';
import { lookupInputSchema, ticketInputSchema } from '@/lib/validation/ticket';

export type Json = Record<string, unknown>;

/** A request body's JSON Schema, drawn from the same zod schema the route validates with. */
export function bodySchema(schema: z.ZodType): Json {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  void $schema;
  return rest;
}

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const json = (schema: Json) => ({ content: { 'application/json': { schema } } });

/** JSON, or the multipart form with files (docs/conversation.md#attachments). */
export const jsonOrMultipart = (schema: Json) => ({
  content: {
    ...json(schema).content,
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: ['datos'],
        properties: {
          datos: { ...schema, description: 'Los mismos campos, como JSON.' },
          adjuntos: { type: 'array', maxItems: 5, items: { type: 'string', format: 'binary' }, description: 'Hasta 5 archivos de 10 MB (25 MB en total): PNG, JPEG, GIF, WebP, PDF, texto UTF-8, Office u OpenDocument.' },
        },
      },
      encoding: { datos: { contentType: 'application/json' } },
    },
  },
});
const error = (description: string) => ({ description, ...json(ref('Error')) });
const dateTime = { type: 'string', format: 'date-time' } as const;
export const nullable = (schema: Json) => ({ oneOf: [schema, { type: 'null' }] });

const ERRORS = {
  400: error('Datos inválidos (VALIDATION_ERROR, con `fields`) o JSON mal formado (INVALID_JSON).'),
  // Node's HTTP server answers it before the app sees the request: no body.
  408: { description: 'El cliente tardó demasiado en enviar los encabezados o la solicitud (HTTP_HEADERS_TIMEOUT_MS / HTTP_REQUEST_TIMEOUT_MS); sin cuerpo.' },
  401: error('Sin sesión ni token (UNAUTHENTICATED).'),
  403: error('El rol no puede hacerlo (FORBIDDEN).'),
  404: error('No existe o está fuera del alcance (NOT_FOUND).'),
  409: error('INVALID_TRANSITION (con `estado` y `operacionesPermitidas`), VERSION_CONFLICT o AREA_TICKET_LIMIT_REACHED (con `maxTickets`).'),
  413: error('Cuerpo de más de 1 MB, o adjuntos de más: más de 5, uno de más de 10 MB o más de 25 MB en total (PAYLOAD_TOO_LARGE).'),
  415: error('El cuerpo no es JSON, o un adjunto no es de un tipo permitido (UNSUPPORTED_MEDIA_TYPE).'),
  422: error('La misma Idempotency-Key con otro cuerpo (IDEMPOTENCY_KEY_REUSED).'),
  429: error('Demasiadas solicitudes de este cliente (RATE_LIMITED); el encabezado Retry-After dice cuántos segundos esperar.'),
  503: error('La base de datos no responde (UNAVAILABLE).'),
};
export const pick = (...codes: (keyof typeof ERRORS)[]) => Object.fromEntries(codes.map((c) => [c, ERRORS[c]]));

const historyEntry = {
  type: 'object',
  properties: {
    operacion: { type: 'string' },
    estadoAnterior: nullable({ type: 'string', enum: [...ESTADOS] }),
    estadoNuevo: { type: 'string', enum: [...ESTADOS] },
    texto: nullable({ type: 'string' }),
    autor: { type: 'string' },
    fecha: dateTime,
  },
};

const message = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    autor: { type: 'string', enum: [...AUTORES] },
    autorNombre: { type: 'string' },
    texto: { type: 'string', maxLength: MESSAGE_TEXT_MAX, description: 'Texto plano: nunca se interpreta como HTML.' },
    publico: { type: 'boolean', description: 'Falso en las notas internas, que el solicitante nunca ve.' },
    respondeA: nullable({ type: 'string', format: 'uuid', description: 'El mensaje principal del hilo (los hilos tienen un solo nivel).' }),
    fecha: dateTime,
    adjuntos: {
      type: 'array',
      maxItems: ATTACHMENT_LIMITS.perMessage,
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', format: 'uuid' },
          nombre: { type: 'string' },
          tipo: { type: 'string', description: 'El tipo detectado por el contenido.' },
          tamano: { type: 'integer', description: 'En bytes.' },
          url: { type: 'string', description: 'Para el solicitante, un enlace firmado que vence; para el personal, la ruta de descarga.' },
        },
      },
    },
  },
};

export const schemas: Record<string, Json> = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', examples: ['VALIDATION_ERROR'] },
          message: { type: 'string', description: 'Texto claro en español.' },
          fields: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        },
        additionalProperties: true,
      },
    },
  },
  TicketInput: bodySchema(ticketInputSchema),
  LookupInput: bodySchema(lookupInputSchema),
  ReplyInput: bodySchema(replyInputSchema),
  ApiTokenInput: bodySchema(apiTokenInputSchema),
  InboundMailOutcome: {
    type: 'object',
    required: ['resultado'],
    properties: {
      resultado: { type: 'string', enum: ['ticket', 'respuesta', 'ignorado'] },
      ticketLabel: nullable({ type: 'string', examples: ['TK-2026-00042'] }),
      duplicado: { type: 'boolean', description: 'El Message-ID ya se había recibido: este es su primer resultado, sin efectos nuevos.' },
      motivo: { type: 'string', description: 'Por qué se ignoró.' },
    },
  },
  CreatedTicket: {
    type: 'object',
    properties: {
      ticketUuid: { type: 'string', format: 'uuid' },
      ticketLabel: { type: 'string', pattern: '^TK-\\d{4}-\\d{5,}$' },
      estado: { const: 'NUEVO' },
      slaHoras: { type: 'integer' },
      slaDuracion: { type: 'integer', description: 'El plazo concedido, en la unidad de `slaReloj`.' },
      slaReloj: { type: 'string', enum: [...SLA_CLOCKS] },
      fechaCreacion: dateTime,
      fechaLimiteSla: dateTime,
    },
  },
  PublicTicket: {
    type: 'object',
    description: 'La vista del solicitante: sin notas internas, correos del personal, documento ni teléfono.',
    properties: {
      ticketLabel: { type: 'string' },
      estado: { type: 'string', enum: [...ESTADOS] },
      estadoNombre: { type: 'string', description: 'El estado en palabras del solicitante: Recibida, En atención, En espera de su respuesta, Resuelta o Cancelada.' },
      estadoColor: { type: 'string' },
      tipo: { type: 'string', enum: [...TIPOS] },
      categoria: { type: 'string' },
      subcategoria: nullable({ type: 'string' }),
      asunto: nullable({ type: 'string' }),
      descripcion: { type: 'string' },
      prioridad: { type: 'string' },
      areaAsignada: { type: 'string' },
      fechaCreacion: dateTime,
      fechaActualizacion: dateTime,
      slaHoras: { type: 'integer' },
      slaDuracion: { type: 'integer', description: 'El plazo concedido, en la unidad de `slaReloj`.' },
      slaReloj: { type: 'string', enum: [...SLA_CLOCKS] },
      fechaLimiteSla: dateTime,
      slaEstado: { type: 'string', enum: [...SLA_ESTADOS] },
      mensajes: {
        type: 'array',
        description: 'Los mensajes públicos, la descripción primero; el personal aparece como "Mesa de ayuda".',
        items: ref('Message'),
      },
      historial: { type: 'array', description: 'Los cambios de estado; las respuestas y notas públicas están en `mensajes`.', items: historyEntry },
    },
  },
  RepliedTicket: {
    allOf: [
      ref('PublicTicket'),
      {
        type: 'object',
        properties: { reanudado: { type: 'boolean', description: 'Verdadero si la respuesta reanudó un ticket en pausa.' } },
      },
    ],
  },
  Message: message,
  Ticket: {
    type: 'object',
    description: 'El ticket completo para el personal, con `version`, todos los mensajes y todo el historial.',
    properties: {
      ticketUuid: { type: 'string', format: 'uuid' },
      ticketLabel: { type: 'string' },
      email: nullable({ type: 'string', format: 'email', description: 'Nulo en un ticket que el personal radicó sin correo, con teléfono o documento.' }),
      estado: { type: 'string', enum: [...ESTADOS] },
      version: { type: 'integer' },
      etiquetas: { type: 'array', items: { type: 'string' } },
      slaEstado: { type: 'string', enum: [...SLA_ESTADOS] },
      slaDuracion: { type: 'integer', description: 'El plazo concedido, en la unidad de slaReloj (horas o días hábiles), sin prórroga.' },
      slaReloj: { type: 'string', enum: [...SLA_CLOCKS] },
      fechaLimiteSla: dateTime,
      fechaRiesgoSla: { ...dateTime, description: 'Desde este instante el ticket está EN_RIESGO: 75 % del tiempo hábil concedido, sin las pausas.' },
      operacionesPermitidas: { type: 'array', items: { type: 'string', enum: [...OPERACIONES] } },
      mensajes: { type: 'array', description: 'Todos los mensajes, también las notas internas (`publico: false`), por fecha.', items: ref('Message') },
      historial: { type: 'array', items: { ...historyEntry, properties: { ...historyEntry.properties, publica: { type: 'boolean' } } } },
    },
    additionalProperties: true,
  },
  QueueRow: {
    type: 'object',
    description: 'Una fila de la cola (docs/queue.md).',
    properties: {
      ticketUuid: { type: 'string', format: 'uuid' },
      ticketLabel: { type: 'string' },
      resumen: { type: 'string', description: 'El asunto o, sin él, la primera línea de la descripción.' },
      estado: { type: 'string', enum: [...ESTADOS] },
      slaEstado: { type: 'string', enum: [...SLA_ESTADOS] },
      slaRestanteMs: nullable({ type: 'integer' }),
      version: { type: 'integer' },
      etiquetas: { type: 'array', items: { type: 'string' } },
      respuestaSolicitante: { type: 'boolean', description: 'El último mensaje público es del solicitante.' },
    },
    additionalProperties: true,
  },
};
