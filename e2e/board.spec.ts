import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/auth';
import { bodyRows, board, rowOf, search } from './support/board';
import { createTicketThroughApi, uniqueWord, type Seeded } from './support/tickets';
import { withDatabase } from './support/db';

test.use({ role: 'mesa' });

/**
 * Puts the ticket on a calendar-hours clock due `ms` from now, so the time left the board shows
 * does not depend on the hour the test runs.
 */
async function dueIn(ticketId: string, ms: number) {
  const now = Date.now();
  await withDatabase((db) =>
    db.query(`UPDATE tickets SET "slaReloj" = 'HORAS_CALENDARIO', "fechaLimiteSla" = $2, "fechaRiesgoSla" = $3 WHERE id = $1`, [ticketId, new Date(now + ms), new Date(now + ms / 2)]),
  );
}

/** The labels of the table's rows, top to bottom. */
async function labelsInOrder(page: Page): Promise<string[]> {
  return bodyRows(page).locator('td a[href^="/panel/tickets/"]').allTextContents();
}

test('la mesa usa "Nuevos sin asignar", encuentra un ticket nuevo y la URL conserva la vista al recargar', async ({ page, request }) => {
  const word = uniqueWord('preset');
  const ticket = await createTicketThroughApi(request, { asunto: `Sin acceso al correo ${word}` });
  await page.goto('/panel');
  await expect(page.getByRole('heading', { name: 'Tablero', level: 1 })).toBeVisible();

  const presets = page.getByRole('navigation', { name: 'Vistas guardadas' });
  await presets.getByRole('link', { name: 'Nuevos sin asignar' }).click();
  await expect(page).toHaveURL(/\/panel\?estado=NUEVO&asignadoA=ninguno&dir=asc$/);
  await expect(presets.getByRole('link', { name: 'Nuevos sin asignar' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('navigation', { name: 'Estados' }).getByRole('link', { name: /^Nuevo/ })).toHaveAttribute('aria-current', 'page');

  // 30 h and 59 s: for the next minute, whole minutes left round down to exactly 30 h.
  await dueIn(ticket.id, 30 * 3_600_000 + 59_000);
  await search(page, word);
  const row = rowOf(page, ticket.label);
  await expect(row).toBeVisible();
  await expect(row).toContainText('Nuevo');
  await expect(row).toContainText('Sin asignar');
  await expect(row).toContainText('Vence en 30 h');
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Mostrando 1 ticket de 1.' })).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(new RegExp(`estado=NUEVO&asignadoA=ninguno&q=${word}&dir=asc$`));
  await expect(page.getByRole('searchbox', { name: 'Buscar tickets' })).toHaveValue(word);
  await expect(presets.getByRole('link', { name: 'Nuevos sin asignar' })).toHaveAttribute('aria-current', 'page');
  await expect(rowOf(page, ticket.label)).toBeVisible();

  await rowOf(page, ticket.label).getByRole('link', { name: ticket.label }).click();
  await expect(page).toHaveURL(new RegExp(`/panel/tickets/${ticket.label}$`));
  await page.goBack();
  await expect(rowOf(page, ticket.label)).toBeVisible();
});

test('la búsqueda encuentra un ticket por una palabra de su descripción', async ({ page, request }) => {
  const word = uniqueWord('desc');
  const ticket = await createTicketThroughApi(request, { descripcion: `La impresora del tercer piso marca ${word} en la pantalla.` });
  await createTicketThroughApi(request, { descripcion: 'Otra solicitud que no tiene esa palabra en su texto.' });
  await page.goto('/panel');

  await search(page, word.toUpperCase().toLowerCase());
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(rowOf(page, ticket.label)).toBeVisible();

  await search(page, `${word}zzz`);
  await expect(page.getByText('No hay tickets con estos filtros', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Quitar todos los filtros' }).click();
  await expect(page).toHaveURL(/\/panel$/);
  await expect(page.getByRole('searchbox', { name: 'Buscar tickets' })).toHaveValue('');
});

test('ordenar por la fecha límite del SLA cambia el orden', async ({ page, request }) => {
  const word = uniqueWord('orden');
  const critica = await createTicketThroughApi(request, { asunto: `Caída total ${word}`, prioridad: 'CRITICA' });
  const baja = await createTicketThroughApi(request, { asunto: `Cambio de silla ${word}`, prioridad: 'BAJA' });
  await page.goto('/panel');
  await search(page, word);

  // By default the newest first.
  await expect.poll(() => labelsInOrder(page)).toEqual([baja.label, critica.label]);
  const header = board(page).getByRole('columnheader', { name: /SLA/ });
  await expect(header).toHaveAttribute('aria-sort', 'none');
  await header.getByRole('button').click();
  await expect(page).toHaveURL(/orden=limite/);
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => labelsInOrder(page)).toEqual([critica.label, baja.label]);

  await header.getByRole('button').press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => labelsInOrder(page)).toEqual([baja.label, critica.label]);
});

test('"Siguiente" y "Anterior" recorren las páginas', async ({ page, request }) => {
  const word = uniqueWord('pagina');
  const seeded: Seeded[] = [];
  for (let i = 0; i < 27; i++) seeded.push(await createTicketThroughApi(request, { asunto: `Solicitud ${i + 1} ${word}` }));
  await page.goto(`/panel?q=${word}`);

  const pages = page.getByRole('navigation', { name: 'Paginación' });
  await expect(bodyRows(page)).toHaveCount(25);
  await expect(pages.getByRole('link', { name: 'Anterior' })).toHaveCount(0);
  const first = await labelsInOrder(page);
  expect(first).toEqual(seeded.slice(2).reverse().map((t) => t.label));

  await pages.getByRole('link', { name: 'Siguiente' }).click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(bodyRows(page)).toHaveCount(2);
  expect(await labelsInOrder(page)).toEqual([seeded[1]!.label, seeded[0]!.label]);
  await expect(pages.getByRole('link', { name: 'Siguiente' })).toHaveCount(0);

  await pages.getByRole('link', { name: 'Anterior' }).click();
  await expect(bodyRows(page)).toHaveCount(25);
  expect(await labelsInOrder(page)).toEqual(first);
  await expect(pages.getByRole('link', { name: 'Anterior' })).toHaveCount(0);

  // The browser's back button returns to the second page: each page is its own URL.
  await page.goBack();
  await expect(bodyRows(page)).toHaveCount(2);
});

test.describe(() => {
  test.use({ role: 'area' });

  test('el personal de un área ve solo los tickets de su área', async ({ page, request }) => {
    const word = uniqueWord('area');
    const propio = await createTicketThroughApi(request, { asunto: `Correo caído ${word}`, areaAsignada: 'Sistemas' });
    const ajeno = await createTicketThroughApi(request, { asunto: `Factura duplicada ${word}`, areaAsignada: 'MESA' });
    await page.goto(`/panel?q=${word}`);

    await expect(rowOf(page, propio.label)).toBeVisible();
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(page.getByRole('main')).not.toContainText(ajeno.label);
    // Not even by asking for the other area in the URL.
    await page.goto(`/panel?q=${word}&area=MESA`);
    await expect(page.getByText('No hay tickets con estos filtros', { exact: true })).toBeVisible();

    // The filters offer only their own area, and nothing to select for bulk operations.
    await page.goto(`/panel?q=${word}`);
    await page.locator('summary', { hasText: 'Filtros' }).click();
    const areas = page.getByRole('group', { name: 'Área' });
    await expect(areas.getByRole('checkbox')).toHaveCount(1);
    await expect(areas.getByLabel('Sistemas')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^Seleccionar/ })).toHaveCount(0);
  });
});

