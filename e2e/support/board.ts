import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect } from './auth';
import { hydrated } from './hydration';

export interface Seeded {
  id: string;
  label: string;
}

/** A word no other ticket contains, to find a test's tickets among everyone else's. */
export function uniqueWord(tag: string): string {
  return `${tag}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** A ticket created the way a requester does, through the public API. */
export async function seedTicket(request: APIRequestContext, fields: Record<string, unknown>): Promise<Seeded> {
  const response = await request.post('/api/tickets/crear', {
    data: {
      nombre: 'Lucía Restrepo',
      email: `lucia.${uniqueWord('e')}@ejemplo.co`,
      tipo: 'INCIDENTE',
      categoria: 'Soporte Técnico',
      descripcion: 'El equipo de la recepción no enciende desde ayer.',
      prioridad: 'MEDIA',
      ...fields,
    },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { ticketUuid: string; ticketLabel: string };
  return { id: body.ticketUuid, label: body.ticketLabel };
}

/** The board's table (from 768 px wide). */
export const board = (page: Page) => page.getByRole('region', { name: /^Tickets, ordenados por/ });
export const bodyRows = (page: Page) => board(page).locator('tbody tr');
export const rowOf = (page: Page, label: string): Locator => board(page).getByRole('row').filter({ has: page.getByRole('link', { name: label, exact: true }) });

export async function search(page: Page, text: string) {
  const box = page.getByRole('searchbox', { name: 'Buscar tickets' });
  await hydrated(box);
  await box.fill(text);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${text}(&|$)`));
}
