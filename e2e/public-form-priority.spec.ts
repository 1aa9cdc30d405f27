import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './support/auth';
import { withDatabase } from './support/db';
import { hydrated } from './support/hydration';

const LABEL_PATTERN = /^TK-\d{4}-\d{5,}$/;

/**
 * Written straight to the database, as no screen would: the form's catalogs follow within the bound
 * documented for a process that hears no notification (docs/performance.md), so wait until they do.
 */
async function setPublicFormPrioridad(request: APIRequestContext, on: boolean) {
  await withDatabase((c) => c.query('UPDATE settings SET "publicFormPrioridad" = $1 WHERE id = 1', [on]));
  const asksPrioridad = async () => ((await (await request.get('/api/catalogos')).json()) as { formulario: { pidePrioridad: boolean } }).formulario.pidePrioridad;
  await expect.poll(asksPrioridad, { timeout: 15_000 }).toBe(on);
}

const prioridadOf = (label: string) =>
  withDatabase(async (c) => (await c.query<{ prioridad: string }>('SELECT prioridad FROM tickets WHERE label = $1', [label])).rows[0]?.prioridad);

/** The form has received its catalogs once the category suggestions are there. */
async function catalogsLoaded(page: Page) {
  await expect(page.locator(`datalist[id="${await page.getByRole('combobox', { name: 'Categoría', exact: true }).getAttribute('list')}"] option`).first()).toBeAttached();
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The public form with what a requester can answer; the priority only when it is shown. */
async function submitPublicForm(page: Page, prioridad?: string): Promise<string> {
  const email = `prioridad.${Date.now()}.${Math.floor(Math.random() * 1e6)}@ejemplo.co`;
  await page.getByLabel('Nombre completo').fill('Jorge Iván Castaño');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Tipo de solicitud').selectOption({ label: 'Petición: Solicitar un servicio o una acción' });
  if (prioridad) await page.getByLabel('Prioridad').selectOption({ label: prioridad });
  await page.getByRole('combobox', { name: 'Categoría', exact: true }).fill('Sistemas');
  await page.getByLabel('Descripción').fill('Necesito acceso a la carpeta compartida de contabilidad.');
  await page.getByRole('button', { name: 'Radicar solicitud' }).click();
  await expect(page.getByRole('heading', { name: 'Su solicitud fue radicada' })).toBeVisible();
  return ((await page.getByText(LABEL_PATTERN).textContent()) ?? '').trim();
}

test.afterEach(({ request }) => setPublicFormPrioridad(request, false));

test('por omisión el formulario público no pregunta la prioridad y la solicitud queda en Media', async ({ page, request }) => {
  await setPublicFormPrioridad(request, false);
  await page.goto('/');
  await hydrated(page.getByRole('button', { name: 'Radicar solicitud' }));
  await expect(page.getByLabel('Tipo de solicitud')).toBeVisible();
  await catalogsLoaded(page);
  await expect(page.getByLabel('Prioridad')).toHaveCount(0);
  await expectNoAxeViolations(page);

  const label = await submitPublicForm(page);
  expect(label).toMatch(LABEL_PATTERN);
  expect(await prioridadOf(label)).toBe('MEDIA');
});

test.describe(() => {
  test.use({ role: 'admin' });

  test('el administrador muestra la prioridad en el formulario público y el solicitante la elige', async ({ page, browser, request }) => {
    // Two browsers, two forms and axe over a page with every time zone in a select.
    test.slow();
    await setPublicFormPrioridad(request, false);
    await page.goto('/panel/admin/calendario');
    const form = page.getByRole('group', { name: 'Prioridad en el formulario público' });
    await expect(form.getByRole('radio', { name: 'El formulario público no pregunta la prioridad' })).toBeChecked();
    await hydrated(form.getByRole('radio', { name: 'El solicitante elige la prioridad' }));
    await form.getByRole('radio', { name: 'El solicitante elige la prioridad' }).check();
    await page.getByRole('button', { name: 'Guardar opción del formulario público' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Opción del formulario público guardada' })).toBeVisible();
    await page.reload();
    await expect(form.getByRole('radio', { name: 'El solicitante elige la prioridad' })).toBeChecked();
    await expectNoAxeViolations(page);

    const requester = await (await browser.newContext()).newPage();
    await requester.goto('/');
    await hydrated(requester.getByRole('button', { name: 'Radicar solicitud' }));
    await expect(requester.getByLabel('Prioridad')).toBeVisible();
    // Shown, it is required again, as on the API.
    await requester.getByRole('button', { name: 'Radicar solicitud' }).click();
    await expect(requester.getByLabel('Prioridad')).toHaveAttribute('aria-invalid', 'true');
    const label = await submitPublicForm(requester, 'Alta');
    expect(await prioridadOf(label)).toBe('ALTA');
    await requester.context().close();
  });
});

test('si las listas del formulario no llegan, el solicitante lo ve y las pide de nuevo', async ({ page, request }) => {
  await setPublicFormPrioridad(request, true);
  await page.route('**/api/catalogos', (route) => route.abort('connectionfailed'));
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'No pudimos cargar las listas del formulario' });
  await expect(alert).toBeVisible();
  // What needs no list still works: the tipos come with the page.
  await expect(page.getByLabel('Tipo de solicitud').locator('option')).toHaveCount(8);
  await expect(page.getByLabel('Prioridad')).toHaveCount(0);
  await expect(page.locator('datalist option')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.unroute('**/api/catalogos');
  await alert.getByRole('button', { name: 'Volver a intentar' }).click();
  await expect(alert).toHaveCount(0);
  await catalogsLoaded(page);
  await expect(page.getByLabel('Prioridad')).toBeVisible();
  const label = await submitPublicForm(page, 'Baja');
  expect(await prioridadOf(label)).toBe('BAJA');
});
