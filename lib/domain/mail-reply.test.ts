import { describe, expect, it } from 'vitest';
import { stripQuotedReply } from './mail-reply';

const lines = (...l: string[]) => l.join('\r\n');

describe('stripQuotedReply', () => {
  it('cuts a Gmail reply in Spanish, its attribution split over two lines', () => {
    const text = lines(
      'Ya reinicié el equipo y sigue igual.',
      '',
      'Gracias.',
      '',
      'El lun, 1 dic 2026 a las 10:00, Mesa de Ayuda (<',
      'no-responder@mesa.example.co>) escribió:',
      '',
      '> [TK-2026-00042] Hemos recibido su solicitud',
      '>',
      '> Puede consultar el estado en https://mesa.example.co/consultar',
    );
    expect(stripQuotedReply(text)).toBe('Ya reinicié el equipo y sigue igual.\n\nGracias.');
  });

  it('cuts a Gmail reply in English on one line', () => {
    const text = lines('Thanks, it works now.', '', 'On Mon, Dec 1, 2026 at 10:00 AM Mesa de Ayuda <no-responder@mesa.example.co> wrote:', '', '> Your ticket was paused.', '> > older quote');
    expect(stripQuotedReply(text)).toBe('Thanks, it works now.');
  });

  it('cuts Outlook in Spanish at the line of underscores and its De/Enviado/Para/Asunto block', () => {
    const text = lines(
      'Adjunto la factura pedida.',
      '',
      'Cordialmente,',
      'Pedro',
      '',
      '________________________________',
      'De: Mesa de Ayuda <no-responder@mesa.example.co>',
      'Enviado: lunes, 1 de diciembre de 2026 10:00',
      'Para: Pedro Gómez <pedro@empresa.co>',
      'Asunto: [TK-2026-00042] Necesitamos un dato',
      '',
      'Por favor envíe la factura.',
    );
    expect(stripQuotedReply(text)).toBe('Adjunto la factura pedida.\n\nCordialmente,\nPedro');
  });

  it('cuts Outlook in English at "-----Original Message-----"', () => {
    const text = lines('See the screenshot.', '', '-----Original Message-----', 'From: Mesa de Ayuda', 'Sent: Monday, December 1, 2026 10:00 AM', 'Subject: [TK-2026-00042] Update', '', 'We need a screenshot.');
    expect(stripQuotedReply(text)).toBe('See the screenshot.');
  });

  it('cuts "-----Mensaje original-----" and a bold header block from an HTML mail turned into text', () => {
    expect(stripQuotedReply(lines('Listo.', '-----Mensaje original-----', 'De: x', 'texto viejo'))).toBe('Listo.');
    const html = lines('Confirmo la dirección.', '', '*De:* Mesa de Ayuda <no-responder@mesa.example.co>', '*Enviado:* martes, 2 de diciembre de 2026', '*Para:* ana@example.co', '*Asunto:* RE: [TK-2026-00007]', '', 'Texto anterior');
    expect(stripQuotedReply(html)).toBe('Confirmo la dirección.');
  });

  it('cuts Outlook for Mac, whose block says Fecha instead of Enviado', () => {
    const text = lines('Va el documento.', '', 'De: Mesa de Ayuda <no-responder@mesa.example.co>', 'Fecha: lunes, 1 de diciembre de 2026, 10:00', 'Para: Ana <ana@example.co>', 'Asunto: [TK-2026-00042] Hola');
    expect(stripQuotedReply(text)).toBe('Va el documento.');
  });

  it('cuts Apple Mail in Spanish and English', () => {
    expect(stripQuotedReply(lines('Ok, quedo atento.', '', 'El 1 dic 2026, a las 10:00, Mesa de Ayuda <no-responder@mesa.example.co> escribió:', '', '> Hola Ana,', '> Su ticket fue pausado.'))).toBe('Ok, quedo atento.');
    expect(stripQuotedReply(lines('Sent from my phone, all good.', '', 'On 1 Dec 2026, at 10:00, Mesa de Ayuda <no-responder@mesa.example.co> wrote:', '', '> Hello'))).toBe('Sent from my phone, all good.');
  });

  it('cuts Thunderbird, whose attribution has no address', () => {
    expect(stripQuotedReply(lines('Funcionó, gracias.', '', 'El 1/12/26 a las 10:00, Mesa de Ayuda escribió:', '> Pruebe de nuevo.'))).toBe('Funcionó, gracias.');
    expect(stripQuotedReply(lines('Works.', '', 'On 12/1/26 10:00 AM, Mesa de Ayuda wrote:', '> Try again.'))).toBe('Works.');
  });

  it('cuts the signature after "-- "', () => {
    expect(stripQuotedReply(lines('Necesito acceso a la VPN.', '', '-- ', 'Ana Pérez', 'Jefe de nómina', 'Tel. 601 555 0000'))).toBe('Necesito acceso a la VPN.');
  });

  it('keeps quotes interleaved with new text, dropping only the trailing ones', () => {
    const text = lines('On Mon, Dec 1, 2026 Mesa wrote:', '> ¿Cuál es su documento?', '1020304050', '> ¿Y su teléfono?', '3001234567', '', '> Gracias', '> Mesa de Ayuda');
    expect(stripQuotedReply(text)).toBe('On Mon, Dec 1, 2026 Mesa wrote:\n> ¿Cuál es su documento?\n1020304050\n> ¿Y su teléfono?\n3001234567');
  });

  it('keeps a mail that is not a reply as it is, trimmed', () => {
    const text = '  Hola,\n\nel sistema de nómina no carga desde ayer.\nEl error dice: "timeout".\n\n';
    expect(stripQuotedReply(text)).toBe('Hola,\n\nel sistema de nómina no carga desde ayer.\nEl error dice: "timeout".');
  });

  it('does not take ordinary text for an attribution or a header block', () => {
    const text = lines('El jefe escribió: "urgente".', 'De: parte de todo el equipo, gracias.', 'Para: nadie');
    expect(stripQuotedReply(text)).toBe(text.replace(/\r\n/g, '\n'));
  });

  it('keeps the original when nothing but quoted history would be left', () => {
    const text = lines('> only a quote', '> nothing new');
    expect(stripQuotedReply(text)).toBe('> only a quote\n> nothing new');
    expect(stripQuotedReply('')).toBe('');
  });
});
