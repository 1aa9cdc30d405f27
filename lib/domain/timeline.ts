/** The fields the timeline reads of a message; the staff and the public message DTOs both have them. */
export interface TimelineMessage {
  id: string;
  respondeA: string | null;
  fecha: string;
}

/** The fields the timeline reads of a history entry. */
export interface TimelineHistoryEntry {
  operacion: string;
  fecha: string;
}

export type TimelineItem<M extends TimelineMessage, H extends TimelineHistoryEntry> =
  | { kind: 'mensaje'; fecha: string; mensaje: M; respuestas: M[] }
  | { kind: 'evento'; fecha: string; evento: H };

/** Operations whose history entry only records a message: the message stands for it in the timeline. */
export const MESSAGE_OPERACIONES: readonly string[] = ['actualizar', 'responder'];

const time = (fecha: string) => Date.parse(fecha);

function byTime<T extends { fecha: string }>(items: readonly T[]): T[] {
  // Array.prototype.sort is stable: equal times keep the order they came in.
  return [...items].sort((a, b) => time(a.fecha) - time(b.fecha));
}

/**
 * One chronological list of top-level messages (each with its replies, oldest first) and state-change
 * events. The first message, the ticket's description, stays first; at equal times a message comes
 * before the event it caused (a requester reply before the resume it triggers).
 */
export function buildTimeline<M extends TimelineMessage, H extends TimelineHistoryEntry>(
  mensajes: readonly M[],
  historial: readonly H[],
): TimelineItem<M, H>[] {
  const sorted = byTime(mensajes);
  const byId = new Map(sorted.map((m) => [m.id, m]));
  // Threads are one level deep; a reply whose parent is itself a reply hangs under that parent's root,
  // and one whose parent is not in the list (an internal note on the requester's side) stands alone.
  const rootOf = (m: M): M => {
    const seen = new Set<string>();
    let current = m;
    while (current.respondeA !== null && !seen.has(current.id)) {
      seen.add(current.id);
      const parent = byId.get(current.respondeA);
      if (!parent) break;
      current = parent;
    }
    return current;
  };

  const threads = new Map<string, { kind: 'mensaje'; fecha: string; mensaje: M; respuestas: M[] }>();
  const replies: [M, M][] = [];
  for (const m of sorted) {
    const root = rootOf(m);
    if (root === m) threads.set(m.id, { kind: 'mensaje', fecha: m.fecha, mensaje: m, respuestas: [] });
    else replies.push([root, m]);
  }
  for (const [root, reply] of replies) threads.get(root.id)!.respuestas.push(reply);

  const [first, ...rest] = [...threads.values()];
  const eventos = byTime(historial.filter((h) => !MESSAGE_OPERACIONES.includes(h.operacion))).map(
    (evento): TimelineItem<M, H> => ({ kind: 'evento', fecha: evento.fecha, evento }),
  );

  const merged: TimelineItem<M, H>[] = [];
  let e = 0;
  for (const thread of rest) {
    while (e < eventos.length && time(eventos[e]!.fecha) < time(thread.fecha)) merged.push(eventos[e++]!);
    merged.push(thread);
  }
  merged.push(...eventos.slice(e));
  return first ? [first, ...merged] : merged;
}
