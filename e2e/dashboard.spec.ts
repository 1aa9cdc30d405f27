import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { STAFF, expect, test } from './support/auth';
import { withDatabase } from './support/db';

test.use({ role: 'mesa' });

/** A new ticket from the public API; its uuid. */
async function createTicket(request: APIRequestContext, tipo: string, areaAsignada = 'MESA'): Promise<string> {
  const unique = `${Date.now()}.${Math.floor(Math.random() * 1e6)}`;
  const reply = await request.post('/api/tickets/crear', {
    data: { nombre: 'Carlos Rojas', email: `resumen.${unique}@ejemplo.co`, tipo, categoria: 'Sistemas', prioridad: 'ALTA', areaAsignada, descripcion: 'El portal de nómina no carga desde esta mañana.' },
  });
  expect(reply.status()).toBe(200);
  return ((await reply.json()) as { ticketUuid: string }).ticketUuid;
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('MESA ve el resumen: abiertos, SLA, cumplimiento y el flujo diario con su tabla', async ({ page }) => {
  // Arrange: one open ticket and one resolved today (through the API, as the workflow would).
  await createTicket(page.request, 'PETICION');
  const resolved = await createTicket(page.request, 'RECLAMO');
  expect((await page.request.post(`/api/tickets/${resolved}/asignar`, { data: { area: 'Sistemas' } })).status()).toBe(200);
  expect((await page.request.post(`/api/tickets/${resolved}/archivar`, { data: { resolucion: 'Se restableció el portal.' } })).status()).toBe(200);
  await page.goto('/panel/resumen');

  await expect(page.getByRole('heading', { level: 1, name: 'Resumen' })).toBeVisible();

  const slaNow = page.getByRole('region', { name: 'SLA en este momento' });
  await expect(slaNow.getByText('Vencidos', { exact: true })).toBeVisible();
  await expect(slaNow.getByText('En riesgo', { exact: true })).toBeVisible();
  await expect(slaNow.getByRole('link', { name: 'Abrir la vista «Vencidos y en riesgo» del tablero' })).toHaveAttribute(
    'href',
    '/panel?slaEstado=VENCIDO,EN_RIESGO&orden=limite&dir=asc',
  );

  const open = page.getByRole('region', { name: 'Tickets abiertos' });
  const nuevos = open.getByRole('table', { name: 'Por estado' }).getByRole('row', { name: /^Nuevo/ });
  expect(Number((await nuevos.getByRole('cell').first().textContent())?.replace(/\./g, ''))).toBeGreaterThanOrEqual(1);
  await expect(open.getByRole('table', { name: 'Por área' })).toBeVisible();

  const compliance = page.getByRole('region', { name: 'Cumplimiento del SLA' });
  await expect(compliance.getByText(/Cumplimiento general:/)).toBeVisible();
  await expect(compliance.getByRole('table', { name: 'Por tipo' }).getByRole('rowheader', { name: 'Reclamo' })).toBeVisible();
  await expect(compliance.getByRole('table', { name: 'Por área' }).getByRole('rowheader', { name: 'Sistemas' })).toBeVisible();

  // The chart's text alternative: a summary in the caption and every value in a table.
  const flow = page.getByRole('region', { name: 'Creados y cerrados por día' });
  await expect(flow.getByRole('figure')).toContainText(/Últimos 30 días, .*tickets creados y .* cerrados\./);
  const summary = flow.getByText('Ver los datos del gráfico en una tabla');
  await summary.focus();
  await page.keyboard.press('Enter');
  const table = flow.getByRole('table', { name: 'Tickets creados y cerrados por día' });
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(30);
  const today = table.locator('tbody tr').last().getByRole('cell');
  expect(Number(await today.nth(0).textContent())).toBeGreaterThanOrEqual(2);
  expect(Number(await today.nth(1).textContent())).toBeGreaterThanOrEqual(1);

  await expectNoSeriousAxeViolations(page);
});

test('el periodo del cumplimiento se elige con el teclado y un periodo inválido se explica junto al campo', async ({ page }) => {
  await page.goto('/panel/resumen');
  const compliance = page.getByRole('region', { name: 'Cumplimiento del SLA' });

  await compliance.getByLabel('Desde').fill('2019-01-01');
  await compliance.getByLabel('Hasta').fill('2019-01-31');
  await compliance.getByRole('button', { name: 'Aplicar periodo' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/panel\/resumen\?desde=2019-01-01&hasta=2019-01-31$/);
  await expect(compliance.getByText('No se cerraron tickets en este periodo.')).toBeVisible();

  await page.goto('/panel/resumen?desde=2019-02-01&hasta=2019-01-01');
  const desde = compliance.getByLabel('Desde');
  await expect(desde).toHaveAttribute('aria-invalid', 'true');
  await expect(desde).toHaveAccessibleDescription('La fecha inicial no puede ser posterior a la final.');
  await expect(compliance.getByText('El periodo no es válido')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('la vista de personas: abiertos y resueltos por persona y por área, y la mediana de la primera respuesta por tipo', async ({ page }) => {
  // Arrange: a ticket answered in public, assigned to the MESA user and resolved today.
  const ticketId = await createTicket(page.request, 'SUGERENCIA');
  const op = (name: string, data: object) => page.request.post(`/api/tickets/${ticketId}/${name}`, { data });
  const users = await withDatabase((c) => c.query<{ id: string; name: string }>('SELECT id, name FROM users WHERE email = $1', [STAFF.mesa]));
  const mesa = users.rows[0]!;
  expect((await op('actualizar', { nota: 'Gracias por la sugerencia; la revisamos esta semana.', publica: true })).status()).toBe(200);
  expect((await op('asignar', { asignadoA: mesa.id })).status()).toBe(200);
  expect((await op('archivar', { resolucion: 'Se incorporó la sugerencia.' })).status()).toBe(200);
  await page.goto('/panel/resumen');

  const people = page.getByRole('region', { name: 'Personas y áreas' });
  const porPersona = people.getByRole('table', { name: 'Por persona' });
  await expect(porPersona.getByRole('columnheader')).toHaveText(['Persona', 'Abiertos ahora', 'Resueltos en el periodo']);
  const mine = porPersona.getByRole('row', { name: new RegExp(`^${mesa.name}`) }).getByRole('cell');
  expect(Number(await mine.nth(1).textContent())).toBeGreaterThanOrEqual(1);
  await expect(people.getByRole('table', { name: 'Por área' }).getByRole('rowheader', { name: 'MESA' })).toBeVisible();
  const sugerencia = people.getByRole('table', { name: 'Primera respuesta pública por tipo' }).getByRole('row', { name: /^Sugerencia/ }).getByRole('cell');
  expect(Number(await sugerencia.nth(1).textContent())).toBeGreaterThanOrEqual(1);
  await expect(sugerencia.nth(2)).toHaveText(/^(menos de 1 min|\d+ (h|min).*)$/);
  await expectNoSeriousAxeViolations(page);
});

test.describe(() => {
  test.use({ role: 'area' });

  test('el personal de un área ve solo las cifras de sus áreas', async ({ page }) => {
    await createTicket(page.request, 'CONSULTA', 'Sistemas');
    await createTicket(page.request, 'CONSULTA', 'Facturación');
    await page.goto('/panel/resumen');
    await expect(page.getByText('Cifras de los tickets de sus áreas: Sistemas.')).toBeVisible();
    const areas = page.getByRole('region', { name: 'Tickets abiertos' }).getByRole('table', { name: 'Por área' });
    await expect(areas.getByRole('rowheader')).toHaveText(['Sistemas']);
  });
});
