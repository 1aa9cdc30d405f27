import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './support/auth';

const ADMIN_PAGES = ['/panel/admin', '/panel/admin/usuarios', '/panel/admin/areas', '/panel/admin/categorias', '/panel/admin/prioridades', '/panel/admin/sla', '/panel/admin/calendario', '/panel/admin/festivos', '/panel/admin/correo', '/panel/admin/tokens', '/panel/admin/auditoria'];

/** Every page, its error pages included, has exactly one main landmark: the skip link's target. */
async function expectOneMain(page: Page, path: string, status: number) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeVisible();
  await expect(page.locator('main, [role="main"]'), path).toHaveCount(1);
  await expect(page.locator('main#contenido'), path).toHaveCount(1);
}

async function createTicket(request: APIRequestContext): Promise<string> {
  const reply = await request.post('/api/tickets/crear', {
    data: { nombre: 'Lucía Fernández', email: `hitos.${Date.now()}@ejemplo.co`, tipo: 'PETICION', categoria: 'Sistemas', descripcion: 'Necesito instalar el programa de contabilidad.', prioridad: 'MEDIA' },
  });
  expect(reply.status()).toBe(200);
  return ((await reply.json()) as { ticketLabel: string }).ticketLabel;
}

test('las páginas públicas tienen un solo main, también la de no encontrada', async ({ page }) => {
  for (const path of ['/', '/consultar', '/login']) await expectOneMain(page, path, 200);
  await expectOneMain(page, '/no-existe-esta-pagina', 404);
});

test('el sitio tiene favicon, íconos y manifiesto', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="icon"]').first()).toBeAttached();
  await expect(page.locator('link[rel="apple-touch-icon"]')).toBeAttached();
  await expect(page.locator('link[rel="manifest"]')).toBeAttached();
  for (const path of ['/favicon.ico', '/icon.svg', '/apple-icon.png', '/manifest.webmanifest', '/icons/icon-192.png']) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

test.describe(() => {
  test.use({ role: 'mesa' });

  test('las páginas de la mesa tienen un solo main, también las de 404 y 403', async ({ page, request }) => {
    const label = await createTicket(request);
    for (const path of ['/panel', '/panel/resumen', '/panel/perfil', '/panel/tickets/nuevo', `/panel/tickets/${label}`]) await expectOneMain(page, path, 200);
    await expectOneMain(page, '/panel/tickets/TK-2099-99999', 404);
    await expectOneMain(page, '/panel/admin', 403);
  });
});

test.describe(() => {
  test.use({ role: 'admin' });

  test('las páginas de administración tienen un solo main', async ({ page }) => {
    test.slow();
    for (const path of ADMIN_PAGES) await expectOneMain(page, path, 200);
  });
});
