import type { Locator, Page } from '@playwright/test';
import { expect } from './auth';
import { hydrated } from './hydration';

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
