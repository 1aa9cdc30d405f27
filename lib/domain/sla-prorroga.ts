import type { SlaClock } from './sla';
import type { SlaHistoryEntry } from './sla-pauses';
import { type SlaSchedule, type SlaTicketClock, slaSchedule } from './sla-schedule';
import { type WorkingCalendar, workingHoursPerDay } from './working-calendar';

/** Ley 1755 de 2015, art. 14, parágrafo: the new term "no podrá exceder del doble del inicialmente previsto". */
export const PRORROGA_MAX_FACTOR = 2;

export type ProrrogaRefusal = 'EXTENSION_INVALIDA' | 'YA_PRORROGADO' | 'EXCEDE_DOBLE' | 'PLAZO_VENCIDO';

export interface ProrrogaRequest {
  /** Without the requested extension. */
  ticket: SlaTicketClock;
  /** The extra term asked for, in whole units of the term (days for DIAS_HABILES, hours otherwise). */
  extension: number;
  now: Date;
  /** Read from the history (a `prorrogar` entry) when absent. */
  yaProrrogado?: boolean;
}

export type ProrrogaResult =
  | ({ ok: true; fechaLimiteSlaAnterior: Date; extension: number; terminoTotal: number } & SlaSchedule)
  | { ok: false; code: ProrrogaRefusal; field: 'extension'; message: string; maxExtension: number };

/** Kept in the `prorrogar` history entry's `datos`, so later recomputations find the extension. */
export interface ProrrogaDatos {
  extension: number;
  reloj: SlaClock;
  fechaLimiteSlaAnterior: string;
  fechaLimiteSla: string;
}

export function termUnitLabel(reloj: SlaClock, amount: number): string {
  const one = amount === 1;
  if (reloj === 'DIAS_HABILES') return one ? 'día hábil' : 'días hábiles';
  if (reloj === 'HORAS_HABILES') return one ? 'hora hábil' : 'horas hábiles';
  return one ? 'hora' : 'horas';
}

/** Granted once, in whole units, before the current deadline passes, to at most twice the term in force. */
export function prorrogaDeadline(request: ProrrogaRequest, cal: WorkingCalendar): ProrrogaResult {
  const { ticket, extension, now } = request;
  const { duracion, reloj } = ticket.term;
  const maxExtension = duracion * (PRORROGA_MAX_FACTOR - 1);
  const refuse = (code: ProrrogaRefusal, message: string): ProrrogaResult => ({
    ok: false,
    code,
    field: 'extension',
    message,
    maxExtension,
  });

  if (!Number.isInteger(extension) || extension < 1) {
    return refuse('EXTENSION_INVALIDA', `La extensión debe ser un número entero de ${termUnitLabel(reloj, 2)} mayor que cero.`);
  }
  const already = request.yaProrrogado ?? ticket.history.some((entry) => entry.operacion === 'prorrogar');
  if (already) return refuse('YA_PRORROGADO', 'El ticket ya fue prorrogado: la prórroga se concede una sola vez.');
  if (extension > maxExtension) {
    const max = `${maxExtension} ${termUnitLabel(reloj, maxExtension)}`;
    const term = `${duracion} ${termUnitLabel(reloj, duracion)}`;
    return refuse('EXCEDE_DOBLE', `La extensión no puede superar ${max}: el plazo total no puede exceder el doble del término de ${term}.`);
  }
  const current = slaSchedule({ ...ticket, prorroga: 0 }, now, cal).fechaLimiteSla;
  if (now.getTime() > current.getTime()) {
    const message = 'El término ya venció: la prórroga debe informarse antes del vencimiento (Ley 1755 de 2015, art. 14).';
    return refuse('PLAZO_VENCIDO', message);
  }
  const schedule = slaSchedule({ ...ticket, prorroga: extension }, now, cal);
  return { ok: true, ...schedule, fechaLimiteSlaAnterior: current, extension, terminoTotal: duracion + extension };
}

function isProrrogaDatos(value: unknown): value is Pick<ProrrogaDatos, 'extension' | 'reloj'> {
  if (typeof value !== 'object' || value === null) return false;
  const { extension, reloj } = value as Record<string, unknown>;
  return typeof extension === 'number' && Number.isFinite(extension) && extension > 0 && typeof reloj === 'string';
}

/** In units of the clock in force: after a reclassification, days and hours convert at the calendar's hours per day. */
export function prorrogaFromHistory(
  history: readonly SlaHistoryEntry[],
  reloj: SlaClock,
  cal: Pick<WorkingCalendar, 'startMinute' | 'endMinute'>,
): number {
  const entry = history.find((e) => e.operacion === 'prorrogar' && isProrrogaDatos(e.datos));
  if (!entry || !isProrrogaDatos(entry.datos)) return 0;
  const { extension, reloj: granted } = entry.datos;
  const inDays = (clock: string) => clock === 'DIAS_HABILES';
  if (inDays(granted) === inDays(reloj)) return extension;
  const perDay = workingHoursPerDay(cal);
  return inDays(reloj) ? Math.ceil(extension / perDay) : extension * perDay;
}
