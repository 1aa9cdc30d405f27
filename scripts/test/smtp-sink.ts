// A real SMTP server in the test process: it records each delivered message (envelope and raw
// bytes), and stops and starts again on the same port, so a test can take the mail server away.
import { createServer, type Server, type Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface DeliveredMail {
  envelope: { from: string | null; to: string[] };
  raw: string;
}

export interface SmtpSink {
  port: number;
  /** smtp://127.0.0.1:port */
  url: string;
  delivered: DeliveredMail[];
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Waits until `count` messages were delivered (or throws after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<DeliveredMail[]>;
}

export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  let server: SMTPServer | null = null;
  const sink: SmtpSink = {
    port,
    url: '',
    delivered: [],
    async start() {
      if (server) return;
      const smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        closeTimeout: 100,
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            const from = session.envelope.mailFrom;
            sink.delivered.push({
              envelope: { from: from ? from.address : null, to: session.envelope.rcptTo.map((r) => r.address) },
              raw: Buffer.concat(chunks).toString('utf8'),
            });
            callback();
          });
        },
      });
      await new Promise<void>((resolve, reject) => {
        smtp.once('error', reject);
        smtp.listen(sink.port, '127.0.0.1', () => resolve());
      });
      sink.port = (smtp.server.address() as { port: number }).port;
      sink.url = `smtp://127.0.0.1:${sink.port}`;
      server = smtp;
    },
    async stop() {
      const smtp = server;
      server = null;
      if (smtp) await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
    async waitFor(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (sink.delivered.length < count) {
        if (Date.now() > deadline) throw new Error(`Se esperaban ${count} correos y llegaron ${sink.delivered.length}.`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return sink.delivered;
    },
  };
  await sink.start();
  return sink;
}

/** A parsed delivered mail, with its envelope. */
export async function parseDelivered(mail: DeliveredMail): Promise<ParsedMail & { envelope: DeliveredMail['envelope']; raw: string }> {
  return Object.assign(await simpleParser(mail.raw), { envelope: mail.envelope, raw: mail.raw });
}

/** A TCP server that accepts and never answers: an SMTP server that hangs. Stopping it drops its connections. */
export async function startBlackHole(port: number): Promise<{ stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
