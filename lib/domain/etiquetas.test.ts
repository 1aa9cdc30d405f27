import { describe, expect, it } from 'vitest';
import { ETIQUETA_MAX_LENGTH, applyEtiquetas, etiquetaRefusal, normalizeEtiqueta, uniqueEtiquetas } from './etiquetas';

describe('the tag rule', () => {
  it('lower-cases and trims, composing accents typed as two code points', () => {
    expect(normalizeEtiqueta('  Facturación ')).toBe('facturación');
    expect(normalizeEtiqueta('CAMPAÑA')).toBe('campaña');
    expect(normalizeEtiqueta('facturacio\u0301n')).toBe('facturación');
  });

  it('accepts letters (Spanish accents, ü and ñ), digits, "-" and "_"', () => {
    for (const ok of ['vip', 'red-2026', 'sin_respuesta', 'pingüino', 'año', 'área', 'x', 'a'.repeat(ETIQUETA_MAX_LENGTH)]) {
      expect(etiquetaRefusal(ok), ok).toBeNull();
    }
  });

  it('refuses empty, too long, spaces, punctuation, upper case and other scripts', () => {
    for (const bad of ['', 'a'.repeat(ETIQUETA_MAX_LENGTH + 1), 'dos palabras', 'a,b', 'a.b', '#vip', 'VIP', 'çava', 'ｖｉｐ', 'привет', '<b>']) {
      expect(etiquetaRefusal(bad), bad).not.toBeNull();
    }
  });

  it('counts length in characters, not UTF-16 units', () => {
    expect(etiquetaRefusal('ñ'.repeat(ETIQUETA_MAX_LENGTH))).toBeNull();
  });

  it('collapses duplicates keeping the first', () => {
    expect(uniqueEtiquetas(['b', 'a', 'b'])).toEqual(['b', 'a']);
  });
});

describe('adding and removing tags', () => {
  it('appends the new ones, removes the named ones, and reports only real changes', () => {
    expect(applyEtiquetas(['a', 'b'], ['c', 'a'], ['b', 'zz'])).toEqual({ etiquetas: ['a', 'c'], agregadas: ['c'], quitadas: ['b'] });
  });

  it('removes a tag both added and removed', () => {
    expect(applyEtiquetas([], ['a'], ['a'])).toEqual({ etiquetas: [], agregadas: [], quitadas: [] });
  });
});
