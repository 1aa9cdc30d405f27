import 'server-only';
import nodemailer from 'nodemailer';

/** One mail as the worker hands it over: every header value is already safe (lib/domain/mail-headers.ts). */
export interface OutgoingMail {
  from: string;
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  headers: Record<string, string>;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

// Short, so a silent server costs a worker seconds, never a request (requests never wait for mail).
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** Over SMTP with SMTP_URL; without it, each mail is written to the log (docs/email.md). */
export function createMailTransport(smtpUrl: string | undefined): MailTransport {
  return smtpUrl ? smtpTransport(smtpUrl) : logTransport();
}

// A small pool keeps its connections open between mails: a backlog goes out without one SMTP
// handshake per mail.
const POOL = { pool: true, maxConnections: 2, maxMessages: 100 };

function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({ url, ...TIMEOUTS, ...POOL });
  return {
    async send(mail) {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
        ...(mail.references.length > 0 ? { references: mail.references } : {}),
        headers: mail.headers,
      });
    },
    close: () => transporter.close(),
  };
}

function logTransport(): MailTransport {
  return {
    async send(mail) {
      console.info(
        [`✉ Correo (sin SMTP_URL, no se envía)`, `Para: ${mail.to.name} <${mail.to.address}>`, `Asunto: ${mail.subject}`, '', mail.text, '—'].join('\n'),
      );
    },
    close() {},
  };
}
