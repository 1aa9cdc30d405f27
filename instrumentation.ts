/**
 * Next.js calls register() once when a server process starts: it starts listening for configuration
 * changes (docs/performance.md) and this process's mail worker (docs/email.md), unless MAIL_WORKER=0;
 * neither during `next build`.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startConfigListener } = await import('./lib/data/config-cache');
  startConfigListener();
  if (process.env.MAIL_WORKER === '0') return;
  const { startMailWorkerOnce } = await import('./lib/mail/start');
  startMailWorkerOnce();
}
