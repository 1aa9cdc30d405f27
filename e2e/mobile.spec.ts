import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { ADMIN_SECTIONS } from '../components/admin/sections';
import { expect, test } from './support/auth';
import { withDatabase } from './support/db';
import { hydrated } from './support/hydration';

// Every page of the app on a phone: none may scroll sideways, whatever the data on it.
test.use({ viewport: { width: 390, height: 844 } });

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
// A word no line can break by itself: a pasted path, a token, a long identifier.
const LONG_WORD = `Referencia_${'x'.repeat(90)}_fin`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

interface Created {
  ticketUuid: string;
  ticketLabel: string;
  email: string;
}

/** A ticket with everything that widens a page: a long subject and email, an unbroken word, an attachment. */
async function createLongTicket(request: APIRequestContext): Promise<Created> {
  const email = `solicitante.con.un.correo.muy.largo.${unique()}@dependencia-de-ejemplo.gov.co`;
  const form = new FormData();
  form.append(
    'datos',
    JSON.stringify({
      nombre: 'María de los Ángeles Castañeda Villarreal',
      email,
      tipo: 'RECLAMO',
      categoria: 'Facturación',
      asunto: `Cobro duplicado en la factura de noviembre y diciembre ${LONG_WORD}`,
      descripcion: `Me cobraron dos veces. ${LONG_WORD} https://portal.ejemplo.co/facturas/2026/11/${'a'.repeat(60)}`,
      prioridad: 'ALTA',
      areaAsignada: 'Facturación',
    }),
  );
  form.append('adjuntos', new Blob([PDF], { type: 'application/pdf' }), `factura_${'n'.repeat(60)}.pdf`);
  const response = await request.post('/api/tickets/crear', { multipart: form });
  expect(response.status()).toBe(200);
  return { ...((await response.json()) as { ticketUuid: string; ticketLabel: string }), email };
}

/** An open ticket in an area whose name is one long word: the summary's tables list it. */
async function openTicketInLongArea(request: APIRequestContext): Promise<void> {
  const area = `Área_${unique()}_${LONG_WORD}`.slice(0, 100);
  await withDatabase((client) => client.query('INSERT INTO areas (name) VALUES ($1)', [area]));
  const response = await request.post('/api/tickets/crear', {
    data: { nombre: 'Ana Pérez', email: `ana.${unique()}@example.com`, tipo: 'INCIDENTE', categoria: 'Sistemas', descripcion: 'La impresora no imprime.', prioridad: 'MEDIA', areaAsignada: area },
  });
  expect(response.status()).toBe(200);
}

/** Messages, tags and a mail about the ticket, so its detail page carries a long conversation. */
async function furnish(request: APIRequestContext, ticket: Created): Promise<void> {
  const op = (name: string, data: object) => request.post(`/api/tickets/${ticket.ticketUuid}/${name}`, { data });
  for (const [i, publica] of [true, false, true].entries()) {
    expect((await op('actualizar', { nota: `Mensaje ${i + 1}: revisamos ${LONG_WORD} y el cobro.`, publica })).status()).toBe(200);
  }
  expect((await op('etiquetar', { agregar: ['facturacion-duplicada-noviembre', 'vip', `etiqueta-${'larga'.repeat(6)}`] })).status()).toBe(200);
  await withDatabase((client) =>
    client.query(
      `INSERT INTO mail_outbox ("ticketId", kind, "toAddress", "toName", status, attempts, "lastError", subject, "nextAttemptAt")
       VALUES ($1, 'CREADO', $2, 'María de los Ángeles', 'FAILED', 8, $3, $4, now())`,
      [ticket.ticketUuid, ticket.email, `550 5.1.1 ${LONG_WORD}: mailbox unavailable`, `Recibimos su solicitud ${ticket.ticketLabel}`],
    ),
  );
}