test('asignar en bloque dos tickets muestra el resultado de cada uno', async ({ page, request }) => {
  const word = uniqueWord('bloque');
  const uno = await createTicketThroughApi(request, { asunto: `Primero ${word}` });
  const dos = await createTicketThroughApi(request, { asunto: `Segundo ${word}` });
  await page.goto(`/panel?q=${word}`);

  await rowOf(page, uno.label).getByRole('checkbox', { name: `Seleccionar ${uno.label}` }).check();
  await rowOf(page, dos.label).getByRole('checkbox', { name: `Seleccionar ${dos.label}` }).check();
  const bulk = page.getByRole('region', { name: /Acciones en bloque: 2 tickets seleccionados/ });
  await expect(bulk).toBeVisible();
  await bulk.getByLabel('Área', { exact: true }).selectOption('Sistemas');
  await bulk.getByRole('button', { name: 'Asignar 2 tickets' }).click();

  const results = page.getByRole('region', { name: 'Resultado de la operación en bloque' });
  await expect(results).toContainText('2 aplicados.');
  await expect(results.getByRole('listitem').filter({ hasText: uno.label })).toContainText('Asignado.');
  await expect(results.getByRole('listitem').filter({ hasText: dos.label })).toContainText('Asignado.');
  await expect(rowOf(page, uno.label)).toContainText('Asignado');
  await expect(rowOf(page, uno.label)).toContainText('Sistemas');
  await expect(rowOf(page, dos.label).getByRole('checkbox')).not.toBeChecked();
});

