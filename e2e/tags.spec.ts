import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/auth';
import { hydrated } from './support/hydration';

test.use({ role: 'mesa' });

test('la mesa agrega una etiqueta en el ticket, filtra el tablero por ella y la quita', async ({ page, request }) => {
  const etiqueta = `e2e-${Date.now().toString(36)}`;
  const response = await request.post('/api/tickets/crear', {
    data: {
      nombre: 'Lucía Restrepo',
      email: `lucia.${etiqueta}@ejemplo.co`,
      tipo: 'INCIDENTE',
      categoria: 'Soporte Técnico',
      descripcion: 'La impresora de la recepción no imprime desde ayer.',
      prioridad: 'MEDIA',
    },
  });
  expect(response.status()).toBe(200);
  const { ticketLabel } = (await response.json()) as { ticketLabel: string };

  await page.goto(`/panel/tickets/${ticketLabel}`);
  const tags = page.getByRole('region', { name: 'Etiquetas' });
  await expect(tags.getByText('Sin etiquetas.')).toBeVisible();
  const input = tags.getByRole('combobox', { name: 'Agregar etiqueta' });
  await hydrated(input);

  // A bad tag is refused in the form, announced, and nothing is sent.
  await input.fill('dos palabras');
  await input.press('Enter');
  await expect(tags.getByRole('alert')).toContainText('solo puede tener letras, números');

  await input.fill(` ${etiqueta.toUpperCase()} `);
  await input.press('Enter');
  await expect(tags.getByRole('status')).toHaveText(`Etiqueta "${etiqueta}" agregada.`);
  const chips = tags.getByRole('list', { name: 'Etiquetas del ticket' }).getByRole('listitem');
  await expect(chips).toHaveCount(1);
  await expect(chips.getByText(etiqueta, { exact: true })).toBeVisible();
  await expect(chips.getByRole('button', { name: `Quitar etiqueta ${etiqueta}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Historial' })).toContainText(`Etiquetas agregadas: ${etiqueta}`);

  const { violations } = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // The board, filtered by the tag from its filter bar, shows this ticket only, with its chip.
  await page.goto('/panel');
  await page.locator('summary', { hasText: 'Filtros' }).click();
  await page.getByRole('combobox', { name: 'Etiquetas' }).fill(etiqueta);
  await page.getByRole('button', { name: 'Aplicar filtros' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]etiqueta=${etiqueta}(&|$)`));
  const rows = page.getByRole('region', { name: /^Tickets, ordenados por/ }).locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('link', { name: ticketLabel, exact: true })).toBeVisible();
  await expect(rows.first().getByRole('listitem')).toHaveText([etiqueta]);

  // Removed from its chip on the ticket's page.
  await rows.first().getByRole('link', { name: ticketLabel, exact: true }).click();
  const remove = page.getByRole('button', { name: `Quitar etiqueta ${etiqueta}` });
  await hydrated(remove);
  await remove.click();
  await expect(page.getByRole('region', { name: 'Etiquetas' }).getByText('Sin etiquetas.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Etiquetas' }).getByRole('status')).toHaveText(`Etiqueta "${etiqueta}" quitada.`);
});
