import { DEFAULT_QUEUE_QUERY, QUEUE_PRESETS, presetQuery, type QueueQuery } from '@/lib/domain/queue';
import { queueQueryToSearchParams } from '@/lib/validation/queue';

/** A link to the board (/panel) showing the query; lists keep their commas readable. */
export function boardHref(query: Partial<QueueQuery>): string {
  const params = queueQueryToSearchParams({ ...DEFAULT_QUEUE_QUERY, ...query }).toString().replaceAll('%2C', ',');
  return params ? `/panel?${params}` : '/panel';
}

const atRiskPreset = QUEUE_PRESETS.find((p) => p.id === 'vencidos-en-riesgo')!;

export const AT_RISK_BOARD_HREF = boardHref(presetQuery(atRiskPreset));
export const AT_RISK_PRESET_NAME = atRiskPreset.nombre;
