import type { Page } from '@playwright/test';
import { STAFF_PASSWORD as PASSWORD, expect, test } from './support/auth';

// The one spec that signs in through the form itself; the others start from a saved session.

const STAFF = [
  { email: 'admin@mesa.test', name: 'Administración', rol: 'Administración', admin: true },
  { email: 'mesa@mesa.test', name: 'Agente de mesa', rol: 'Mesa de ayuda', admin: false },
  { email: 'area@mesa.test', name: 'Equipo de Sistemas', rol: 'Área', admin: false },
];

async function fillLoginForm(page: Page, email: string, password: string) {
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
}

for (const user of STAFF) {
  test(`${user.email} ingresa por /login, ve su nombre y su rol, y cierra la sesión`, async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Ingreso de funcionarios' })).toBeVisible();
    await fillLoginForm(page, user.email, PASSWORD);

    await expect(page).toHaveURL(/\/panel$/);
    await expect(page.getByRole('heading', { name: 'Tablero', level: 1 })).toBeVisible();
    const banner = page.getByRole('banner');
    await expect(banner).toContainText(user.name);
    await expect(banner).toContainText(`Rol: ${user.rol}`);
    await expect(page.getByRole('navigation', { name: 'Panel' }).getByRole('link', { name: 'Administración' })).toHaveCount(user.admin ? 1 : 0);

    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto('/panel');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fpanel$/);
  });
}

test('una contraseña equivocada muestra el error y no abre sesión', async ({ page }) => {
  await page.goto('/login');
  await fillLoginForm(page, 'mesa@mesa.test', 'no-es-la-clave');
  await expect(page.getByRole('alert').filter({ hasText: 'Correo o contraseña incorrectos.' })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByLabel('Correo electrónico')).toHaveValue('mesa@mesa.test');
  await expect(page.getByLabel('Contraseña')).toBeFocused();

  await fillLoginForm(page, 'nadie@mesa.test', PASSWORD);
  await expect(page.getByRole('alert').filter({ hasText: 'Correo o contraseña incorrectos.' })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});

test('el formulario vacío señala los campos que faltan', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page.getByLabel('Correo electrónico')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Contraseña')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Correo electrónico')).toBeFocused();
});

test('una visita anónima a /panel lleva a /login y, tras ingresar, de vuelta', async ({ page }) => {
  await page.goto('/panel/admin/tokens');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fpanel%2Fadmin%2Ftokens$/);
  await fillLoginForm(page, 'admin@mesa.test', PASSWORD);
  await expect(page).toHaveURL(/\/panel\/admin\/tokens$/);
  await expect(page.getByRole('heading', { name: 'Tokens de API', level: 1 })).toBeVisible();
});

test.describe(() => {
  test.use({ role: 'admin' });

  test('la administración emite un token, lo muestra una sola vez y lo revoca', async ({ page }) => {
    const name = `Integración e2e ${Date.now()}`;
    await page.goto('/panel/admin/tokens');

    await page.getByLabel('Nombre del token').fill(name);
    await page.getByRole('combobox', { name: 'Rol' }).selectOption('AREA');
    await page.getByRole('button', { name: 'Emitir token' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Revise los datos marcados.' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Áreas' })).toHaveAccessibleDescription(/al menos un área/);

    await page.getByRole('group', { name: 'Áreas' }).getByLabel('Sistemas').check();
    await page.getByRole('button', { name: 'Emitir token' }).click();
    const issued = page.getByRole('region', { name: `Token emitido: ${name}` });
    await expect(issued).toBeVisible();
    const token = await issued.getByLabel('Token', { exact: true }).inputValue();
    expect(token).toMatch(/^mda_[A-Za-z0-9_-]{43}$/);

    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText(token.slice(0, 12));
    await expect(row).toContainText('Activo');
    await expect(page.getByRole('table')).not.toContainText(token);

    await page.reload();
    await expect(page.locator('body')).not.toContainText(token);
    await expect(page.getByLabel('Token', { exact: true })).toHaveCount(0);
    await row.getByRole('button', { name: `Revocar el token ${name}` }).click();
    await expect(row).toContainText('Revocado el');
  });
});

test.describe(() => {
  test.use({ role: 'mesa' });

  test('la página de tokens no se abre para la mesa de ayuda', async ({ page }) => {
    await page.goto('/panel/admin/tokens');
    await expect(page.getByRole('heading', { name: 'Acceso restringido' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  });
});
