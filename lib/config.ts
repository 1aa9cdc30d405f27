import 'server-only';
import { z } from 'zod';

const intFromEnv = (fallback: number) =>
  z.coerce.number().int().min(0).default(fallback);

/** Every setting the app reads from the environment, validated once (STYLE.md habit 12). */
const configSchema = z.object({
  DATABASE_URL: z.string().url('DATABASE_URL debe ser una URL postgresql://'),
  /** Connections per app instance; the embedded database takes one at a time. */
  DATABASE_POOL_MAX: intFromEnv(10),
  /** How long a request waits for a free connection before answering 503. */
  DATABASE_CONNECT_TIMEOUT_MS: intFromEnv(5_000),
  MAX_BODY_BYTES: intFromEnv(1_048_576),
  /** Take the client's address from X-Forwarded-For (behind a proxy); otherwise that header is ignored. */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  /** Rate limits per client (SPEC §8); 0 turns one off. */
  RATE_LIMIT_CREATE_PER_HOUR: intFromEnv(20),
  RATE_LIMIT_CREATE_PER_DAY: intFromEnv(240),
  RATE_LIMIT_LOOKUP_PER_MINUTE: intFromEnv(30),
  RATE_LIMIT_LOGIN_PER_HOUR: intFromEnv(20),
  /** With it, the limits live in Redis and every app instance shares them; without it, in memory. */
  REDIS_URL: z.string().url('REDIS_URL debe ser una URL redis://').optional(),
});

export type AppConfig = z.infer<typeof configSchema>;

let cached: AppConfig | undefined;

/** Forgets the validated configuration, so the next read sees the environment as it is now (tests). */
export function reloadConfig(): void {
  cached = undefined;
}

/** The validated configuration; throws a readable error naming the bad variables. */
export function getConfig(): AppConfig {
  if (cached) return cached;
  const parsed = configSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Configuración inválida:\n  ${problems.join('\n  ')}`);
  }
  cached = parsed.data;
  return cached;
}
