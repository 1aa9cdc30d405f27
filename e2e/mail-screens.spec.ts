import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { STAFF, expect, test } from './support/auth';
import { withDatabase } from './support/db';
import { hydrated } from './support/hydration';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

async function createTicket(request: APIRequestContext): Promise<{ ticketUuid: string; ticketLabel: string; email: string }> {
  const email = `correo.${unique()}@ejemplo.co`;
  const response = await request.post('/api/tickets/crear', {
    data: { nombre: 'Marta Lucía Ríos', email, tipo: 'PETICION', categoria: 'Sistemas', descripcion: 'Necesito acceso a la carpeta compartida de contabilidad.', prioridad: 'MEDIA' },
  });
  expect(response.status()).toBe(200);
  return { ...((await response.json()) as { ticketUuid: string; ticketLabel: string }), email };
}

/** An outbox row as the worker would have left it; returns its id. */
async function insertMail(row: { ticketId: string | null; kind: string; toAddress: string; toName: string; status: 'PENDING' | 'SENT' | 'FAILED'; attempts: number; lastError?: string; subject?: string; sent?: boolean }) {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO mail_outbox ("ticketId", kind, "toAddress", "toName", status, attempts, "lastError", subject, "sentAt", "nextAttemptAt")
       VALUES ($1, $2, $3, $4, $5::"MailStatus", $6, $7, $8, CASE WHEN $9 THEN now() END, now() + interval '1 hour') RETURNING id`,
      [row.ticketId, row.kind, row.toAddress, row.toName, row.status, row.attempts, row.lastError ?? null, row.subject ?? null, row.sent ?? false],
    );
    return rows[0]!.id;
  });
}

const mailState = (id: string) =>
  withDatabase(async (client) => (await client.query<{ status: string; attempts: number }>('SELECT status, attempts FROM mail_outbox WHERE id = $1', [id])).rows[0]);

test.describe('mi perfil', () => {
  test.use({ role: 'mesa' });
  const setSwitch = (on: boolean) => withDatabase((c) => c.query('UPDATE users SET "emailNotifications" = $1 WHERE email = $2', [on, STAFF.mesa]));
  test.beforeAll(() => setSwitch(true));
  test.afterAll(() => setSwitch(true));

  test('el interruptor de avisos por correo se cambia con el teclado, se anuncia y sigue así al recargar', async ({ page }) => {
    await page.goto('/panel');
    await page.getByRole('link', { name: 'Mi perfil' }).click();
    await expect(page.getByRole('heading', { name: 'Mi perfil', level: 1 })).toBeVisible();
    await expect(page.getByText(STAFF.mesa).first()).toBeVisible();

    const toggle = page.getByRole('switch', { name: 'Recibir avisos por correo' });
    await expect(toggle).toBeChecked();
    await expect(toggle).toHaveAccessibleDescription(/Asignado a usted.*SLA en riesgo/s);
    await hydrated(toggle);
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('status').filter({ hasText: 'Avisos por correo desactivados.' })).toBeVisible();
    await expect(toggle).not.toBeChecked();
    await expect(toggle).toBeFocused();

    await page.reload();
    await expect(toggle).not.toBeChecked();
    await expectNoAxeViolations(page);

    await hydrated(toggle);
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('status').filter({ hasText: 'Avisos por correo activados.' })).toBeVisible();
    await page.reload();
    await expect(toggle).toBeChecked();
  });
});

test.describe('la cola de correo', () => {
  test.use({ role: 'admin' });
  const resetInbound = () => withDatabase((c) => c.query(`UPDATE settings SET "inboundTipo" = 'PETICION', "inboundPrioridad" = 'MEDIA', "inboundArea" = 'MESA' WHERE id = 1`));
  test.afterAll(resetInbound);

  test('el administrador ve un correo fallido y «Reintentar» lo deja Pendiente', async ({ page, request }) => {
    const ticket = await createTicket(request);
    const address = `fallido.${unique()}@ejemplo.co`;
    const error = `550 5.1.1 buzón ${unique()} inexistente`;
    const id = await insertMail({ ticketId: ticket.ticketUuid, kind: 'assigned_to_you', toAddress: address, toName: 'Persona de Sistemas', status: 'FAILED', attempts: 8, lastError: error });

    await page.goto('/panel/admin');
    await page.getByRole('navigation', { name: 'Administración' }).getByRole('link', { name: 'Correo' }).click();
    await expect(page.getByRole('heading', { name: 'Correo', level: 1 })).toBeVisible();
    await expect(page.getByText(/Los correos se envían por SMTP|los correos se escriben en el registro del servidor/)).toBeVisible();
    await expect(page.locator('main')).not.toContainText('smtp://');
    // Counts past a thousand are written «1.234».
    await expect(page.getByRole('definition').filter({ hasText: /^\d{1,3}(\.\d{3})*$/ })).toHaveCount(3);

    const row = page.getByRole('row').filter({ hasText: address });
    await expect(row).toContainText('Asignado a usted');
    await expect(row).toContainText('Fallido');
    await expect(row).toContainText(error);
    await expect(row.getByRole('link', { name: ticket.ticketLabel })).toHaveAttribute('href', `/panel/tickets/${ticket.ticketLabel}`);
    await expectNoAxeViolations(page);

    await row.getByRole('button', { name: /^Reintentar el correo/ }).click();
    await expect(row.getByRole('status')).toHaveText('Correo en cola de nuevo: se enviará en unos segundos.');
    await expect(row).toContainText('Pendiente');
    expect(await mailState(id)).toMatchObject({ attempts: 0 });
  });

  test('«Reintentar todos los fallidos» devuelve a la cola cada fallido y no toca los enviados', async ({ page, request }) => {
    const ticket = await createTicket(request);
    const tag = unique();
    const failed = [
      await insertMail({ ticketId: ticket.ticketUuid, kind: 'ticket_created', toAddress: `uno.${tag}@ejemplo.co`, toName: 'Uno', status: 'FAILED', attempts: 8, lastError: 'Tiempo agotado' }),
      await insertMail({ ticketId: null, kind: 'sla_at_risk', toAddress: `dos.${tag}@ejemplo.co`, toName: 'Dos', status: 'FAILED', attempts: 8, lastError: 'Conexión rechazada' }),
    ];
    const sent = await insertMail({ ticketId: ticket.ticketUuid, kind: 'public_message', toAddress: `tres.${tag}@ejemplo.co`, toName: 'Tres', status: 'SENT', attempts: 1, subject: 'Enviado', sent: true });

    await page.goto('/panel/admin/correo');
    await expect(page.getByRole('row').filter({ hasText: `dos.${tag}@ejemplo.co` })).toContainText('Sin ticket');
    await page.getByRole('button', { name: 'Reintentar todos los fallidos' }).click();
    await expect(page.getByRole('status').filter({ hasText: /quedaron en cola de nuevo|quedó en cola de nuevo/ })).toBeVisible();
    for (const id of failed) expect(await mailState(id)).toMatchObject({ attempts: 0 });
    expect(await mailState(sent)).toEqual({ status: 'SENT', attempts: 1 });
    await expect(page.getByRole('row').filter({ hasText: `tres.${tag}@ejemplo.co` })).toHaveCount(0);
  });

  test('los valores del correo entrante se guardan y una prioridad inexistente se rechaza junto al campo', async ({ page }) => {
    await page.goto('/panel/admin/correo');
    const form = page.getByRole('form', { name: 'Correo entrante' });
    await hydrated(form.getByRole('button', { name: 'Guardar correo entrante' }));
    await form.getByLabel('Tipo').selectOption({ label: 'Incidente' });
    await form.getByLabel('Prioridad').selectOption({ label: 'Alta' });
    await form.getByLabel('Área').selectOption({ label: 'Sistemas' });
    await form.getByRole('button', { name: 'Guardar correo entrante' }).click();
    await expect(form.getByRole('status')).toContainText('Valores del correo entrante guardados');
    await page.reload();
    await expect(form.getByLabel('Tipo')).toHaveValue('INCIDENTE');
    await expect(form.getByLabel('Prioridad')).toHaveValue('ALTA');
    await expect(form.getByLabel('Área')).toHaveValue('Sistemas');

    // A value the list no longer offers (changed under the page) is refused by the server, on its field.
    await hydrated(form.getByRole('button', { name: 'Guardar correo entrante' }));
    await form.getByLabel('Prioridad').evaluate((select: HTMLSelectElement) => {
      select.add(new Option('Inventada', 'INVENTADA'));
      select.value = 'INVENTADA';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await form.getByRole('button', { name: 'Guardar correo entrante' }).click();
    await expect(form.getByRole('alert')).toContainText('Revise los datos marcados');
    await expect(form.getByLabel('Prioridad')).toHaveAccessibleDescription(/no existe o está inactiva/);
    await resetInbound();
  });
});

test.describe('los correos de un ticket', () => {
  test.use({ role: 'mesa' });

  test('el detalle muestra los correos del ticket, y la consulta pública no', async ({ page, request, browser }) => {
    const ticket = await createTicket(request);
    // Whatever the events of the creation queued, the ticket starts with no mail here.
    await withDatabase((c) => c.query('DELETE FROM mail_outbox WHERE "ticketId" = $1', [ticket.ticketUuid]));
    await page.goto(`/panel/tickets/${ticket.ticketLabel}`);
    const section = page.getByRole('region', { name: 'Correos enviados' });
    await expect(section).toContainText('Aún no se ha enviado ningún correo de este ticket.');

    const subject = `[${ticket.ticketLabel}] Recibimos su solicitud`;
    await insertMail({ ticketId: ticket.ticketUuid, kind: 'ticket_created', toAddress: ticket.email, toName: 'Marta Lucía Ríos', status: 'SENT', attempts: 2, subject, sent: true });
    await page.reload();
    const item = section.getByRole('listitem');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('Confirmación de radicado');
    await expect(item).toContainText(`Para: Marta Lucía Ríos <${ticket.email}>`);
    await expect(item).toContainText(/Enviado el \d+ de \w+ de \d{4}/);
    await expect(item).toContainText('(2 intentos)');
    await expect(item).toContainText(`Asunto: ${subject}`);
    await expectNoAxeViolations(page);

    const requester = await (await browser.newContext()).newPage();
    await requester.goto(`/consultar?ticket=${ticket.ticketLabel}`);
    await requester.getByLabel('Correo electrónico').fill(ticket.email);
    await requester.getByRole('button', { name: 'Consultar', exact: true }).click();
    await expect(requester.getByRole('heading', { name: new RegExp(ticket.ticketLabel) }).first()).toBeVisible();
    await expect(requester.locator('body')).not.toContainText('Correos enviados');
    await expect(requester.locator('body')).not.toContainText(subject);
  });
});
