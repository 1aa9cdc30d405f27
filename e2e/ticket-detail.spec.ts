import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { expectedOperationsFor, type ExpectedOperation } from '../scripts/test/transition-oracle';
import { expect, test } from './support/auth';
import { hydrated } from './support/hydration';

test.use({ role: 'mesa' });

interface Created {
  ticketUuid: string;
  ticketLabel: string;
}

/** A ticket of its own for each test, opened through the public API as a requester would. */
async function createTicket(request: APIRequestContext, overrides: Record<string, unknown> = {}): Promise<Created> {
  const tag = `${Date.now()}.${Math.floor(Math.random() * 1e6)}`;
  const response = await request.post('/api/tickets/crear', {
    data: {
      nombre: 'Lucía Fernández',
      email: `lucia.${tag}@ejemplo.co`,
      tipo: 'INCIDENTE',
      categoria: 'Infraestructura',
      descripcion: 'La VPN se desconecta cada cinco minutos desde el lunes.',
      prioridad: 'MEDIA',
      ...overrides,
    },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as Created;
}

/** The disclosure of an operation, found by the name the transition table gives it. */
const operation = (page: Page, name: string) => page.locator('summary').filter({ hasText: new RegExp(`^${name}$`) });
// The timeline's top-level items: a message's replies and files are lists of their own inside it.
const timeline = (page: Page) => page.getByRole('region', { name: 'Historial' }).locator(':scope > ol > li');
const replyBox = (page: Page) => page.getByRole('form', { name: 'Responder' });
// Tags are chips and messages go through the reply box: neither is a disclosure.
const disclosures = (ops: ExpectedOperation[]) => ops.flatMap((op) => (op === 'etiquetar' || op === 'actualizar' ? [] : [OPERATION_NAMES[op]]));
const announcement = (page: Page) => page.getByRole('region', { name: 'Acciones' }).getByRole('status');

/** The name each operation's disclosure shows. */
const OPERATION_NAMES: Record<Exclude<ExpectedOperation, 'etiquetar' | 'actualizar'>, string> = {
  asignar: 'Asignar',
  transferir: 'Transferir',
  reclasificar: 'Reclasificar',
  pausar: 'Poner en espera',
  reabrir: 'Reanudar',
  cancelar: 'Cancelar ticket',
  archivar: 'Resolver',
  prorrogar: 'Prorrogar plazo',
};

test('la mesa ve los datos del ticket, lo asigna a un área y agrega una nota interna que el historial marca', async ({ page, request }) => {
  const ticket = await createTicket(request, {
    asunto: 'VPN inestable',
    telefono: '300 123 4567',
    tieneWhatsapp: true,
    documento: '1020304050',
    descripcion: 'Primera línea.\nSegunda línea con <b>etiquetas</b> que no son HTML.',
  });
  // The label works in any case in the URL.
  await page.goto(`/panel/tickets/${ticket.ticketLabel.toLowerCase()}`);

  await expect(page.getByRole('heading', { level: 1, name: ticket.ticketLabel })).toBeVisible();
  await expect(page.getByText('VPN inestable')).toBeVisible();
  const requester = page.getByRole('region', { name: 'Solicitante' });
  await expect(requester).toContainText('Lucía Fernández');
  await expect(requester).toContainText('1020304050');
  await expect(requester.getByRole('link', { name: /@ejemplo\.co$/ })).toHaveAttribute('href', /^mailto:lucia\./);
  await expect(requester.getByRole('link', { name: /WhatsApp/ })).toHaveAttribute('href', 'https://wa.me/573001234567');
  // The description is the first message; text is shown as written: escaped, with its line breaks.
  const descripcion = timeline(page).first();
  await expect(descripcion).toContainText('Lucía Fernández');
  await expect(descripcion).toContainText('Segunda línea con <b>etiquetas</b> que no son HTML.');
  expect(await descripcion.locator('b').count()).toBe(0);
  await expect(page.getByRole('region', { name: 'Clasificación y asignación' })).toContainText('API');
  await expect(page.getByRole('region', { name: 'SLA' })).toContainText('En tiempo');
  // No version numbers or codes on screen: the version travels hidden with the forms.
  await expect(page.getByText(/Versión \d/)).toHaveCount(0);
  await expect(timeline(page)).toHaveCount(2);
  await expect(timeline(page).nth(1)).toContainText('Creado por Lucía Fernández');

  await operation(page, 'Asignar').click();
  const asignar = page.getByRole('form', { name: 'Asignar' });
  await asignar.getByRole('combobox', { name: 'Área', exact: true }).selectOption('Sistemas');
  await asignar.getByLabel('Persona asignada').selectOption({ label: 'Equipo de Sistemas (Área)' });
  await asignar.getByRole('button', { name: 'Asignar' }).click();
  await expect(announcement(page)).toHaveText('Ticket asignado al área Sistemas, a cargo de Equipo de Sistemas.');
  await expect(announcement(page).locator('p')).toBeFocused();
  // ASIGNADO does not allow asignar again; "Poner en espera" (pausar) appears: the transition table decides.
  await expect(operation(page, 'Asignar')).toHaveCount(0);
  await expect(operation(page, 'Poner en espera')).toHaveCount(1);
  const assigned = timeline(page).nth(2);
  // The timeline speaks of events: who got the ticket and who gave it.
  await expect(assigned).toContainText('Asignado a Equipo de Sistemas por Agente de mesa');
  await expect(assigned).toContainText('Estado: Nuevo → Asignado');
  await expect(assigned).toContainText('Área: Sistemas');
  await expect(page.getByRole('region', { name: 'Clasificación y asignación' })).toContainText('Equipo de Sistemas');

  // The reply box is always at hand: a public reply by default, an internal note with one switch.
  const box = replyBox(page);
  await expect(box.getByRole('radio', { name: 'Respuesta pública' })).toBeChecked();
  await box.getByRole('radio', { name: 'Nota interna' }).check();
  await expect(box).toContainText('Nota interna: el solicitante no la verá.');
  await box.getByRole('button', { name: 'Guardar nota interna' }).click();
  await expect(box.getByLabel('Mensaje')).toHaveAttribute('aria-invalid', 'true');
  await expect(box.getByLabel('Mensaje')).toHaveAccessibleDescription(/Escriba el mensaje/);

  await box.getByLabel('Mensaje').fill('El usuario usa un cliente de VPN antiguo.\nLlamarlo mañana.');
  await box.getByRole('button', { name: 'Guardar nota interna' }).click();
  await expect(box.getByRole('status')).toHaveText('Nota interna guardada.');
  const note = timeline(page).nth(3);
  await expect(note).toContainText('Agente de mesa');
  await expect(note).toContainText('Interna');
  await expect(note).toContainText('Llamarlo mañana.');
  await expect(box.getByLabel('Mensaje')).toHaveValue('');

  await box.getByRole('radio', { name: 'Respuesta pública' }).check();
  await box.getByLabel('Mensaje').fill('Estamos revisando su conexión.');
  await box.getByRole('button', { name: 'Enviar respuesta' }).click();
  await expect(box.getByRole('status')).toHaveText('Mensaje enviado.');
  await expect(timeline(page).nth(4)).toContainText('Pública');
  await expect(timeline(page)).toHaveCount(5);
});

test('cuando otra persona cambia el ticket primero, el formulario lo dice y «Recargar» trae los cambios sin perder lo escrito', async ({ page, request }) => {
  const ticket = await createTicket(request);
  await page.goto(`/panel/tickets/${ticket.ticketLabel}`);
  await expect(timeline(page)).toHaveCount(2);

  await operation(page, 'Reclasificar').click();
  const form = page.getByRole('form', { name: 'Reclasificar' });
  await form.getByRole('combobox', { name: 'Prioridad' }).selectOption('ALTA');
  await form.getByLabel('Motivo').fill('Mi motivo, escrito sobre la versión 1.');

  // Someone else, through the API with the same session, changes the ticket in the meantime.
  const background = await page.request.post(`/api/tickets/${ticket.ticketUuid}/actualizar`, { data: { nota: 'Cambio de otra persona.' } });
  expect(background.status()).toBe(200);

  await form.getByRole('button', { name: 'Reclasificar' }).click();
  const conflict = form.getByRole('alert');
  await expect(conflict).toContainText('Otra persona modificó este ticket');
  await expect(timeline(page)).toHaveCount(2);

  await conflict.getByRole('button', { name: 'Recargar' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(timeline(page).nth(2)).toContainText('Cambio de otra persona.');
  await expect(form.getByLabel('Motivo')).toHaveValue('Mi motivo, escrito sobre la versión 1.');

  await form.getByRole('button', { name: 'Reclasificar' }).click();
  await expect(announcement(page)).toHaveText('Ticket reclasificado. El SLA se recalculó con la nueva clasificación.');
  await expect(timeline(page).nth(3)).toContainText('Reclasificado por Agente de mesa');
  await expect(timeline(page).nth(3)).toContainText('Mi motivo, escrito sobre la versión 1.');
});

test.describe(() => {
  test.use({ role: 'area' });

  test('un usuario de área no ve el ticket de otra área: la misma página que un número inexistente', async ({ page, request }) => {
    const other = await createTicket(request, { areaAsignada: 'Infraestructura' });
    const own = await createTicket(request, { areaAsignada: 'Sistemas' });

    expect((await page.goto(`/panel/tickets/${other.ticketLabel}`))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'El ticket no existe o no está en sus áreas' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('Lucía Fernández');
    expect((await page.goto('/panel/tickets/TK-1999-99999'))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'El ticket no existe o no está en sus áreas' })).toBeVisible();
    await page.getByRole('link', { name: 'Volver al tablero' }).click();
    await expect(page).toHaveURL(/\/panel$/);

    // Their own area's ticket opens, with only what AREA may do on a NUEVO ticket.
    await page.goto(`/panel/tickets/${own.ticketLabel}`);
    await expect(page.getByRole('heading', { level: 1, name: own.ticketLabel })).toBeVisible();
    await expect(page.locator('summary')).toHaveText(disclosures(expectedOperationsFor('AREA', 'NUEVO')));
  });
});

test('las acciones se abren, se llenan y se envían solo con el teclado, y cancelar pide confirmación en el formulario', async ({ page, request }) => {
  const ticket = await createTicket(request);
  await page.goto(`/panel/tickets/${ticket.ticketLabel}`);

  // A keyboard user tabs from the first operation through the others, in the order the page offers them.
  await expect(page.locator('summary')).toHaveText(disclosures(expectedOperationsFor('MESA', 'NUEVO')));
  await hydrated(operation(page, 'Cancelar ticket'));
  await operation(page, 'Asignar').focus();
  for (const name of ['Transferir', 'Reclasificar', 'Cancelar ticket']) {
    await page.keyboard.press('Tab');
    await expect(operation(page, name)).toBeFocused();
  }
  await page.keyboard.press('Enter');
  const cancelar = page.getByRole('form', { name: 'Cancelar ticket' });
  await page.keyboard.press('Tab');
  await expect(cancelar.getByLabel('Motivo de la cancelación')).toBeFocused();
  await page.keyboard.type('El solicitante lo radicó dos veces.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(cancelar.getByRole('button', { name: 'Cancelar ticket' })).toBeFocused();
  await page.keyboard.press('Enter');

  // Not confirmed: nothing is sent, and the confirmation says why.
  const confirm = cancelar.getByRole('checkbox', { name: /no se podrá reanudar/ });
  await expect(confirm).toBeFocused();
  await expect(confirm).toHaveAccessibleDescription('Confirme que desea cancelar el ticket.');
  await expect(timeline(page)).toHaveCount(2);
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  await expect(announcement(page)).toHaveText('Ticket cancelado.');
  await expect(page.getByRole('region', { name: 'Acciones' })).toContainText('El ticket está cancelado: no admite más operaciones.');
  await expect(page.locator('summary')).toHaveCount(0);
  const last = timeline(page).last();
  await expect(last).toContainText('Cancelado');
  await expect(last).toContainText('Estado: Nuevo → Cancelado');
  await expect(last).toContainText('Pública');
  await expect(last).toContainText('El solicitante lo radicó dos veces.');
});

test('la página de detalle, con todas sus acciones abiertas, no tiene fallas de accesibilidad graves', async ({ page, request }) => {
  const ticket = await createTicket(request, { telefono: '3001234567', tieneWhatsapp: true, asunto: 'Revisión de accesibilidad' });
  const note = await page.request.post(`/api/tickets/${ticket.ticketUuid}/actualizar`, { data: { nota: 'Nota interna de prueba.' } });
  expect(note.status()).toBe(200);
  await page.goto(`/panel/tickets/${ticket.ticketLabel}`);
  const summaries = page.locator('summary');
  for (let i = 0; i < (await summaries.count()); i++) await summaries.nth(i).click();
  // A refused submission too: errors on their fields.
  await expect(page.getByRole('form', { name: 'Poner en espera' })).toHaveCount(0);
  await page.getByRole('form', { name: 'Transferir' }).getByRole('button', { name: 'Transferir' }).click();
  await expect(page.getByRole('form', { name: 'Transferir' }).getByRole('combobox', { name: 'Área de destino' })).toHaveAttribute('aria-invalid', 'true');

  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('«Tomar» se asigna el ticket en un clic, y «Resolver» es la acción positiva, no la roja de cancelar', async ({ page, request }) => {
  const ticket = await createTicket(request, { asunto: 'Tomar y resolver' });
  await page.goto(`/panel/tickets/${ticket.ticketLabel}`);
  const take = page.getByRole('button', { name: 'Tomar', exact: true });
  await hydrated(take);
  await take.click();
  await expect(announcement(page)).toHaveText('Ticket asignado a usted.');
  await expect(timeline(page).last()).toContainText('Asignado a Agente de mesa por Agente de mesa');
  await expect(page.getByRole('region', { name: 'Clasificación y asignación' })).toContainText('Agente de mesa');
  // Already theirs, and asignar no longer allowed: nothing to take.
  await expect(take).toHaveCount(0);

  await operation(page, 'Resolver').click();
  const resolver = page.getByRole('form', { name: 'Resolver' });
  const submit = resolver.getByRole('button', { name: 'Resolver' });
  await expect(submit).toHaveClass(/bg-blue-700/);
  await expect(submit).not.toHaveClass(/bg-red/);
  await resolver.getByLabel('Resolución').fill('Se restableció la conexión.');
  await resolver.getByRole('checkbox', { name: /está resuelto/ }).check();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await submit.click();
  await expect(announcement(page)).toHaveText('Ticket resuelto: el solicitante verá la resolución.');
  await expect(timeline(page).last()).toContainText('Resuelto');
  await expect(timeline(page).last()).toContainText('Estado: Asignado → Resuelto');
  await expect(page.getByRole('region', { name: 'Acciones' })).toContainText('El ticket está resuelto: no admite más operaciones.');
});
