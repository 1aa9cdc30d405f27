import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './support/auth';
import { hydrated } from './support/hydration';
import { createTicketThroughApi, uniqueWord } from './support/tickets';

test.use({ role: 'mesa' });

async function seedTicket(request: APIRequestContext, asunto: string): Promise<string> {
  return (await createTicketThroughApi(request, { asunto, tipo: 'INCIDENTE', descripcion: 'La VPN se desconecta cada pocos minutos desde la actualización.' })).label;
}

const rows = (page: Page) => page.locator('tr[data-ticket-id]');
const rowOf = (page: Page, label: string) => page.locator(`tr[data-ticket-label="${label}"]`);
const current = (page: Page) => page.locator('tr[data-ticket-id][aria-current="true"]');

/** Presses Tab until `target` has the focus: the way a keyboard user reaches a control. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('la mesa clasifica tres tickets solo con el teclado', async ({ page, request }) => {
  // A long walk (a search, a bulk operation, a navigation): more than the default minute on a busy machine.
  test.slow();
  const word = uniqueWord('atajo');
  // Created oldest first: the board shows the newest first.
  const [cuarto, tercero, segundo, primero] = [
    await seedTicket(request, `Cuarto ${word}`),
    await seedTicket(request, `Tercero ${word}`),
    await seedTicket(request, `Segundo ${word}`),
    await seedTicket(request, `Primero ${word}`),
  ];
  await page.goto('/panel');
  const search = page.getByRole('searchbox', { name: 'Buscar tickets' });
  await hydrated(search);
  // The shortcuts listen once their own component (below the table) has hydrated.
  await hydrated(page.getByRole('button', { name: 'Atajos: ?' }));

  // `/` goes to the search; there a `j` is just a letter.
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.press('j');
  await expect(search).toHaveValue('j');
  await expect(current(page)).toHaveCount(0);
  await page.keyboard.press('Backspace');
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]q=${word}(&|$)`));
  await expect(search).not.toBeFocused();
  await expect(rows(page)).toHaveCount(4);

  // j j k: second row, then back to the first; each move is announced.
  await page.keyboard.press('j');
  await expect(current(page)).toHaveAttribute('data-ticket-label', primero);
  await page.keyboard.press('j');
  await expect(current(page)).toHaveAttribute('data-ticket-label', segundo);
  await expect(page.getByRole('status').filter({ hasText: `${segundo} — Segundo ${word}` })).toBeAttached();
  await page.keyboard.press('k');
  await expect(current(page)).toHaveAttribute('data-ticket-label', primero);
  await expect(current(page)).toHaveCount(1);

  // x ticks the current row; three of the four.
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  for (const label of [primero, segundo, tercero]) await expect(rowOf(page, label).getByRole('checkbox')).toBeChecked();
  await expect(rowOf(page, cuarto).getByRole('checkbox')).not.toBeChecked();
  // x again unticks, and ticks back.
  await page.keyboard.press('x');
  await expect(rowOf(page, tercero).getByRole('checkbox')).not.toBeChecked();
  await page.keyboard.press('x');
  await expect(rowOf(page, tercero).getByRole('checkbox')).toBeChecked();
  await noAxeViolations(page);

  // The bulk form, reached with Tab: assign the three to Sistemas.
  const bulk = page.getByRole('region', { name: /Acciones en bloque: 3 tickets seleccionados/ });
  await expect(bulk).toBeVisible();
  const area = bulk.getByLabel('Área', { exact: true });
  await tabTo(page, area);
  await page.keyboard.type('Sistemas');
  await expect(area).toHaveValue('Sistemas');
  const submit = bulk.getByRole('button', { name: 'Asignar 3 tickets' });
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Resultado de la operación en bloque' })).toContainText('3 aplicados.');
  for (const label of [primero, segundo, tercero]) await expect(rowOf(page, label)).toContainText('Sistemas');
  await expect(rowOf(page, cuarto)).not.toContainText('Sistemas');

  // Enter opens the current ticket: down to the fourth (j stops at the last row).
  for (let i = 0; i < 3; i++) await page.keyboard.press('j');
  await expect(current(page)).toHaveAttribute('data-ticket-label', cuarto);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/panel/tickets/${cuarto}$`));
});

test('"?" abre la lista de atajos, Escape la cierra y el foco vuelve', async ({ page, request }) => {
  const word = uniqueWord('ayuda');
  await seedTicket(request, `Ayuda ${word}`);
  await page.goto(`/panel?q=${word}`);
  const hint = page.getByRole('button', { name: 'Atajos: ?' });
  await hydrated(hint);

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Atajos de teclado' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Marcar o desmarcar el ticket actual');
  await expect(dialog.getByRole('button', { name: 'Cerrar' })).toBeFocused();
  // Behind the modal the board is out of reach: j moves nothing.
  await page.keyboard.press('j');
  await expect(page.locator('tr[data-ticket-id][aria-current="true"]')).toHaveCount(0);
  await noAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // From the hint button, and the focus comes back to it.
  await hint.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(hint).toBeFocused();
});
