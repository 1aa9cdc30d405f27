import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/auth';

const LABEL_PATTERN = /^TK-\d{4}-\d{5,}$/;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

test.describe(() => {
  test.use({ role: 'mesa' });

  test('la mesa radica un ticket por teléfono a nombre de un solicitante y llega a su detalle', async ({ page }) => {
    const email = `llamada.${Date.now()}@ejemplo.co`;
    await page.goto('/panel/tickets/nuevo');
    await expect(page.getByRole('heading', { level: 1, name: 'Nuevo ticket' })).toBeVisible();

    // Empty: the channel and the public form's required fields are marked, and nothing is sent.
    await page.getByRole('button', { name: 'Radicar ticket' }).click();
    await expect(page.getByRole('radio', { name: 'Llamada telefónica' })).toHaveAccessibleDescription('Indique el canal: teléfono o presencial.');
    await expect(page.getByLabel('Nombre completo')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Descripción')).toHaveAttribute('aria-invalid', 'true');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    await page.getByRole('radio', { name: 'Llamada telefónica' }).check();
    await page.getByLabel('Nombre completo').fill('Rosa Elena Quintero');
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByRole('textbox', { name: 'Teléfono' }).fill('310 555 0101');
    await page.getByLabel('Este teléfono tiene WhatsApp').check();
    await page.getByLabel('Tipo de solicitud').selectOption({ label: 'Reclamo: Un derecho o servicio que no se cumplió' });
    await page.getByLabel('Prioridad').selectOption({ label: 'Alta' });
    await page.getByRole('combobox', { name: 'Categoría', exact: true }).fill('Facturación');
    await page.getByLabel('Subcategoría').fill('Cobros');
    await page.getByLabel('Asunto').fill('Cobro doble en la factura de octubre');
    await page.getByLabel('Descripción').fill('La usuaria llamó: le cobraron dos veces el mismo servicio en octubre.');
    await page.getByLabel('Área asignada').selectOption('Facturación');
    await expect(page.getByRole('group', { name: 'Adjuntos (opcional)' })).toBeVisible();
    await page.getByLabel('Adjuntar archivos').setInputFiles({ name: 'factura-octubre.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Radicar ticket' }).click();

    const created = page.getByRole('region', { name: 'Ticket radicado' });
    await expect(created).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Ticket radicado' })).toBeFocused();
    await expect(created).toContainText(/Plazo de respuesta: \d+ (horas hábiles|horas|días hábiles) \(hasta el \p{L}+ \d{1,2} de \p{L}+, /u);
    const label = (await created.getByText(LABEL_PATTERN).textContent())?.trim() ?? '';
    expect(label).toMatch(LABEL_PATTERN);

    await created.getByRole('link', { name: `Abrir el ticket ${label}` }).click();
    await expect(page).toHaveURL(new RegExp(`/panel/tickets/${label}$`));
    await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
    const classification = page.getByRole('region', { name: 'Clasificación y asignación' });
    await expect(classification).toContainText('Teléfono');
    await expect(classification).toContainText('Facturación');
    await expect(classification).toContainText('Alta');
    await expect(page.getByRole('region', { name: 'Solicitante' })).toContainText('Rosa Elena Quintero');
    const historial = page.getByRole('region', { name: 'Historial' });
    // The description, the first message, carries the file the agent attached.
    await expect(historial.getByRole('listitem').first().getByRole('link', { name: 'factura-octubre.pdf' })).toBeVisible();
    // The history names the agent who typed it, not the requester.
    await expect(historial.getByRole('listitem').filter({ hasText: 'Creado por Agente de mesa' })).toHaveCount(1);
  });

  test('la mesa radica el ticket de quien llama sin correo, con solo su teléfono', async ({ page }) => {
    await page.goto('/panel/tickets/nuevo');
    await page.getByRole('radio', { name: 'Llamada telefónica' }).check();
    await page.getByLabel('Nombre completo').fill('Héctor Fabio Ospina');
    await page.getByLabel('Tipo de solicitud').selectOption({ label: 'Petición: Solicitar un servicio o una acción' });
    await page.getByLabel('Prioridad').selectOption({ label: 'Media' });
    await page.getByRole('combobox', { name: 'Categoría', exact: true }).fill('Sistemas');
    await page.getByLabel('Descripción').fill('Llamó porque no le llega el desprendible de pago desde septiembre.');

    // Neither an email, a phone nor a document: the email field says what is missing.
    await page.getByRole('button', { name: 'Radicar ticket' }).click();
    await expect(page.getByLabel('Correo electrónico')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Correo electrónico')).toHaveAccessibleDescription(/Indique un correo, un teléfono o un documento/);

    await page.getByRole('textbox', { name: 'Teléfono' }).fill('604 444 1234');
    await page.getByRole('button', { name: 'Radicar ticket' }).click();
    const created = page.getByRole('region', { name: 'Ticket radicado' });
    await expect(created).toBeVisible();
    const label = (await created.getByText(LABEL_PATTERN).textContent())?.trim() ?? '';
    await created.getByRole('link', { name: `Abrir el ticket ${label}` }).click();
    const requester = page.getByRole('region', { name: 'Solicitante' });
    await expect(requester).toContainText('Sin correo: no recibe avisos ni puede consultar el ticket.');
    await expect(requester.getByRole('link', { name: '604 444 1234' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe(() => {
  test.use({ role: 'area' });

  test('un usuario de área no puede radicar tickets desde el panel', async ({ page }) => {
    await page.goto('/panel/tickets/nuevo');
    await expect(page.getByRole('heading', { level: 1, name: 'Acceso restringido' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Radicar ticket' })).toHaveCount(0);
  });
});
