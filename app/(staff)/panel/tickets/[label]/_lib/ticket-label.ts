import { normalizeTicketLabel } from '@/lib/domain/label';

/** The route segment as a label in its one spelling; a malformed escape stays as it came (and is not found). */
export function labelOf(segment: string): string {
  try {
    return normalizeTicketLabel(decodeURIComponent(segment));
  } catch {
    return segment;
  }
}
