import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/auth';
import { bodyRows, board, rowOf, search } from './support/board';
import { createTicketThroughApi, uniqueWord, type Seeded } from './support/tickets';
import { hydrated } from './support/hydration';

// The dense board: a screenful of one-line rows, no sideways scroll, a dock that moves no row,
// the density per user, the presets per role, "Tomar", and cards on a phone.

test.use({ role: 'mesa' });

/** Each row's box, top to bottom. */
async function rowBoxes(page: Page) {
  return bodyRows(page).evaluateAll((rows) => rows.map((r) => { const b = r.getBoundingClientRect(); return { x: b.x, y: b.y, width: b.width, height: b.height }; }));
}

/** Rows wholly inside the window, without scrolling. */
async function rowsInView(page: Page): Promise<number> {
  return bodyRows(page).evaluateAll((rows) => rows.filter((r) => { const b = r.getBoundingClientRect(); return b.top >= 0 && b.bottom <= window.innerHeight; }).length);
}

async function noSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => {
    const root = document.scrollingElement!;
    const table = document.querySelector('[role="region"][aria-labelledby="queue-caption"]');
    return { page: [root.scrollWidth, root.clientWidth], table: table ? [table.scrollWidth, table.clientWidth] : [0, 0] };
  });
  expect(widths.page[0], `página: ${widths.page}`).toBeLessThanOrEqual(widths.page[1]!);
  expect(widths.table[0], `tabla: ${widths.table}`).toBeLessThanOrEqual(widths.table[1]!);
}

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function chooseDensity(page: Page, name: 'Cómoda' | 'Compacta') {
  const radio = page.getByRole('radio', { name });
  await hydrated(radio);
  if (await radio.isChecked()) return;
  const saved = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/panel');
  await radio.check();
  expect((await saved).ok()).toBe(true);
}

test.describe('una pantalla llena de tickets', () => {
  let word: string;
  let seeded: Seeded[];

  test.beforeAll(async ({ request }) => {
    word = uniqueWord('denso');
    seeded = [];
    for (let i = 0; i < 50; i++) {
      // Half without asunto: the row shows the first line of the description instead.
      const fields = i % 2 === 0 ? { asunto: `Solicitud número ${i + 1} del piso ${i % 7} ${word}` } : { descripcion: `Primera línea ${i + 1} ${word}\nDetalle que no va en la fila.` };
      seeded.push(await createTicketThroughApi(request, fields));
    }
  });

  test('a 1366×850 caben al menos 12 filas de una línea, sin "Sin asunto"', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 850 });
    await page.goto(`/panel?q=${word}&tamano=50`);
    await expect(bodyRows(page)).toHaveCount(50);
    await chooseDensity(page, 'Compacta');
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(12);
    const boxes = await rowBoxes(page);
    expect(Math.max(...boxes.map((b) => b.height))).toBeLessThanOrEqual(40);
    expect(boxes[0]!.y).toBeLessThan(260);
    await expect(board(page)).not.toContainText('Sin asunto');
    await expect(rowOf(page, seeded[1]!.label)).toContainText(`Primera línea 2 ${word}`);
    await expect(rowOf(page, seeded[1]!.label)).not.toContainText('Detalle que no va en la fila');
    await noSidewaysScroll(page);
  });

  test('a 1280 px no hay desplazamiento lateral y "Creado" se ve', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/panel?q=${word}`);
    await expect(bodyRows(page)).toHaveCount(25);
    await noSidewaysScroll(page);
    for (const name of ['Ticket', 'Asunto', 'Solicitante', 'Tipo', 'Prioridad', 'Área', 'Asignado', 'Estado', 'SLA', 'Creado']) {
      await expect(board(page).getByRole('columnheader', { name: new RegExp(`^${name}`) })).toBeInViewport();
    }
  });

  test('marcar una fila abre el panel en bloque sin mover ninguna fila', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 850 });
    await page.goto(`/panel?q=${word}&tamano=50`);
    await expect(bodyRows(page)).toHaveCount(50);
    const box = rowOf(page, seeded[45]!.label).getByRole('checkbox', { name: `Seleccionar ${seeded[45]!.label}` });
    await hydrated(box);
    const before = await rowBoxes(page);
    await box.check();
    await expect(page.getByRole('region', { name: /Acciones en bloque: 1 ticket seleccionado/ })).toBeVisible();
    expect(await rowBoxes(page)).toEqual(before);
    await noSidewaysScroll(page);
  });

  test('la densidad "Cómoda" se recuerda al recargar', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 850 });
    await page.goto(`/panel?q=${word}`);
    await chooseDensity(page, 'Compacta');
    const compact = (await rowBoxes(page))[0]!.height;

    await chooseDensity(page, 'Cómoda');
    await expect.poll(async () => (await rowBoxes(page))[0]!.height).toBeGreaterThan(compact + 6);
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Cómoda' })).toBeChecked();
    expect((await rowBoxes(page))[0]!.height).toBeGreaterThan(compact + 6);

    await chooseDensity(page, 'Compacta');
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Compacta' })).toBeChecked();
    expect((await rowBoxes(page))[0]!.height).toBe(compact);
  });

  test('axe no encuentra fallas en ninguna densidad, con los filtros y el panel en bloque abiertos', async ({ page }) => {
    // Two full axe runs over a page of rows.
    test.slow();
    await page.setViewportSize({ width: 1366, height: 850 });
    await page.goto(`/panel?q=${word}`);
    for (const density of ['Compacta', 'Cómoda'] as const) {
      await chooseDensity(page, density);
      await board(page).getByRole('checkbox', { name: 'Seleccionar todos los tickets de esta página' }).check();
      await expect(page.getByRole('region', { name: /Acciones en bloque/ })).toBeVisible();
      await page.locator('summary', { hasText: 'Filtros' }).click();
      await expect(page.getByRole('form', { name: 'Filtros del tablero' })).toBeVisible();
      expect(await axeViolations(page), density).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('form', { name: 'Filtros del tablero' })).toBeHidden();
      await board(page).getByRole('checkbox', { name: 'Seleccionar todos los tickets de esta página' }).uncheck();
    }
    await chooseDensity(page, 'Compacta');
  });

  test('en un teléfono (390×844) el tablero es una lista de tarjetas sin desplazamiento lateral', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/panel?q=${word}`);
    await expect(board(page)).toBeHidden();
    const cards = page.getByRole('list', { name: 'Tickets' }).getByRole('listitem').filter({ has: page.getByRole('link', { name: /^TK-/ }) });
    await expect(cards).toHaveCount(25);
    const card = cards.filter({ has: page.getByRole('link', { name: seeded[48]!.label, exact: true }) });
    await expect(card).toContainText('Nuevo');
    await expect(card).toContainText('En tiempo');
    await expect(card.getByText(`Solicitud número 49 del piso 6 ${word}`)).toBeVisible();
    await expect(card.getByRole('checkbox', { name: `Seleccionar ${seeded[48]!.label}` })).toBeVisible();
    const overflow = await page.evaluate(() => [document.scrollingElement!.scrollWidth, document.scrollingElement!.clientWidth]);
    expect(overflow[0]).toBeLessThanOrEqual(overflow[1]!);
    await card.getByRole('checkbox').check();
    await expect(page.getByRole('region', { name: /Acciones en bloque: 1 ticket seleccionado/ })).toBeVisible();
    const after = await page.evaluate(() => [document.scrollingElement!.scrollWidth, document.scrollingElement!.clientWidth]);
    expect(after[0]).toBeLessThanOrEqual(after[1]!);
  });
});

