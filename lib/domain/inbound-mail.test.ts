import { describe, expect, it } from 'vitest';
import { EMPTY_MAIL_TEXT, TRUNCATED_MARKER, fitMailText, ignoreReason, omittedAttachmentNote, requesterFieldsOf, selectMailAttachments, ticketLabelInSubject, ticketReferenceOf } from './inbound-mail';
import { outboxMessageId, ticketThreadId } from './mail-thread';

const OWN = ['no-responder@mesa.example.co'];
const LIMITS = { nombre: { min: 3, max: 150 }, asunto: { max: 200 }, descripcion: { min: 10, max: 4000 } };
const TICKET = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';

describe('ignoreReason', () => {
  const person = 'ana@example.co';

  it('lets a person’s mail through, including Auto-Submitted: no and Exchange’s X-Auto-Response-Suppress', () => {
    expect(ignoreReason({}, person, OWN)).toBeNull();
    expect(ignoreReason({ 'auto-submitted': 'no', precedence: 'first-class', 'return-path': '<ana@example.co>', 'content-type': 'multipart/mixed; boundary=x' }, person, OWN)).toBeNull();
    expect(ignoreReason({ 'x-auto-response-suppress': 'All' }, person, OWN)).toBeNull();
  });

  it('ignores automatic mails by Auto-Submitted, Precedence and the X-Autoreply family', () => {
    expect(ignoreReason({ 'auto-submitted': 'auto-replied' }, person, OWN)).toMatch(/Auto-Submitted: auto-replied/);
    expect(ignoreReason({ 'auto-submitted': 'Auto-Generated' }, person, OWN)).toMatch(/Auto-Submitted/);
    for (const precedence of ['bulk', 'junk', 'list', 'auto_reply', 'Bulk']) {
      expect(ignoreReason({ precedence }, person, OWN)).toMatch(/Precedence/);
    }
    expect(ignoreReason({ 'x-autoreply': 'yes' }, person, OWN)).toMatch(/X-Autoreply/);
    expect(ignoreReason({ 'x-autorespond': 'Out of office' }, person, OWN)).toMatch(/X-Autorespond/);
  });

  it('ignores bounces: a delivery report, MAILER-DAEMON or postmaster, an empty Return-Path', () => {
    expect(ignoreReason({ 'content-type': 'multipart/report; report-type=delivery-status; boundary="b"' }, person, OWN)).toMatch(/multipart\/report/);
    expect(ignoreReason({}, 'MAILER-DAEMON@mx.example.co', OWN)).toMatch(/MAILER-DAEMON/);
    expect(ignoreReason({}, 'postmaster@example.co', OWN)).toMatch(/postmaster/);
    expect(ignoreReason({ 'return-path': ' < > ' }, person, OWN)).toMatch(/Return-Path/);
  });

  it('ignores our own address, in any case, and a mail without a usable sender', () => {
    expect(ignoreReason({}, 'No-Responder@Mesa.Example.co', OWN)).toMatch(/propia mesa/);
    expect(ignoreReason({}, null, OWN)).toMatch(/remitente/);
    expect(ignoreReason({}, 'undisclosed-recipients', OWN)).toMatch(/remitente/);
    expect(ignoreReason({}, 'ana@localhost', OWN)).toMatch(/remitente/);
  });
});

describe('the ticket a mail names', () => {
  it('finds a label in the subject, bracketed or not, in any case', () => {
    expect(ticketLabelInSubject('RE: [TK-2026-00042] Hemos recibido su solicitud')).toBe('TK-2026-00042');
    expect(ticketLabelInSubject('Sobre el tk-2026-00042, otra cosa')).toBe('TK-2026-00042');
    expect(ticketLabelInSubject('Radicado TK-2026-123456')).toBe('TK-2026-123456');
  });

  it('finds no label in a malformed or embedded one', () => {
    expect(ticketLabelInSubject('TK-2026-0042 corto')).toBeNull();
    expect(ticketLabelInSubject('XTK-2026-00042')).toBeNull();
    expect(ticketLabelInSubject('TK-2026-00000')).toBeNull();
    expect(ticketLabelInSubject('TK-2026-000042 con un cero de más')).toBeNull();
    expect(ticketLabelInSubject('Hola')).toBeNull();
  });

  it('takes the references before the subject', () => {
    const mail = { inReplyTo: [outboxMessageId('m1', TICKET, 'mesa.example.co')], references: ['<x@gmail.com>'], subject: '[TK-2026-00042] otra' };
    expect(ticketReferenceOf(mail)).toEqual({ ticketId: TICKET, label: 'TK-2026-00042' });
    expect(ticketReferenceOf({ inReplyTo: [], references: [ticketThreadId(TICKET, 'x.co')], subject: '' })).toEqual({ ticketId: TICKET, label: null });
  });
});

