import { request as playwrightRequest, type Page } from '@playwright/test';
import { expect, storageStateOf, test } from './support/auth';
import { withDatabase } from './support/db';

const LABEL_PATTERN = /^TK-\d{4}-\d{5,}$/;

function uniqueEmail(tag: string): string {
  return `solicitante.${tag}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@ejemplo.co`;
}

/** Fills the public form the way a person does: each field found by its visible label. */
async function fillTicketForm(page: Page, email: string) {
  await page.getByLabel('Nombre completo').fill('Ana María Pérez');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Documento de identidad').fill('1020304050');
  await page.getByLabel('Teléfono', { exact: true }).fill('300 123 4567');
  await page.getByLabel('Este teléfono tiene WhatsApp').check();
  await page.getByLabel('Tipo de solicitud').selectOption({ label: 'Petición: Solicitar un servicio o una acción' });
  await page.getByRole('combobox', { name: 'Categoría', exact: true }).fill('Soporte Técnico');
  await page.getByLabel('Subcategoría').fill('Impresoras');
  await page.getByLabel('Asunto').fill('La impresora del piso 3 no imprime');
  await page.getByLabel('Descripción').fill('Desde esta mañana la impresora del piso 3 muestra un error de papel atascado.');
}

async function submitTicket(page: Page): Promise<string> {
  const submit = page.getByRole('button', { name: 'Radicar solicitud' });
  await submit.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Su solicitud fue radicada' })).toBeVisible();
  const label = (await page.getByText(LABEL_PATTERN).textContent())?.trim() ?? '';
  expect(label).toMatch(LABEL_PATTERN);
  return label;
}

async function lookUp(page: Page, label: string, email: string) {
  await page.getByLabel('Número de ticket').fill(label);
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByRole('button', { name: 'Consultar', exact: true }).click();
}

/** "Plazo de respuesta: 8 horas hábiles (hasta el martes 1 de diciembre, 4:00 p. m.)". */
const PLAZO = /^Plazo de respuesta: \d+ (horas hábiles|horas|días hábiles) \(hasta el (lunes|martes|miércoles|jueves|viernes|sábado|domingo) \d{1,2} de \p{L}+, \d{1,2}:\d{2}\s[ap]\.\s?m\.\)$/u;

