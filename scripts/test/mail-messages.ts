/** Raw MIME messages as mail clients send them, built by nodemailer's composer, for the inbound mail tests. */
import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';

export interface MailSpec {
  from: string;
  to?: string;
  subject?: string;
  text?: string;
  html?: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  headers?: Record<string, string>;
  attachments?: { filename: string; content: Buffer; contentType?: string }[];
}

export function rawMail(spec: MailSpec): Promise<Buffer> {
  return new MailComposer({ to: 'soporte@mesa.example.co', messageId: newMessageId(), ...spec }).compile().build();
}

export const newMessageId = () => `<${randomUUID()}@cliente.example.co>`;
export const newSender = (name = 'ana') => `${name}.${randomUUID().slice(0, 8)}@example.co`;

/** A one-page PDF, small and valid: file-type knows it by its bytes. */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n' +
    '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 72 72]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);

/** The start of a Linux executable: refused whatever its name says. */
export const ELF_BYTES = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120, 0)]);

/** A delivery status notification (Exchange writes no Auto-Submitted on its own). */
export function bounceMail(to: string, messageId = newMessageId()): Buffer {
  const lines = [
    'From: MAILER-DAEMON@mx.example.co (Mail Delivery System)',
    `To: ${to}`,
    'Subject: Undelivered Mail Returned to Sender',
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
    '',
    '--B1',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mx.example.co. Your message could not be delivered.',
    '--B1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.co',
    '',
    'Final-Recipient: rfc822; nadie@example.co',
    'Action: failed',
    'Status: 5.1.1',
    '--B1--',
    '',
  ];
  return Buffer.from(lines.join('\r\n'));
}
