import { expect, type APIRequestContext } from '@playwright/test';

/** A word no other ticket contains, to find a test's tickets among everyone else's. */
export function uniqueWord(tag: string): string {
  return `${tag}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** A ticket created the way a requester's integration does, through the public API. */
export interface Seeded {
  id: string;
  label: string;
}

export async function createTicketThroughApi(request: APIRequestContext, fields: Record<string, unknown>): Promise<Seeded> {
  const response = await request.post('/api/tickets/crear', {
    data: {
      nombre: 'Valentina Ospina',
      email: `valentina.${uniqueWord('e')}@ejemplo.co`,
      tipo: 'SOLICITUD',
      categoria: 'Soporte Técnico',
      descripcion: 'Necesito acceso a la carpeta compartida de contabilidad.',
      prioridad: 'MEDIA',
      ...fields,
    },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { ticketUuid: string; ticketLabel: string };
  return { id: body.ticketUuid, label: body.ticketLabel };
}