test('"Tomar" asigna el ticket a quien lo toma, en un clic, y lo anuncia', async ({ page, request }) => {
  const word = uniqueWord('tomar');
  const ticket = await createTicketThroughApi(request, { asunto: `Clave bloqueada ${word}` });
  const session = (await (await page.request.get('/api/auth/session')).json()) as { user: { name: string } };
  await page.goto(`/panel?q=${word}`);
  const take = rowOf(page, ticket.label).getByRole('button', { name: `Tomar ${ticket.label}` });
  await hydrated(take);
  await take.click();
  await expect(page.getByRole('status').filter({ hasText: `Tomó el ticket ${ticket.label}` })).toBeVisible();
  await expect(rowOf(page, ticket.label)).toContainText('Asignado');
  await expect(rowOf(page, ticket.label)).toContainText(session.user.name);
  await expect(rowOf(page, ticket.label).getByRole('button', { name: /^Tomar/ })).toHaveCount(0);
  const detail = await page.request.get(`/api/tickets/${ticket.id}`);
  expect(((await detail.json()) as { estado: string }).estado).toBe('ASIGNADO');
});

test.describe(() => {
  test.use({ role: 'area' });

  test('el personal de un área tiene sus propias vistas y ningún "Tomar"', async ({ page, request }) => {
    const word = uniqueWord('vistas');
    const ticket = await createTicketThroughApi(request, { asunto: `Servidor lento ${word}`, areaAsignada: 'Sistemas' });
    await page.goto(`/panel?q=${word}`);
    const presets = page.getByRole('navigation', { name: 'Vistas guardadas' });
    await expect(presets.getByRole('link')).toHaveText(['Abiertos de mis áreas', 'Asignados a mí', 'En riesgo', 'En espera', 'Respuesta del solicitante']);
    await expect(rowOf(page, ticket.label)).toBeVisible();
    await expect(page.getByRole('button', { name: /^Tomar/ })).toHaveCount(0);

    await presets.getByRole('link', { name: 'Abiertos de mis áreas' }).click();
    await expect(page).toHaveURL(/estado=NUEVO%2CASIGNADO%2CTRANSFERIDO%2CRECLASIFICADO%2CPAUSADO|estado=NUEVO,ASIGNADO,TRANSFERIDO,RECLASIFICADO,PAUSADO/);
    await expect(presets.getByRole('link', { name: 'Abiertos de mis áreas' })).toHaveAttribute('aria-current', 'page');
    await search(page, word);
    await expect(rowOf(page, ticket.label)).toBeVisible();

    await presets.getByRole('link', { name: 'En riesgo' }).click();
    await expect(page).toHaveURL(/slaEstado=EN_RIESGO/);
    await expect(presets.getByRole('link', { name: 'En riesgo' })).toHaveAttribute('aria-current', 'page');
  });
});
