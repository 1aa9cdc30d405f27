/**
 * Next.js calls register() once when a server process starts: it starts this process's mail worker
 * (docs/email.md), unless MAIL_WORKER=0 or the process is `next build`.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  if (process.env.MAIL_WORKER === '0') return;
  const { startMailWorkerOnce } = await import('./lib/mail/start');
  startMailWorkerOnce();
}
