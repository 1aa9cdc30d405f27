/** Helpers for calling route handlers in-process, as the HTTP server would. */

type Handler = (request: Request, context: never) => Promise<Response> | Response;

export interface JsonReply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** POSTs a JSON body (or a raw string) to a route handler and reads the JSON answer. */
export async function postJson<T = Record<string, unknown>>(
  handler: Handler,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<JsonReply<T>> {
  const request = new Request('http://localhost/api/test', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const response = await handler(request, undefined as never);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

/** A valid requester body, unique per call, with overrides. */
export function ticketBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    nombre: 'Ana María Pérez',
    email: `ana.${unique}@example.com`,
    tipo: 'INCIDENTE',
    categoria: 'Sistemas',
    descripcion: 'No puedo ingresar al sistema de nómina desde esta mañana.',
    prioridad: 'MEDIA',
    ...overrides,
  };
}
