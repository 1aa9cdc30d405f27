// What the live board's pill says (docs/queue.md, "Tablero en vivo y atajos"). Pure, tested beside.
import { formatCount } from './format';

export interface ChangedTicketLike {
  ticketUuid: string;
  version: number;
  nuevo: boolean;
}

export interface ShownTicket {
  ticketUuid: string;
  version: number;
}

export interface UnseenChanges {
  nuevos: number;
  actualizados: number;
  /** The server stopped counting: the numbers are lower bounds. */
  capped: boolean;
}

/** The changes the board does not show yet: a ticket already on it at that version (or later) is seen. */
export function unseenChanges(changes: readonly ChangedTicketLike[], shown: readonly ShownTicket[], capped = false): UnseenChanges {
  const shownVersion = new Map(shown.map((t) => [t.ticketUuid, t.version]));
  const unseen = changes.filter((c) => (shownVersion.get(c.ticketUuid) ?? 0) < c.version);
  // A ticket created since the board's start but already on it, changed again: updated, not new.
  const isNew = (c: ChangedTicketLike) => c.nuevo && !shownVersion.has(c.ticketUuid);
  return { nuevos: unseen.filter(isNew).length, actualizados: unseen.filter((c) => !isNew(c)).length, capped };
}

/** "2 tickets nuevos y 1 actualizado", "1 ticket actualizado", "100+ tickets nuevos"; "" without changes. */
export function changesText({ nuevos, actualizados, capped }: UnseenChanges): string {
  const phrase = (n: number, word: string, noun: boolean) => {
    const one = n === 1 && !capped;
    return `${formatCount({ count: n, capped })}${noun ? (one ? ' ticket' : ' tickets') : ''} ${word}${one ? '' : 's'}`;
  };
  if (nuevos > 0 && actualizados > 0) return `${phrase(nuevos, 'nuevo', true)} y ${phrase(actualizados, 'actualizado', false)}`;
  if (nuevos > 0) return phrase(nuevos, 'nuevo', true);
  if (actualizados > 0) return phrase(actualizados, 'actualizado', true);
  return '';
}
