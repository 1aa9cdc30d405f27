import type { Rol } from './actor';
import type { EstadoTicket } from './estados';
import { canPerform } from './transitions';

/**
 * Whether "Tomar" (asignar to oneself) is offered: the role may asignar, the state allows it, and
 * the ticket is not already the user's. The server checks the same operation again.
 */
export function mayTakeTicket(user: { role: Rol; userId: string | null }, ticket: { estado: EstadoTicket; asignadoAId: string | null }): boolean {
  return user.userId !== null && canPerform(user.role, 'asignar', ticket.estado) && ticket.asignadoAId !== user.userId;
}