describe('requesterFieldsOf', () => {
  it('takes the display name, or the address’s local part', () => {
    expect(requesterFieldsOf({ from: { address: 'ana@example.co', name: 'Ana María Pérez' }, subject: ' Sin acceso ' }, LIMITS)).toEqual({ nombre: 'Ana María Pérez', asunto: 'Sin acceso' });
    expect(requesterFieldsOf({ from: { address: 'jgomez@example.co', name: '' }, subject: '' }, LIMITS)).toEqual({ nombre: 'jgomez', asunto: undefined });
  });

  it('completes a name shorter than three characters with the address', () => {
    expect(requesterFieldsOf({ from: { address: 'jo@example.co', name: 'Jo' }, subject: 'x' }, LIMITS).nombre).toBe('Jo (jo@example.co)');
    expect(requesterFieldsOf({ from: { address: 'j@example.co', name: '' }, subject: 'x' }, LIMITS).nombre).toBe('j (j@example.co)');
  });

  it('cuts long values and removes control characters a header could carry', () => {
    const fields = requesterFieldsOf({ from: { address: 'a@example.co', name: `Ana\u0000\u202e ${'x'.repeat(300)}` }, subject: `Asunto\r\nBcc: otro@x.co ${'y'.repeat(300)}` }, LIMITS);
    expect(fields.nombre).toMatch(/^Ana x+$/);
    expect([...fields.nombre]).toHaveLength(150);
    expect(fields.asunto).toMatch(/^Asunto Bcc: otro@x\.co y+$/);
    expect([...fields.asunto!]).toHaveLength(200);
  });
});

describe('fitMailText', () => {
  const D = LIMITS.descripcion;

  it('keeps a body within the limits as it is, with the notes below', () => {
    expect(fitMailText('Hola, no puedo entrar.', [], 'Asunto', D)).toBe('Hola, no puedo entrar.');
    expect(fitMailText('Hola, no puedo entrar.', ['[Adjunto omitido: a.exe — tipo no admitido]'], 'x', D)).toBe('Hola, no puedo entrar.\n\n[Adjunto omitido: a.exe — tipo no admitido]');
  });

  it('uses the fallback (the subject) when the body is empty, and says so when too short', () => {
    expect(fitMailText('  ', [], 'Problema con la VPN', D)).toBe('Problema con la VPN');
    expect(fitMailText('', [], 'VPN', D)).toBe(`VPN\n\n${EMPTY_MAIL_TEXT}`);
    expect(fitMailText('', [], '', D)).toBe(EMPTY_MAIL_TEXT);
  });

  it('cuts a long body with a visible marker and keeps the notes whole', () => {
    const note = '[Adjunto omitido: a.exe — tipo no admitido]';
    const text = fitMailText('á'.repeat(5000), [note], 'x', D);
    expect([...text].length).toBeLessThanOrEqual(4000);
    expect(text.endsWith(`${TRUNCATED_MARKER}\n\n${note}`)).toBe(true);
    expect(text.startsWith('á'.repeat(3000))).toBe(true);
  });

  it('drops control characters but keeps line breaks and tabs', () => {
    expect(fitMailText('Línea 1\r\nLínea\t2\u0000\u0007', [], 'x', D)).toBe('Línea 1\nLínea\t2');
  });
});

describe('attachments of a mail', () => {
  const MB = 1_048_576;
  const file = (nombre: string, mb: number) => ({ nombre, tamano: mb * MB });

  it('keeps five within the limits and leaves out the others, each with its reason', () => {
    const files = [file('a.pdf', 1), file('grande.pdf', 11), file('b.pdf', 9), file('c.pdf', 9), file('d.pdf', 9), file('e.pdf', 1), file('f.pdf', 1), file('g.pdf', 1)];
    const { kept, omitted } = selectMailAttachments(files);
    expect(kept.map((f) => f.nombre)).toEqual(['a.pdf', 'b.pdf', 'c.pdf', 'e.pdf', 'f.pdf']);
    expect(omitted.map((o) => o.file.nombre)).toEqual(['grande.pdf', 'd.pdf', 'g.pdf']);
    expect(omitted[0]!.motivo).toMatch(/10 MB por archivo/);
    expect(omitted[1]!.motivo).toMatch(/25 MB/);
    expect(omitted[2]!.motivo).toMatch(/como máximo 5 archivos/);
  });

  it('names an omitted file without paths or control characters', () => {
    expect(omittedAttachmentNote('C:\\x\\virus\u202e.exe', 'tipo no admitido')).toBe('[Adjunto omitido: virus.exe — tipo no admitido]');
    expect(omittedAttachmentNote('a.pdf', 'Supera el máximo.')).toBe('[Adjunto omitido: a.pdf — Supera el máximo]');
  });
});
