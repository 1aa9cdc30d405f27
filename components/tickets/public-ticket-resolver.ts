import { zodResolver } from '@hookform/resolvers/zod';
import { publicTicketInputSchema } from '@/lib/validation/ticket';

/** The public form's checks: the API's own schema (loaded by the form only when a person starts filling it in). */
export function publicTicketResolver(askPrioridad: boolean) {
  return zodResolver(publicTicketInputSchema(askPrioridad));
}
