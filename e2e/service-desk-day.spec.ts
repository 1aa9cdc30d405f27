import { expect, test, type Page } from '@playwright/test';
import { signedInPage } from './support/auth';

// A day of a service desk, end to end in one browser session per person.

const board = (page: Page) => page.getByRole('region', { name: /^Tickets, ordenados por/ });
const operation = (page: Page, name: string) => page.locator('summary').filter({ hasText: new RegExp(`^${name}$`) });
const announcement = (page: Page) => page.getByRole('region', { name: 'Acciones' }).getByRole('status');

async function searchBoard(page: Page, word: string) {
  await page.getByRole('searchbox', { name: 'Buscar tickets' }).fill(word);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${word}(&|$)`));
}

test('un día de la mesa de ayuda: radicar, triar, trabajar, poner en espera, reanudar, resolver y consultar', async ({ browser, page, request }) => {
  const word = `impresora${Date.now().toString(36)}`;
  const email = `dia.${Date.now()}@ejemplo.co`;

  // A ticket of another area, with the same word: AREA staff of Sistemas must never see it.
  const other = await request.post('/api/tickets/crear', {
    data: { nombre: 'Otra Persona', email: `otra.${email}`, tipo: 'INCIDENTE', categoria: 'Infraestructura', descripcion: `Falla de red ${word} en el piso 2.`, prioridad: 'MEDIA', areaAsignada: 'Infraestructura' },
  });
  const otherLabel = ((await other.json()) as { ticketLabel: string }).ticketLabel;

  // 1. The requester submits through the public form.
  await page.goto('/');
  await page.getByLabel('Nombre completo').fill('Marta Lucía Rojas');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Tipo de solicitud').selectOption({ label: 'Incidente: Una falla o interrupción del servicio' });
  await page.getByRole('combobox', { name: 'Categoría', exact: true }).fill('Sistemas');
  await page.getByLabel('Asunto').fill(`La ${word} no imprime`);
  await page.getByLabel('Descripción').fill(`Desde esta mañana la ${word} del piso 3 no imprime ningún documento.`);
  await page.getByRole('button', { name: 'Radicar solicitud' }).click();
  await expect(page.getByRole('heading', { name: 'Su solicitud fue radicada' })).toBeVisible();
  const label = ((await page.getByText(/^TK-\d{4}-\d{5,}$/).textContent()) ?? '').trim();
  expect(label).toMatch(/^TK-\d{4}-\d{5,}$/);

  // 2. MESA finds it with "Nuevos sin asignar" and assigns it to Sistemas.
  const mesa = await signedInPage(browser, 'mesa');
  await mesa.goto('/panel');
  await mesa.getByRole('navigation', { name: 'Vistas guardadas' }).getByRole('link', { name: 'Nuevos sin asignar' }).click();
  await expect(mesa).toHaveURL(/asignadoA=ninguno/);
  await searchBoard(mesa, word);
  await expect(board(mesa).getByRole('link', { name: label, exact: true })).toBeVisible();
  await board(mesa).getByRole('link', { name: label, exact: true }).click();
  await expect(mesa.getByRole('heading', { level: 1, name: label })).toBeVisible();
  await operation(mesa, 'Asignar').click();
  const asignar = mesa.getByRole('form', { name: 'Asignar' });
  await asignar.getByRole('combobox', { name: 'Área', exact: true }).selectOption('Sistemas');
  await asignar.getByRole('button', { name: 'Asignar' }).click();
  await expect(announcement(mesa)).toContainText('Ticket asignado al área Sistemas');

  // 3. AREA (Sistemas) sees it on the board, not the other area's ticket; notes it and pauses it.
  const area = await signedInPage(browser, 'area');
  await area.goto('/panel');
  await searchBoard(area, word);
  await expect(board(area).getByRole('link', { name: label, exact: true })).toBeVisible();
  await expect(area.getByRole('link', { name: otherLabel, exact: true })).toHaveCount(0);
  await area.goto(`/panel/tickets/${otherLabel}`);
  await expect(area.getByRole('heading', { name: otherLabel })).toHaveCount(0);
  await area.goto(`/panel/tickets/${label}`);
  const box = area.getByRole('form', { name: 'Responder' });
  await box.getByRole('radio', { name: 'Nota interna' }).check();
  await box.getByLabel('Mensaje').fill('NOTA INTERNA: el tóner del proveedor viene defectuoso.');
  await box.getByRole('button', { name: 'Guardar nota interna' }).click();
  await expect(box.getByRole('status')).toHaveText('Nota interna guardada.');
  await box.getByRole('radio', { name: 'Respuesta pública' }).check();
  await box.getByLabel('Mensaje').fill('Estamos revisando la impresora; le avisaremos pronto.');
  await box.getByRole('button', { name: 'Enviar respuesta' }).click();
  await expect(box.getByRole('status')).toHaveText('Mensaje enviado.');
  await operation(area, 'Poner en espera').click();
  const pausar = area.getByRole('form', { name: 'Poner en espera' });
  await pausar.getByLabel('Motivo de la espera').fill('Esperamos el tóner de reemplazo.');
  await pausar.getByRole('button', { name: 'Poner en espera' }).click();
  await expect(announcement(area)).toHaveText('Ticket en espera.');
  // AREA staff may not resume it: the form is not offered.
  await expect(operation(area, 'Reanudar')).toHaveCount(0);

  // 4. MESA resumes it.
  await mesa.goto(`/panel/tickets/${label}`);
  await operation(mesa, 'Reanudar').click();
  await mesa.getByRole('form', { name: 'Reanudar' }).getByRole('button', { name: 'Reanudar' }).click();
  await expect(announcement(mesa)).toHaveText('Ticket reanudado.');

  // 5. AREA resolves it.
  await area.goto(`/panel/tickets/${label}`);
  await operation(area, 'Resolver').click();
  const archivar = area.getByRole('form', { name: 'Resolver' });
  await archivar.getByLabel('Resolución').fill('Se cambió el tóner y la impresora funciona.');
  await archivar.getByRole('checkbox', { name: /no se podrá reanudar/ }).check();
  await archivar.getByRole('button', { name: 'Resolver' }).click();
  await expect(announcement(area)).toHaveText('Ticket resuelto: el solicitante verá la resolución.');

  // 6. The requester looks it up: the public timeline, never the internal note.
  await page.goto('/consultar');
  await page.getByLabel('Número de ticket').fill(label);
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByRole('button', { name: 'Consultar', exact: true }).click();
  const ticket = page.getByRole('article').first();
  await expect(ticket.getByText('Resuelta', { exact: true })).toBeVisible();
  const historial = ticket.getByRole('region', { name: 'Historial' });
  await expect(historial).toContainText('Estamos revisando la impresora; le avisaremos pronto.');
  await expect(historial).toContainText('Esperamos el tóner de reemplazo.');
  await expect(historial).toContainText('Se cambió el tóner y la impresora funciona.');
  await expect(historial).not.toContainText('NOTA INTERNA');
  await expect(historial).not.toContainText('Equipo de Sistemas');
});
