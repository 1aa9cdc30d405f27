import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import pg from 'pg';
import { expect, test } from './support/auth';

test.use({ role: 'admin' });
const HOUR = 3_600_000;

const ADMIN_PAGES = [
  '/panel/admin',
  '/panel/admin/usuarios',
  '/panel/admin/areas',
  '/panel/admin/categorias',
  '/panel/admin/prioridades',
  '/panel/admin/sla',
  '/panel/admin/calendario',
  '/panel/admin/festivos',
  '/panel/admin/correo',
  '/panel/admin/tokens',
  '/panel/admin/auditoria',
];

async function createIncidenteAlta(request: APIRequestContext) {
  const response = await request.post('/api/tickets/crear', {
    data: {
      nombre: 'Ana María Pérez',
      email: `e2e.admin.${Date.now()}@ejemplo.co`,
      tipo: 'INCIDENTE',
      categoria: 'Sistemas',
      descripcion: 'El servidor de correo no responde desde esta mañana.',
      prioridad: 'ALTA',
    },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as { slaHoras: number; fechaCreacion: string; fechaLimiteSla: string };
}

async function editIncidenteAlta(page: Page, duracion: string, reloj: string) {
  await page.getByRole('button', { name: 'Editar Incidente, prioridad Alta' }).click();
  const panel = page.getByRole('region', { name: 'Editar la política Incidente, prioridad Alta' });
  await expect(panel.getByRole('heading', { name: 'Editar la política Incidente, prioridad Alta' })).toBeFocused();
  await panel.getByLabel('Duración').fill(duracion);
  await panel.getByLabel('Reloj').selectOption({ label: reloj });
  await panel.getByRole('button', { name: 'Guardar política' }).click();
  await expect(panel.getByRole('status')).toContainText('Política guardada');
}

// Later specs and the rest of the suite expect the seeded policy: put it back whatever happened.
test.afterAll(async () => {
  if (!process.env.DATABASE_URL) return;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`UPDATE sla_policies SET duracion = 8, reloj = 'HORAS_HABILES' WHERE "policySet" = 'GENERAL' AND tipo = 'INCIDENTE' AND prioridad = 'ALTA'`);
  await client.end();
});

test('la administración cambia una política de SLA y el siguiente ticket recibe el nuevo plazo', async ({ page }) => {
  await page.goto('/panel/admin');
  await expect(page.getByRole('heading', { name: 'Administración', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Administración' }).getByRole('link', { name: 'Políticas de SLA' }).click();
  await expect(page.getByRole('heading', { name: 'Políticas de SLA', level: 1 })).toBeVisible();

  const before = await createIncidenteAlta(page.request);
  expect(before.slaHoras).toBe(8);

  await editIncidenteAlta(page, '2', 'Horas calendario');
  const row = page.getByRole('row', { name: /^Incidente/ });
  await expect(row).toContainText('2 horas calendario');

  const after = await createIncidenteAlta(page.request);
  expect(after.slaHoras).toBe(2);
  expect(Date.parse(after.fechaLimiteSla) - Date.parse(after.fechaCreacion)).toBe(2 * HOUR);

  // The audit log tells the change as a sentence, newest first, with the values before and after; no action codes.
  await page.goto('/panel/admin/auditoria?entidad=politica_sla');
  const entry = page.getByRole('row', { name: /editó la política de SLA Incidente \/ ALTA: 8 horas hábiles → 2 horas\./ }).first();
  await expect(entry.getByRole('rowheader')).toHaveText(/^.+ editó la política de SLA Incidente \/ ALTA: 8 horas hábiles → 2 horas\.$/);
  await expect(page.getByRole('table')).not.toContainText('politica_sla.editar');
  await expect(page.getByRole('combobox', { name: 'Entidad' })).toContainText('Políticas de SLA');
  await entry.getByText('Ver valores').click();
  await expect(entry).toContainText('"reloj": "HORAS_CALENDARIO"');

  await page.goto('/panel/admin/sla');
  await editIncidenteAlta(page, '8', 'Horas hábiles');
  expect((await createIncidenteAlta(page.request)).slaHoras).toBe(8);
});

test('la administración crea un usuario: los errores quedan junto al campo y el usuario aparece en la lista', async ({ page }) => {
  const email = `nuevo.${Date.now()}@mesa.test`;
  await page.goto('/panel/admin/usuarios');
  const form = page.getByRole('form', { name: 'Crear un usuario' });
  await form.getByLabel('Nombre completo').fill('Laura Gómez');
  await form.getByLabel('Correo electrónico').fill(email);
  await form.getByLabel('Rol').selectOption({ label: 'Área' });
  await form.getByLabel('Contraseña inicial').fill('corta');
  await form.getByRole('button', { name: 'Crear usuario' }).click();
  await expect(form.getByRole('alert')).toContainText('Revise los datos marcados');
  await expect(form.getByLabel('Contraseña inicial')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Contraseña inicial')).toHaveAccessibleDescription(/al menos 10 caracteres/);
  await expect(form.getByLabel('Contraseña inicial')).toBeFocused();

  await form.getByLabel('Contraseña inicial').fill('Clave-Inicial-2026');
  await form.getByRole('button', { name: 'Crear usuario' }).click();
  await expect(form.getByRole('group', { name: 'Áreas' })).toHaveAccessibleDescription(/al menos a un área/);
  await form.getByRole('group', { name: 'Áreas' }).getByLabel('Facturación').check();
  await form.getByRole('button', { name: 'Crear usuario' }).click();
  await expect(form.getByRole('status')).toContainText('Usuario Laura Gómez creado.');
  const row = page.getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) });
  await expect(row).toContainText('Facturación');
  await expect(row).toContainText('Activo');

  await row.getByRole('button', { name: 'Desactivar a Laura Gómez' }).click();
  await expect(row).toContainText('Inactivo');
});

for (const role of ['mesa', 'area'] as const) {
  test.describe(() => {
    test.use({ role });

    test(`un usuario ${role.toUpperCase()} ve el mensaje 403 en cada página de administración`, async ({ page }) => {
      await page.goto('/panel');
      await expect(page.getByRole('navigation', { name: 'Panel' }).getByRole('link', { name: 'Administración' })).toHaveCount(0);
      for (const path of ADMIN_PAGES) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole('heading', { name: 'Acceso restringido', level: 1 }), path).toBeVisible();
        await expect(page.getByText('No tiene permiso para ver esta página (error 403).'), path).toBeVisible();
        await expect(page.locator('main form'), path).toHaveCount(0);
        await expect(page.getByRole('table'), path).toHaveCount(0);
        await expect(page.getByRole('navigation', { name: 'Administración' }), path).toHaveCount(0);
      }
    });
  });
}

test('las páginas de políticas de SLA, de usuarios y de auditoría no tienen fallas de accesibilidad detectables (axe, WCAG 2.1 AA)', async ({ page }) => {
  await page.goto('/panel/admin/sla');
  await page.getByRole('button', { name: 'Editar Petición, prioridad Media' }).click();
  await expect(page.getByRole('region', { name: /Editar la política Petición/ })).toBeVisible();
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  const sla = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(sla.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.goto('/panel/admin/usuarios');
  await page.getByRole('button', { name: 'Crear usuario' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  const users = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(users.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The audit log, its sentences as row headers.
  await page.goto('/panel/admin/auditoria');
  await expect(page.getByRole('rowheader').first()).toBeVisible();
  const audit = await new AxeBuilder({ page }).analyze();
  expect(audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
