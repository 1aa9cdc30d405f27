import 'server-only';
import { startMailWorker, type MailWorker } from '@/lib/mail/worker';

const holder = globalThis as unknown as { mesaMailWorker?: MailWorker };

/** One worker per process, stopped before the process ends on SIGTERM or SIGINT. */
export function startMailWorkerOnce(): void {
  if (holder.mesaMailWorker) return;
  const worker = startMailWorker();
  holder.mesaMailWorker = worker;
  const shutdown = (signal: NodeJS.Signals) => {
    // A send in flight may finish for a few seconds; a silent server does not hold the shutdown longer.
    const finished = Promise.race([worker.stop(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    void finished.finally(() => {
      // With other listeners (the server's own), they end the process; alone, we end it as Node would.
      if (process.listenerCount(signal) === 0) process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
