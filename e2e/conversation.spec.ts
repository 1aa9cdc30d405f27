import { expect, storageStateOf, test } from './support/auth';

test.use({ role: 'mesa' });

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

test('la mesa abre los adjuntos del solicitante, le responde en su hilo y deja una nota que el solicitante no ve', async ({ page, request, browser }) => {
  const tag = `${Date.now()}.${Math.floor(Math.random() * 1e6)}`;
  const email = `marta.${tag}@ejemplo.co`;
  const form = new FormData();
  form.append(
    'datos',
    JSON.stringify({
      nombre: 'Marta Gómez',
      email,
      tipo: 'RECLAMO',
      categoria: 'Facturación',
      descripcion: 'Me cobraron dos veces la factura de noviembre; adjunto la factura y la captura del banco.',
      prioridad: 'MEDIA',
      areaAsignada: 'Facturación',
    }),
  );
  form.append('adjuntos', new Blob([PDF], { type: 'application/pdf' }), 'factura.pdf');
  form.append('adjuntos', new Blob([PNG], { type: 'image/png' }), 'captura.png');
  const created = await request.post('/api/tickets/crear', { multipart: form });
  expect(created.status()).toBe(200);
  const { ticketLabel } = (await created.json()) as { ticketLabel: string };

  await page.goto(`/panel/tickets/${ticketLabel}`);
  const historial = page.getByRole('region', { name: 'Historial' });
  const descripcion = historial.locator(':scope > ol > li').first();
  const pdf = descripcion.getByRole('link', { name: /factura\.pdf/ });
  await expect(pdf).toBeVisible();
  const thumbnail = descripcion.getByRole('img', { name: 'captura.png' });
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

  const pdfUrl = (await pdf.getAttribute('href'))!;
  const download = await page.request.get(pdfUrl);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect(download.headers()['x-content-type-options']).toBe('nosniff');
  expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
  expect((await download.body()).equals(PDF)).toBe(true);

  // A public reply in the requester's thread, then an internal note.
  await descripcion.getByRole('button', { name: 'Responder a Marta Gómez' }).click();
  const box = page.getByRole('form', { name: 'Responder' });
  await expect(box).toContainText('Respondiendo a Marta Gómez');
  await expect(box.getByLabel('Mensaje')).toBeFocused();
  await box.getByLabel('Mensaje').fill('Recibimos la factura y la captura; revisamos el doble cobro.');
  await box.getByRole('button', { name: 'Enviar respuesta' }).click();
  await expect(box.getByRole('status')).toHaveText('Mensaje enviado.');
  await expect(descripcion.getByRole('list', { name: 'Respuestas a Marta Gómez' })).toContainText('Recibimos la factura y la captura');

  await box.getByRole('radio', { name: 'Nota interna' }).check();
  await box.getByLabel('Mensaje').fill('Nota solo para el equipo: el banco confirma un único débito.');
  await box.getByRole('button', { name: 'Guardar nota interna' }).click();
  await expect(box.getByRole('status')).toHaveText('Nota interna guardada.');
  await expect(historial).toContainText('Nota solo para el equipo');

  // The requester sees the reply nested under their message, and not the note.
  const lookup = await request.post('/api/tickets/consultar', { data: { ticketLabel, email } });
  expect(lookup.status()).toBe(200);
  const view = (await lookup.json()) as { mensajes: { id: string; texto: string; respondeA: string | null }[] };
  const [first, ...rest] = view.mensajes;
  expect(rest.map((m) => [m.texto, m.respondeA])).toEqual([['Recibimos la factura y la captura; revisamos el doble cobro.', first!.id]]);

  const requester = await browser.newPage();
  await requester.goto('/consultar');
  await requester.getByLabel('Número de ticket').fill(ticketLabel);
  await requester.getByLabel('Correo electrónico').fill(email);
  await requester.getByRole('button', { name: 'Consultar', exact: true }).click();
  await expect(requester.getByRole('list', { name: /^Respuestas a / })).toContainText('Recibimos la factura y la captura');
  await expect(requester.locator('body')).not.toContainText('Nota solo para el equipo');
  await requester.close();

  // AREA staff outside Facturación: the attachment does not exist for them.
  const outsider = await browser.newContext({ storageState: storageStateOf('area') });
  expect((await outsider.request.get(pdfUrl)).status()).toBe(404);
  await outsider.close();
});

test('lo que escribe el solicitante se muestra como texto en la página del personal: mensaje, nombre y nombre de archivo', async ({ page, request }) => {
  const form = new FormData();
  form.append(
    'datos',
    JSON.stringify({
      nombre: '<img src=x onerror=alert(1)> Ana',
      email: `xss.${Date.now()}@ejemplo.co`,
      tipo: 'PETICION',
      categoria: 'Sistemas',
      descripcion: 'Hola <script>alert(2)</script> y <img src=x onerror=alert(3)> fin.',
      prioridad: 'BAJA',
    }),
  );
  form.append('adjuntos', new Blob([PNG], { type: 'image/png' }), '<img src=x onerror=alert(4)>.png');
  const created = await request.post('/api/tickets/crear', { multipart: form });
  expect(created.status()).toBe(200);
  const { ticketLabel } = (await created.json()) as { ticketLabel: string };

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/panel/tickets/${ticketLabel}`);
  const first = page.getByRole('region', { name: 'Historial' }).locator(':scope > ol > li').first();
  await expect(first).toContainText('Hola <script>alert(2)</script> y <img src=x onerror=alert(3)> fin.');
  await expect(first).toContainText('<img src=x onerror=alert(1)> Ana');
  await expect(first).toContainText('<img src=x onerror=alert(4)>.png');
  await expect(page.getByRole('region', { name: 'Solicitante' })).toContainText('<img src=x onerror=alert(1)> Ana');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
