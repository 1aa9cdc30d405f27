import { describe, expect, it } from 'vitest';
import { normaliseSearchText, searchPatterns, ticketSearchText, usesTrigramIndex } from './queue-search';

describe('queue text search', () => {
  it('ignores case and accents', () => {
    expect(normaliseSearchText('Peña ÁLVAREZ Ñandú')).toBe('pena alvarez nandu');
  });

  it('joins the fields that are there', () => {
    expect(ticketSearchText(['José', 'jose@EJEMPLO.co', null, 'Impresión dañada'])).toBe('jose jose@ejemplo.co impresion danada');
  });

  it('asks for every word, with LIKE wildcards taken literally', () => {
    expect(searchPatterns('  Impresora   PISO 3 ')).toEqual(['%impresora%', '%piso%', '%3%']);
    expect(searchPatterns('100% a_b c\\d')).toEqual(['%100\\%%', '%a\\_b%', '%c\\\\d%']);
    expect(searchPatterns('hola hola')).toEqual(['%hola%']);
    expect(searchPatterns('   ')).toEqual([]);
  });
});

describe('usesTrigramIndex', () => {
  it('needs a word of three characters or more', () => {
    expect(usesTrigramIndex('a de')).toBe(false);
    expect(usesTrigramIndex('a pie')).toBe(true);
  });
});