test('un solicitante radica una solicitud y la consulta con su número y correo', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  const email = uniqueEmail('radica');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Radicar una solicitud' })).toBeVisible();
  await fillTicketForm(page, email);
  const label = await submitTicket(page);
  // The success panel promises the deadline in the same phrase as the lookup.
  await expect(page.getByRole('region', { name: 'Su solicitud fue radicada' }).getByText(PLAZO)).toBeVisible();

  await page.getByRole('button', { name: 'Copiar número' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copiado' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(label);

  await page.getByRole('link', { name: 'Consultar ticket', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Consultar un ticket' })).toBeVisible();
  // The label as a person may type it, and the email in another case: both are forgiven.
  await lookUp(page, `  ${label.toLowerCase()}  `, email.toUpperCase());

  const ticket = page.getByRole('article', { name: label });
  await expect(ticket.getByRole('heading', { name: label })).toBeVisible();
  // The requester's words: the state as they live it, the deadline as a promise with its date, no area codes.
  await expect(ticket.getByText('Recibida', { exact: true })).toBeVisible();
  await expect(ticket.getByText('En tiempo', { exact: true })).toBeVisible();
  await expect(ticket.getByText(PLAZO)).toBeVisible();
  await expect(ticket).not.toContainText('Área responsable');
  await expect(ticket).not.toContainText('MESA');
  await expect(ticket.getByText('La impresora del piso 3 no imprime')).toBeVisible();
  const historial = ticket.getByRole('region', { name: 'Historial' });
  // The description opens the conversation, then the state changes follow.
  await expect(historial.getByRole('listitem').first()).toContainText('Desde esta mañana la impresora del piso 3');
  await expect(historial).toContainText('Su solicitud fue recibida');
  // The public view never shows the requester's document or phone.
  await expect(ticket).not.toContainText('1020304050');
  await expect(ticket).not.toContainText('300 123 4567');
});

test('el enlace del panel de éxito abre la consulta con el número ya escrito', async ({ page }) => {
  await page.goto('/');
  await fillTicketForm(page, uniqueEmail('enlace'));
  const label = await submitTicket(page);
  await page.getByRole('link', { name: 'Consultar este ticket' }).click();
  await expect(page).toHaveURL(/\/consultar\?ticket=/);
  await expect(page.getByLabel('Número de ticket')).toHaveValue(label);

  await page.goto('/');
  await expect(page.getByLabel('Nombre completo')).toHaveValue('');
});

test('un correo equivocado o un número inexistente reciben el mismo mensaje', async ({ page }) => {
  const email = uniqueEmail('equivocado');
  await page.goto('/');
  await fillTicketForm(page, email);
  const label = await submitTicket(page);

  await page.goto('/consultar');
  await lookUp(page, label, uniqueEmail('otra-persona'));
  const alert = page.getByRole('alert').filter({ hasText: 'No encontramos un ticket' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);
  const wrongEmailMessage = await alert.textContent();

  await page.goto('/consultar');
  await lookUp(page, 'TK-1999-99999', email);
  await expect(alert).toBeVisible();
  expect(await alert.textContent()).toBe(wrongEmailMessage);
});

test('un formulario vacío muestra los errores en cada campo obligatorio y no radica nada', async ({ page }) => {
  const actionCalls: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action']) actionCalls.push(request.url());
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Radicar solicitud' }).click();

  const required = [
    page.getByLabel('Nombre completo'),
    page.getByLabel('Correo electrónico'),
    page.getByLabel('Tipo de solicitud'),
    page.getByRole('combobox', { name: 'Categoría', exact: true }),
    page.getByLabel('Descripción'),
  ];
  for (const field of required) {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/\S/);
  }
  await expect(page.getByLabel('Nombre completo')).toHaveAccessibleDescription(/nombre es obligatorio/i);
  await expect(page.getByLabel('Nombre completo')).toBeFocused();
  await expect(page.getByLabel('Asunto')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { name: 'Su solicitud fue radicada' })).toHaveCount(0);
  expect(actionCalls).toEqual([]);
});

test('la consulta sin datos señala los campos que faltan', async ({ page }) => {
  await page.goto('/consultar');
  await page.getByRole('button', { name: 'Consultar', exact: true }).click();
  await expect(page.getByLabel('Número de ticket')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Correo electrónico')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Número de ticket')).toBeFocused();
});

test('el solicitante responde desde la consulta y su respuesta aparece en el historial', async ({ page, request }) => {
  const email = uniqueEmail('responde');
  const created = await request.post('/api/tickets/crear', {
    data: { nombre: 'Jorge Salas', email, tipo: 'CONSULTA', categoria: 'Facturación', descripcion: 'No entiendo un cobro de mi factura de octubre.', prioridad: 'BAJA' },
  });
  const { ticketLabel } = (await created.json()) as { ticketLabel: string };

  await page.goto('/consultar');
  await lookUp(page, ticketLabel, email);
  const reply = page.getByRole('form', { name: 'Responder a la mesa de ayuda' });
  // An empty reply is refused on its field.
  await reply.getByRole('button', { name: 'Enviar respuesta' }).click();
  await expect(reply.getByLabel('Mensaje')).toHaveAttribute('aria-invalid', 'true');
  await expect(reply.getByText('Escriba el mensaje.')).toBeVisible();

  await reply.getByLabel('Mensaje').fill('La factura es la número 88120.');
  await reply.getByRole('button', { name: 'Enviar respuesta' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Enviamos su respuesta' })).toHaveText('Enviamos su respuesta a la mesa de ayuda.');
  // The button was disabled while sending: the focus goes to the confirmation, not to the page's start.
  await expect(page.getByRole('status').filter({ hasText: 'Enviamos su respuesta' })).toBeFocused();
  await expect(reply.getByLabel('Mensaje')).toHaveValue('');
  const last = page.getByRole('region', { name: 'Historial' }).getByRole('listitem').last();
  await expect(last).toContainText('Jorge Salas');
  await expect(last).toContainText('La factura es la número 88120.');

  // A new lookup shows the reply too: it was stored, not only drawn.
  await page.goto('/consultar');
  await lookUp(page, ticketLabel, email);
  await expect(page.getByRole('region', { name: 'Historial' })).toContainText('La factura es la número 88120.');
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const XSS = '<img src=x onerror=alert(1)>';

test('el solicitante adjunta archivos al radicar, los ve en la consulta y responde en el hilo de la mesa', async ({ page, baseURL }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const email = uniqueEmail('adjuntos');
  await page.goto('/');
  await fillTicketForm(page, email);
  await expect(page.getByRole('group', { name: 'Adjuntos (opcional)' })).toBeVisible();
  await page.getByLabel('Adjuntar archivos').setInputFiles([
    { name: 'factura.pdf', mimeType: 'application/pdf', buffer: PDF },
    { name: 'captura.png', mimeType: 'image/png', buffer: PNG },
  ]);
  await expect(page.getByRole('list', { name: 'Archivos elegidos' }).getByRole('listitem')).toHaveCount(2);
  const label = await submitTicket(page);

  // MESA answers in public, as the panel would, through the API with its session.
  const ticketUuid = await withDatabase(async (db) => (await db.query<{ id: string }>('select id from tickets where label = $1', [label])).rows[0]!.id);
  const mesa = await playwrightRequest.newContext({ baseURL, storageState: storageStateOf('mesa') });
  const answered = await mesa.post(`/api/tickets/${ticketUuid}/actualizar`, { data: { nota: 'Recibimos la factura. ¿Puede enviarnos el comprobante de pago?', publica: true } });
  expect(answered.status()).toBe(200);
  await mesa.dispose();

  await page.goto('/consultar');
  await lookUp(page, label, email);
  const ticket = page.getByRole('article', { name: label });
  const historial = ticket.getByRole('region', { name: 'Historial' });
  const description = historial.getByRole('listitem').first();
  await expect(description).toContainText('Desde esta mañana la impresora del piso 3');
  await expect(description.getByRole('link', { name: 'factura.pdf' })).toBeVisible();
  const thumbnail = description.getByRole('img', { name: 'captura.png' });
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

  const staffMessage = historial.getByRole('article').filter({ hasText: 'Recibimos la factura' });
  await expect(staffMessage).toContainText('Mesa de ayuda');
  await staffMessage.getByRole('button', { name: 'Responder a Mesa de ayuda' }).click();
  const reply = page.getByRole('form', { name: 'Responder a la mesa de ayuda' });
  await expect(reply.getByText('Respondiendo a')).toContainText('Mesa de ayuda');
  await expect(reply.getByLabel('Mensaje')).toBeFocused();
  await reply.getByLabel('Mensaje').fill(`Adjunto el comprobante ${XSS}`);
  await reply.getByLabel('Adjuntar archivos').setInputFiles({ name: `${XSS}.png`, mimeType: 'image/png', buffer: PNG });
  await reply.getByRole('button', { name: 'Enviar respuesta' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Enviamos su respuesta' })).toHaveText('Enviamos su respuesta a la mesa de ayuda.');

  // Nested under the staff message, without a reload; the payloads are text.
  const thread = staffMessage.getByRole('list', { name: 'Respuestas a Mesa de ayuda' });
  await expect(thread).toContainText(`Adjunto el comprobante ${XSS}`);
  await expect(thread).toContainText(`${XSS}.png`);
  await expect(thread.getByRole('img', { name: `${XSS}.png` })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  await page.goto('/consultar');
  await lookUp(page, label, email);
  await expect(page.getByRole('list', { name: 'Respuestas a Mesa de ayuda' })).toContainText(`Adjunto el comprobante ${XSS}`);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('un archivo cuyo contenido no es el que dice su nombre se rechaza nombrándolo y no radica nada', async ({ page }) => {
  await page.goto('/');
  await fillTicketForm(page, uniqueEmail('zip'));
  const picker = page.getByLabel('Adjuntar archivos');
  await picker.setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)]) });
  await page.getByRole('button', { name: 'Radicar solicitud' }).click();
  await expect(picker).toHaveAccessibleDescription(/foto\.png/);
  await expect(picker).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Su solicitud fue radicada' })).toHaveCount(0);
});
