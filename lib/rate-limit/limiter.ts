import 'server-only';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { getConfig } from '@/lib/config';
import { logThrottle } from '@/lib/domain/log-throttle';
import { RateLimitedError } from '@/lib/errors';

/** 0 points turns the limit off. */
export interface RateRule {
  name: string;
  points: number;
  durationSeconds: number;
}

const globalForLimits = globalThis as unknown as { mesaRateLimiters?: Map<string, RateLimiterAbstract>; mesaRedis?: Redis };

// ioredis reconnects on its own, reporting each failed attempt: one line a minute says what it means.
const redisDownLog = logThrottle(60_000);

function redisClient(url: string): Redis {
  if (globalForLimits.mesaRedis) return globalForLimits.mesaRedis;
  // No offline queue: with Redis down a request must not wait for it; the insurance limiter answers.
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  let down = false;
  client.on('error', (err: Error) => {
    down = true;
    const line = redisDownLog.allow();
    if (!line.log) return;
    const skipped = line.skipped > 0 ? ` (${line.skipped} avisos iguales omitidos)` : '';
    console.warn(`Redis no responde (${err.message}): esta instancia cuenta los límites en su propia memoria hasta que vuelva${skipped}.`);
  });
  client.on('ready', () => {
    if (down) console.warn('Redis responde de nuevo: los límites vuelven a contarse entre todas las instancias.');
    down = false;
  });
  globalForLimits.mesaRedis = client;
  return client;
}

function limiterFor(rule: RateRule, redisUrl: string | undefined): RateLimiterAbstract {
  const cache = (globalForLimits.mesaRateLimiters ??= new Map());
  const id = `${rule.name}:${rule.points}:${rule.durationSeconds}:${redisUrl ?? 'memory'}`;
  let limiter = cache.get(id);
  if (!limiter) {
    const options = { keyPrefix: `mesa:limite:${rule.name}`, points: rule.points, duration: rule.durationSeconds };
    limiter = redisUrl
      ? // If Redis cannot answer, each instance keeps counting in its own memory rather than letting everything through.
        new RateLimiterRedis({ ...options, storeClient: redisClient(redisUrl), insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options);
    cache.set(id, limiter);
  }
  return limiter;
}

export async function consumeRateLimit(rules: readonly RateRule[], key: string, what: string): Promise<void> {
  const redisUrl = getConfig().REDIS_URL;
  for (const rule of rules) {
    if (rule.points <= 0) continue;
    try {
      await limiterFor(rule, redisUrl).consume(key, 1);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      const seconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
      throw new RateLimitedError(`Demasiadas solicitudes para ${what}. Intente de nuevo en ${waitText(seconds)}.`, seconds);
    }
  }
}

/** Clears a key's count under a rule (a successful sign-in clears its failures' count). */
export async function forgetRateLimit(rule: RateRule, key: string): Promise<void> {
  if (rule.points <= 0) return;
  await limiterFor(rule, getConfig().REDIS_URL).delete(key);
}

function waitText(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 segundo' : `${seconds} segundos`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return minutes === 1 ? '1 minuto' : `${minutes} minutos`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? '1 hora' : `${hours} horas`;
}
