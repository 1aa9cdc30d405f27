import 'server-only';
import { getConfig } from '@/lib/config';
import { displayName, singleAddress } from '@/lib/domain/mail-headers';
import { isMailKind } from '@/lib/domain/mail-kinds';
import { renderMail } from '@/lib/domain/mail-templates';
import { mailDomainOf, outboxMessageId, ticketThreadId } from '@/lib/domain/mail-thread';
import { claimDueMails, markAttemptFailed, markSent, type ClaimedMail } from '@/lib/data/outbox';
import { scanRiskNotices } from '@/lib/data/risk-notices';
import { createMailTransport, type MailTransport, type OutgoingMail } from '@/lib/mail/transport';

const BATCH = 10;
/** Longer than a batch of sends can take with the transport's timeouts; a crashed worker's rows come back after it. */
const LEASE_MS = 10 * 60_000;
const MAX_RETRY_DELAY_MS = 60 * 60_000;
const RISK_SCAN_EVERY_MS = 60_000;

/** The wait before the next attempt: the base doubled per attempt made, at most an hour. */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_RETRY_DELAY_MS);
}

export interface RunOptions {
  transport: MailTransport;
  now?: Date;
  batch?: number;
}

export interface RunResult {
  claimed: number;
  sent: number;
  failed: number;
}

/** A mail that can never be sent, whatever the server says: FAILED at once. */
class Unsendable extends Error {}

/** One batch: claim, send each, mark each. Tests call it with their clock and transport. */
export async function runOnce({ transport, now = new Date(), batch = BATCH }: RunOptions): Promise<RunResult> {
  const config = getConfig();
  const mails = await claimDueMails(now, batch, LEASE_MS);
  const result: RunResult = { claimed: mails.length, sent: 0, failed: 0 };
  // After the server itself failed (refused, silent, gone), the rest of the batch waits with it.
  let serverDown: string | null = null;
  for (const mail of mails) {
    try {
      if (serverDown) throw new Error(serverDown);
      const outgoing = compose(mail, config);
      await transport.send(outgoing);
      if (await markSent(mail, outgoing.subject, now)) result.sent += 1;
    } catch (err) {
      const message = errorText(err);
      if (!(err instanceof Unsendable) && !serverDown && !perMessage(err)) serverDown = message;
      const final = err instanceof Unsendable || mail.attempts >= config.MAIL_MAX_ATTEMPTS;
      await markAttemptFailed(mail, message, new Date(now.getTime() + retryDelayMs(mail.attempts, config.MAIL_RETRY_BASE_MS)), final);
      result.failed += 1;
    }
  }
  return result;
}

/** Runs batches until nothing is due. */
export async function drainOutbox(options: RunOptions): Promise<RunResult> {
  const total: RunResult = { claimed: 0, sent: 0, failed: 0 };
  for (;;) {
    const round = await runOnce(options);
    total.claimed += round.claimed;
    total.sent += round.sent;
    total.failed += round.failed;
    // A round that sent nothing would claim the same rows again when the back-off is zero.
    if (round.claimed < (options.batch ?? BATCH) || round.sent === 0) return total;
  }
}

function compose(mail: ClaimedMail, config: ReturnType<typeof getConfig>): OutgoingMail {
  if (!isMailKind(mail.kind)) throw new Unsendable(`Tipo de correo desconocido: ${mail.kind}`);
  if (!mail.ticketId || !mail.label || mail.nombre === null || !mail.fechaLimiteSla) throw new Unsendable('El ticket del correo ya no existe.');
  const address = singleAddress(mail.toAddress);
  if (!address) throw new Unsendable('La dirección del destinatario no es válida.');
  const name = displayName(mail.toName);
  const content = renderMail({
    kind: mail.kind,
    ticket: { label: mail.label, nombre: mail.nombre, asunto: mail.asunto, fechaLimiteSla: mail.fechaLimiteSla },
    datos: mail.datos,
    toName: name,
    appUrl: config.APP_URL,
  });
  const domain = mailDomainOf(config.MAIL_FROM);
  const thread = ticketThreadId(mail.ticketId, domain);
  const answered = typeof mail.datos.inReplyTo === 'string' && /^<[^<>\s]{1,900}>$/.test(mail.datos.inReplyTo) ? mail.datos.inReplyTo : null;
  return {
    from: config.MAIL_FROM,
    to: { name, address },
    subject: content.subject,
    text: content.text,
    html: content.html,
    messageId: outboxMessageId(mail.id, mail.ticketId, domain),
    inReplyTo: answered ?? thread,
    references: answered ? [answered, thread] : [thread],
    // RFC 3834: other robots do not answer it, and our inbound endpoint ignores it if it comes back.
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}

/** nodemailer's codes for a message the server refused; anything else is the server or the connection. */
function perMessage(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return code === 'EENVELOPE' || code === 'EMESSAGE';
}

/** Short, and without credentials a URL might carry. */
function errorText(err: unknown): string {
  const code = (err as { code?: unknown })?.code;
  const message = err instanceof Error ? err.message : String(err);
  const text = `${typeof code === 'string' ? `${code}: ` : ''}${message}`.replace(/\/\/[^@\s/]*@/g, '//***@');
  return text.slice(0, 500);
}

export interface MailWorker {
  stop(): Promise<void>;
}

/**
 * The loop of one server process (instrumentation.ts): the outbox every MAIL_POLL_MS, the risk scan
 * about once a minute. It never throws: an error is logged and the next round tries again.
 */
export function startMailWorker(): MailWorker {
  const config = getConfig();
  const transport = createMailTransport(config.SMTP_URL);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastRiskScan = 0;
  let current: Promise<void> = Promise.resolve();

  const round = async () => {
    try {
      if (Date.now() - lastRiskScan >= RISK_SCAN_EVERY_MS) {
        lastRiskScan = Date.now();
        await scanRiskNotices(new Date());
      }
      await drainOutbox({ transport });
    } catch (err) {
      console.error(`Correo: la ronda del envío falló y se reintentará (${errorText(err)})`);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      current = round().finally(schedule);
    }, config.MAIL_POLL_MS);
    timer.unref?.();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
      transport.close();
    },
  };
}
