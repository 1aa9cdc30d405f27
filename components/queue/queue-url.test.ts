import { describe, expect, it } from 'vitest';
import { DEFAULT_QUEUE_QUERY, QUEUE_PRESETS, presetQuery } from '@/lib/domain/queue';
import { activePreset, boardHref, panelFilterCount } from './queue-url';

describe('the board URL and the tag and reply filters', () => {
  it('counts tags and the reply mark among the panel filters', () => {
    expect(panelFilterCount({ ...DEFAULT_QUEUE_QUERY, etiqueta: ['vip', 'red'], respuesta: 'solicitante' })).toBe(2);
  });

  it('recognises the "Respuesta del solicitante" preset and links to it', () => {
    const preset = QUEUE_PRESETS.find((p) => p.id === 'respuesta-solicitante')!;
    expect(activePreset(presetQuery(preset), QUEUE_PRESETS)?.nombre).toBe('Respuesta del solicitante');
    expect(boardHref(presetQuery(preset))).toBe('/panel?respuesta=solicitante&orden=actualizado');
    expect(activePreset({ ...presetQuery(preset), etiqueta: ['vip'] }, QUEUE_PRESETS)).toBeNull();
  });
});
