import 'server-only';
import { getConfig } from '@/lib/config';
import { clientAddress } from '@/lib/http/client-address';
import { consumeRateLimit, type RateRule } from '@/lib/rate-limit/limiter';

const HOUR = 3600;

function addressOf(headers: Pick<Headers, 'get'>): string {
  return clientAddress(headers, getConfig().TRUST_PROXY === '1');
}

export async function limitTicketCreation(headers: Pick<Headers, 'get'>): Promise<void> {
  const config = getConfig();
  const rules: RateRule[] = [
    { name: 'crear-hora', points: config.RATE_LIMIT_CREATE_PER_HOUR, durationSeconds: HOUR },
    { name: 'crear-dia', points: config.RATE_LIMIT_CREATE_PER_DAY, durationSeconds: 24 * HOUR },
  ];
  await consumeRateLimit(rules, addressOf(headers), 'radicar tickets');
}

/** Public lookups and replies share one limit per client. */
export async function limitTicketLookup(headers: Pick<Headers, 'get'>): Promise<void> {
  const rules = [{ name: 'consultar', points: getConfig().RATE_LIMIT_LOOKUP_PER_MINUTE, durationSeconds: 60 }];
  await consumeRateLimit(rules, addressOf(headers), 'consultar tickets');
}

/** Per account, whoever makes the attempts. */
export async function limitSignIn(email: string): Promise<void> {
  const rules = [{ name: 'ingreso', points: getConfig().RATE_LIMIT_LOGIN_PER_HOUR, durationSeconds: HOUR }];
  await consumeRateLimit(rules, email.toLowerCase(), 'ingresar con esta cuenta');
}

/** Mails that would write something, per sender address (docs/email.md): a flood from one address stops here. */
export async function limitInboundMail(sender: string): Promise<void> {
  const rules = [{ name: 'correo-hora', points: getConfig().RATE_LIMIT_MAIL_PER_HOUR, durationSeconds: HOUR }];
  await consumeRateLimit(rules, sender.toLowerCase(), 'recibir correos de este remitente');
}
