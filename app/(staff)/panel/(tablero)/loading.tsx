import { QueueSkeleton } from '@/components/queue/queue-skeleton';

export default function Loading() {
  return <QueueSkeleton />;
}
