import 'server-only';
import { getConfig } from '@/lib/config';
import { clientAddress } from '@/lib/http/client-address';
import { consumeRateLimit, forgetRateLimit, type RateRule } from '@/lib/rate-limit/limiter';

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

/**
 * Sign-in attempts, three ways (docs/security.md): per account from one address, so an attacker
 * elsewhere never locks the real user out; per account from anywhere, a higher bound that slows a
 * guess spread over many addresses; per address across accounts, against password spraying. The
 * address is counted first, so a spraying address stops costing the accounts anything.
 */
function signInRules(email: string, headers: Pick<Headers, 'get'>) {
  const config = getConfig();
  const account = email.toLowerCase();
  const address = addressOf(headers);
  return {
    address: { rule: { name: 'ingreso-direccion', points: config.RATE_LIMIT_LOGIN_ADDRESS_PER_HOUR, durationSeconds: HOUR }, key: address, what: 'ingresar desde esta dirección de red' },
    pair: { rule: { name: 'ingreso', points: config.RATE_LIMIT_LOGIN_PER_HOUR, durationSeconds: HOUR }, key: `${account} ${address}`, what: 'ingresar con esta cuenta' },
    account: { rule: { name: 'ingreso-cuenta', points: config.RATE_LIMIT_LOGIN_ACCOUNT_PER_HOUR, durationSeconds: HOUR }, key: account, what: 'ingresar con esta cuenta' },
  };
}

export async function limitSignIn(email: string, headers: Pick<Headers, 'get'>): Promise<void> {
  const { address, pair, account } = signInRules(email, headers);
  for (const limit of [address, pair, account]) await consumeRateLimit([limit.rule], limit.key, limit.what);
}

/** The person got in: their attempts from this address start again from zero. */
export async function signInSucceeded(email: string, headers: Pick<Headers, 'get'>): Promise<void> {
  const { pair } = signInRules(email, headers);
  await forgetRateLimit(pair.rule, pair.key);
}

/** Mails that would write something, per sender address (docs/email.md): a flood from one address stops here. */
export async function limitInboundMail(sender: string): Promise<void> {
  const rules = [{ name: 'correo-hora', points: getConfig().RATE_LIMIT_MAIL_PER_HOUR, durationSeconds: HOUR }];
  await consumeRateLimit(rules, sender.toLowerCase(), 'recibir correos de este remitente');
}
