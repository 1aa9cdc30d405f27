import 'server-only';
import { z } from 'zod';

const intFromEnv = (fallback: number) =>
  z.coerce.number().int().min(0).default(fallback);

// Every environment setting, validated once; README.md's Configuration describes them.
const configSchema = z.object({
  DATABASE_URL: z.string().url('DATABASE_URL debe ser una URL postgresql://'),
  DATABASE_POOL_MAX: intFromEnv(10),
  DATABASE_CONNECT_TIMEOUT_MS: intFromEnv(5_000),
  // '1' prepares the hot statements once per connection (docs/performance.md); the embedded database shares one
  // session among its connections, where two would prepare the same name.
  DATABASE_PREPARED_STATEMENTS: z.enum(['0', '1']).default('1'),
  MAX_BODY_BYTES: intFromEnv(1_048_576),
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  // 0 turns a limit off.
  RATE_LIMIT_CREATE_PER_HOUR: intFromEnv(20),
  RATE_LIMIT_CREATE_PER_DAY: intFromEnv(240),
  RATE_LIMIT_LOOKUP_PER_MINUTE: intFromEnv(30),
  // Sign-in: per account and address, per account from anywhere, per address across accounts (docs/security.md).
  RATE_LIMIT_LOGIN_PER_HOUR: intFromEnv(20),
  RATE_LIMIT_LOGIN_ACCOUNT_PER_HOUR: intFromEnv(100),
  RATE_LIMIT_LOGIN_ADDRESS_PER_HOUR: intFromEnv(100),
  REDIS_URL: z.string().url('REDIS_URL debe ser una URL redis://').optional(),
  // Relative to the project folder; created on first use.
  STORAGE_DIR: z.string().min(1).default('.data/storage'),
  // Auth.js reads it too; here it signs the requester's attachment links.
  AUTH_SECRET: z.string().min(1).optional(),
  // Mail (docs/email.md). Without SMTP_URL the outbox writes each mail to the log.
  SMTP_URL: z.string().url('SMTP_URL debe ser una URL smtp:// o smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Mesa de Ayuda <no-responder@mesa.localhost>'),
  // The address people reach the app at: the links in the mails.
  APP_URL: z.string().url('APP_URL debe ser una URL http(s)://').default('http://localhost:3000'),
  // 0 keeps this instance from sending (another instance sends the outbox).
  MAIL_WORKER: z.enum(['0', '1']).default('1'),
  MAIL_POLL_MS: intFromEnv(2_000),
  MAIL_MAX_ATTEMPTS: intFromEnv(8),
  MAIL_RETRY_BASE_MS: intFromEnv(30_000),
  RATE_LIMIT_MAIL_PER_HOUR: intFromEnv(20),
  // The largest raw message POST /api/correo/entrante takes: 25 MB of files, base64-encoded, and the text.
  MAX_MAIL_BYTES: intFromEnv(36 * 1_048_576),
  // The configuration kept in memory (docs/performance.md): '1' listens for changes on a connection of
  // its own; without a listener (the embedded database) a copy is trusted this long at most.
  CONFIG_LISTEN: z.enum(['0', '1']).default('1'),
  CONFIG_MAX_AGE_MS: intFromEnv(5_000),
});

export type AppConfig = z.infer<typeof configSchema>;

let cached: AppConfig | undefined;

/** For tests: the next read sees the environment as it is now. */
export function reloadConfig(): void {
  cached = undefined;
}

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