test('una operación en bloque informa por ticket cuál no se pudo aplicar', async ({ page, request }) => {
  const word = uniqueWord('mixto');
  const libre = await createTicketThroughApi(request, { asunto: `Libre ${word}` });
  const cancelado = await createTicketThroughApi(request, { asunto: `Cancelado ${word}` });
  await page.goto(`/panel?q=${word}`);
  await board(page).getByRole('checkbox', { name: 'Seleccionar todos los tickets de esta página' }).check();

  // Someone else cancels one of them while this agent decides.
  const other = await page.request.post(`/api/tickets/${cancelado.id}/cancelar`, { data: { motivo: 'El solicitante desistió.' } });
  expect(other.status()).toBe(200);

  const bulk = page.getByRole('region', { name: /Acciones en bloque/ });
  await bulk.getByRole('radio', { name: 'Transferir' }).check();
  // The destination is required: the field says so and nothing is applied.
  await bulk.getByRole('button', { name: 'Transferir 2 tickets' }).click();
  await expect(bulk.getByLabel('Área de destino')).toHaveAttribute('aria-invalid', 'true');
  await expect(bulk.getByLabel('Área de destino')).toHaveAccessibleDescription(/obligatori/);
  await bulk.getByLabel('Área de destino').selectOption('Sistemas');
  await bulk.getByLabel('Motivo').fill('Requiere revisión técnica.');
  await bulk.getByRole('button', { name: 'Transferir 2 tickets' }).click();

  const results = page.getByRole('region', { name: 'Resultado de la operación en bloque' });
  await expect(results).toContainText('1 aplicado, 1 con error.');
  await expect(results.getByRole('listitem').filter({ hasText: libre.label })).toContainText('Transferido.');
  await expect(results.getByRole('listitem').filter({ hasText: cancelado.label })).toContainText('No se puede transferir un ticket en estado CANCELADO.');
  await expect(rowOf(page, libre.label)).toContainText('Transferido');
  await expect(rowOf(page, cancelado.label)).toContainText('Cancelado');
});

test('el tablero no tiene fallas de accesibilidad graves ni críticas', async ({ page, request }) => {
  const word = uniqueWord('axe');
  await createTicketThroughApi(request, { asunto: `Revisión de accesibilidad ${word}` });
  await createTicketThroughApi(request, { asunto: `Otra revisión ${word}`, prioridad: 'CRITICA' });
  await page.goto(`/panel?q=${word}`);
  await expect(bodyRows(page)).toHaveCount(2);
  // Every part on screen: the filters open and the bulk form showing.
  await board(page).getByRole('checkbox', { name: 'Seleccionar todos los tickets de esta página' }).check();
  await expect(page.getByRole('region', { name: /Acciones en bloque/ })).toBeVisible();
  await page.locator('summary', { hasText: 'Filtros' }).click();
  await expect(page.getByRole('form', { name: 'Filtros del tablero' })).toBeVisible();

  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe(() => {
  test.use({ role: 'admin' });

  test('el tablero se usa con el teclado: pestañas de estado, orden y selección', async ({ page, request }) => {
    const word = uniqueWord('teclado');
    const ticket = await createTicketThroughApi(request, { asunto: `Teclado ${word}` });
    await page.goto(`/panel?q=${word}`);

    const nav = page.getByRole('navigation', { name: 'Panel' });
    await expect(nav.getByRole('link', { name: 'Tablero' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Nuevo ticket' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Administración' })).toBeVisible();

    await page.getByRole('navigation', { name: 'Estados' }).getByRole('link', { name: /^Nuevo/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/estado=NUEVO/);
    await expect(rowOf(page, ticket.label)).toBeVisible();

    const box = rowOf(page, ticket.label).getByRole('checkbox');
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await expect(page.getByRole('region', { name: /Acciones en bloque: 1 ticket seleccionado/ })).toBeVisible();
  });
});
