import type { TicketDetail } from '@/lib/data/ticket-detail';
import { HistoryEvent, staffHistoryEvent } from '@/components/tickets/conversation/history-event';

type Entry = TicketDetail['historial'][number];

export function TicketTimeline({ historial }: { historial: Entry[] }) {
  return (
    <section aria-labelledby="timeline-title" className="space-y-4">
      <h2 id="timeline-title" className="text-xl font-semibold text-gray-900">Historial</h2>
      <ol className="space-y-4">
        {historial.map((entry) => (
          <li key={entry.id}>
            <HistoryEvent entry={staffHistoryEvent(entry)} audience="staff" />
          </li>
        ))}
      </ol>
    </section>
  );
}
