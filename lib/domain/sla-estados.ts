import type { SlaEstado } from './sla';

/** Each badge colour carries white text at a contrast of at least 4.5:1. */
export const SLA_ESTADO_INFO: Record<SlaEstado, { nombre: string; color: string }> = {
  EN_TIEMPO: { nombre: 'En tiempo', color: '#15803d' },
  EN_RIESGO: { nombre: 'En riesgo', color: '#a16207' },
  VENCIDO: { nombre: 'Vencido', color: '#b91c1c' },
  PAUSADO: { nombre: 'Pausado', color: '#4b5563' },
  CUMPLIDO: { nombre: 'Cumplido', color: '#166534' },
  INCUMPLIDO: { nombre: 'Incumplido', color: '#991b1b' },
};
