import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, signedInPage, test } from './support/auth';
import { hydrated } from './support/hydration';
import { createTicketThroughApi, uniqueWord } from './support/tickets';

test.use({ role: 'mesa' });
// Each test waits for the page's next poll (10 s on the board, 15 s on a ticket) besides its own steps.
test.describe.configure({ timeout: 120_000 });

const createTicket = (request: APIRequestContext, asunto: string) => createTicketThroughApi(request, { asunto });

/** A mark on the window that a reload would erase. */
async function markWindow(page: Page) {
  await page.evaluate(() => ((window as unknown as { __sinRecarga: boolean }).__sinRecarga = true));
}
const stillSameWindow = (page: Page) => page.evaluate(() => (window as unknown as { __sinRecarga?: boolean }).__sinRecarga === true);

test('otro navegador crea un ticket y el tablero lo anuncia sin recargar; "Mostrar" lo trae', async ({ page, browser }) => {
  const word = uniqueWord('vivo');
  const existing = await createTicket(page.request, `Primero ${word}`);
  // The board asks for its starting point as soon as it runs.
  const started = page.waitForResponse((r) => r.url().includes('/api/tickets/cambios') && r.status() === 200);
  await page.goto(`/panel?q=${word}`);
  const rows = page.locator('tr[data-ticket-id]');
  await expect(rows).toHaveCount(1);
  await hydrated(page.getByRole('searchbox', { name: 'Buscar tickets' }));
  await started;
  await markWindow(page);

  // Another person, in a browser of their own, files a ticket that matches this board.
  const other = await signedInPage(browser, 'admin');
  const created = await createTicket(other.request, `Segundo ${word}`);

  const pill = page.getByRole('status').filter({ hasText: '1 ticket nuevo' });
  await expect(pill).toBeVisible({ timeout: 30_000 });
  expect(await stillSameWindow(page)).toBe(true);
  // Nothing moved by itself: the board still shows only what it had.
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-ticket-id', existing.id);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.getByRole('button', { name: 'Mostrar' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toHaveAttribute('data-ticket-label', created.label);
  await expect(pill).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mostrar' })).toHaveCount(0);
  expect(await stillSameWindow(page)).toBe(true);
  await other.context().close();
});

test('la página de un ticket avisa cuando otra persona lo modificó, no por lo que hace esta pestaña', async ({ page, browser }) => {
  const word = uniqueWord('aviso');
  const ticket = await createTicket(page.request, `Aviso ${word}`);
  await page.goto(`/panel/tickets/${ticket.label}`);
  const warning = page.getByRole('status').filter({ hasText: 'Otra persona modificó este ticket.' });

  // This tab's own note: the page refreshes with it, and the next check finds nothing to warn about.
  const box = page.getByRole('form', { name: 'Responder' });
  await hydrated(box.getByLabel('Mensaje'));
  await box.getByRole('radio', { name: 'Nota interna' }).check();
  await box.getByLabel('Mensaje').fill('Reviso los permisos de la carpeta.');
  await box.getByRole('button', { name: 'Guardar nota interna' }).click();
  await expect(box.getByRole('status')).toHaveText('Nota interna guardada.');
  const checked = await page.waitForResponse(async (r) => r.url().endsWith(`/api/tickets/${ticket.id}/version`) && ((await r.json()) as { version: number }).version === 2);
  expect(checked.status()).toBe(200);
  await expect(warning).toHaveCount(0);
  await markWindow(page);

  // Someone else writes on the ticket from another browser.
  const other = await signedInPage(browser, 'admin');
  const note = await other.request.post(`/api/tickets/${ticket.id}/actualizar`, { data: { nota: 'Permisos concedidos por Infraestructura.', publica: false } });
  expect(note.status()).toBe(200);

  await expect(warning).toBeVisible({ timeout: 30_000 });
  expect(await stillSameWindow(page)).toBe(true);
  await expect(page.getByText('Permisos concedidos por Infraestructura.')).toHaveCount(0);
  await warning.getByRole('button', { name: 'Recargar' }).click();
  await expect(page.getByText('Permisos concedidos por Infraestructura.')).toBeVisible();
  await expect(warning).toHaveCount(0);
  await other.context().close();
});