async function expectNoHorizontalScroll(page: Page, what: string) {
  const sizes = await page.evaluate(() => {
    const root = document.scrollingElement!;
    // The outermost elements that reach past the right edge: what a failure names.
    const past = (el: Element) => el.checkVisibility() && el.getBoundingClientRect().right > root.clientWidth + 0.5;
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => past(el) && !(el.parentElement && past(el.parentElement)))
      .slice(0, 5)
      .map((el) => `${el.outerHTML.slice(0, 120)} (${Math.round(el.getBoundingClientRect().right)})`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
  expect(sizes.scrollWidth, `${what}: ancho ${sizes.scrollWidth} > ${sizes.clientWidth}: ${sizes.wide.join(', ')}`).toBeLessThanOrEqual(sizes.clientWidth);
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Opens a page, waits for its heading, and checks it fits the phone. */
async function visit(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoHorizontalScroll(page, path);
}

test.describe('páginas públicas', () => {
  test('el formulario, la consulta con un ticket y el ingreso caben en 390 px', async ({ page, request }) => {
    const ticket = await createLongTicket(request);
    await visit(page, '/');
    await expectNoAxeViolations(page);
    await visit(page, '/login');

    await visit(page, '/consultar');
    await page.getByLabel('Número de ticket').fill(ticket.ticketLabel);
    await page.getByLabel('Correo electrónico').fill(ticket.email);
    await page.getByRole('button', { name: 'Consultar', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Historial' })).toContainText(LONG_WORD);
    await expectNoHorizontalScroll(page, '/consultar con un ticket');
    await expectNoAxeViolations(page);
  });
});

test.describe('páginas del personal', () => {
  test.use({ role: 'admin' });

  test('el menú del panel se pliega en un botón que abre y cierra con el teclado', async ({ page }) => {
    await visit(page, '/panel/resumen');
    const toggle = page.getByRole('button', { name: 'Menú' });
    await hydrated(toggle);
    const nav = page.getByRole('navigation', { name: 'Panel' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Tablero' })).toBeHidden();

    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Resumen' })).toHaveAttribute('aria-current', 'page');
    await expectNoHorizontalScroll(page, 'menú abierto');
    await expectNoAxeViolations(page);

    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();

    await toggle.click();
    await nav.getByRole('link', { name: 'Tablero' }).click();
    await expect(page).toHaveURL(/\/panel$/);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  test('el tablero, el detalle de un ticket largo, el nuevo ticket, el resumen y el perfil caben en 390 px', async ({ page, request }) => {
    test.slow();
    const ticket = await createLongTicket(request);
    await furnish(request, ticket);
    await openTicketInLongArea(request);

    await visit(page, '/panel');
    await visit(page, `/panel/tickets/${ticket.ticketLabel}`);
    await expect(page.getByRole('region', { name: 'Historial' })).toContainText('Mensaje 3');
    await expectNoAxeViolations(page);
    // The reply box comes before the ticket's long side cards.
    const reply = page.getByRole('form', { name: 'Responder' });
    const details = page.getByRole('region', { name: 'Etiquetas' });
    const top = async (l: typeof reply) => (await l.boundingBox())!.y;
    expect(await top(reply)).toBeLessThan(await top(details));

    await visit(page, '/panel/tickets/nuevo');
    await visit(page, '/panel/resumen');
    await expectNoAxeViolations(page);
    await visit(page, '/panel/perfil');
  });

  test('la administración y cada una de sus secciones caben en 390 px, con datos', async ({ page, request }) => {
    test.slow();
    // A token with a long name (its row and its audit entry), and a failed mail in the outbox.
    const issued = await request.post('/api/admin/tokens', {
      data: { name: `Integración del sistema de nómina ${LONG_WORD}`.slice(0, 100), role: 'AREA', areas: ['Sistemas'] },
    });
    expect(issued.status()).toBe(201);
    const ticket = await createLongTicket(request);
    await furnish(request, ticket);
    await openTicketInLongArea(request);

    await visit(page, '/panel/admin');
    for (const section of ADMIN_SECTIONS) {
      await visit(page, section.href);
    }
    await page.goto('/panel/admin/usuarios');
    await expectNoAxeViolations(page);
  });
});
