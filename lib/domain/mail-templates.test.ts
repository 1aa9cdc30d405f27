import { describe, expect, it } from 'vitest';
import { MAIL_KINDS, type MailKind } from './mail-kinds';
import { escapeHtml, renderMail, SUBJECT_MAX } from './mail-templates';

const ticket = { label: 'TK-2026-00042', nombre: 'Ana Pérez', asunto: 'Sin acceso a nómina', fechaLimiteSla: '2026-11-24T20:30:00.000Z' };
const render = (kind: MailKind, datos = {}, overrides = {}) =>
  renderMail({ kind, ticket: { ...ticket, ...overrides }, datos, toName: 'Ana Pérez', appUrl: 'https://mesa.example.co/' });

describe('mail templates', () => {
  it('every kind has the label in brackets in its subject, a greeting, and text and HTML', () => {
    for (const kind of Object.keys(MAIL_KINDS) as MailKind[]) {
      const mail = render(kind, { texto: 'Un texto público.', area: 'Sistemas' });
      expect(mail.subject.startsWith('[TK-2026-00042] '), kind).toBe(true);
      expect(mail.text, kind).toContain('Hola, Ana Pérez:');
      expect(mail.html, kind).toContain('<!DOCTYPE html>');
      expect(mail.html, kind).not.toMatch(/<(link|script|img)\b|src=/);
    }
  });

  it('the confirmation gives the label, the deadline in Bogotá and the lookup link, and says a reply adds a message', () => {
    const mail = render('ticket_created', { fechaLimiteSla: '2026-11-24T20:30:00.000Z' });
    expect(mail.subject).toBe('[TK-2026-00042] Recibimos su solicitud — Sin acceso a nómina');
    expect(mail.text).toContain('radicada con el número TK-2026-00042');
    // 20:30 UTC is 3:30 p. m. in Bogotá (UTC−5).
    expect(mail.text).toContain('Fecha límite: 24 de noviembre de 2026 a las 3:30\u00a0p.\u00a0m.');
    expect(mail.text).toContain('https://mesa.example.co/consultar?ticket=TK-2026-00042');
    expect(mail.html).toContain('href="https://mesa.example.co/consultar?ticket=TK-2026-00042"');
    expect(mail.text).toContain('Si responde a este correo, su respuesta se agrega al ticket');
  });

  it('staff mails link to the panel', () => {
    const mail = render('assigned_to_you');
    expect(mail.text).toContain('https://mesa.example.co/panel/tickets/TK-2026-00042');
    expect(mail.text).not.toContain('/consultar');
  });

  it('a public text keeps its line breaks, escaped and pre-wrapped in the HTML', () => {
    const mail = render('public_message', { texto: 'Línea 1\nLínea <2> & "3"' });
    expect(mail.text).toContain('Mensaje:\nLínea 1\nLínea <2> & "3"');
    expect(mail.html).toContain('white-space:pre-wrap;">Línea 1\nLínea &lt;2&gt; &amp; &quot;3&quot;</div>');
  });

  it('escapes every value in the HTML and keeps the subject on one capped line', () => {
    const evil = '"><img src=x onerror=alert(1)><script>alert(1)</script>';
    const mail = renderMail({
      kind: 'requester_reply',
      ticket: { ...ticket, nombre: evil, asunto: `${evil}\r\nBcc: victima@example.com${'x'.repeat(400)}` },
      datos: { texto: evil },
      toName: evil,
      appUrl: 'https://mesa.example.co',
    });
    expect(mail.html).not.toMatch(/<script|<img/);
    expect(mail.html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(Array.from(mail.subject).length).toBeLessThanOrEqual(SUBJECT_MAX);
  });

  it('escapeHtml escapes the five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
