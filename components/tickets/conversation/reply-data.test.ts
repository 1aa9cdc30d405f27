import { describe, expect, it } from 'vitest';
import { errorPlace, replyFormData, replyTextError } from './reply-data';

describe('replyTextError', () => {
  it('asks for text and caps it at 4000 characters', () => {
    expect(replyTextError('  \n ')).toBe('Escriba el mensaje.');
    expect(replyTextError('Hola')).toBeNull();
    expect(replyTextError('a'.repeat(4000))).toBeNull();
    expect(replyTextError('a'.repeat(4001))).toBe('El mensaje tiene 4.001 caracteres; el máximo es 4.000.');
  });
});

describe('replyFormData', () => {
  it('sends a staff note with its visibility, its thread and its files', async () => {
    const a = new File(['%PDF-1.7'], 'factura.pdf', { type: 'application/pdf' });
    const b = new File(['x'], 'foto.png', { type: 'image/png' });
    const form = replyFormData({ textField: 'nota', texto: 'Hola', publica: false, respondeA: 'm1', adjuntos: [a, b] });
    expect(JSON.parse(form.get('datos') as string)).toEqual({ nota: 'Hola', publica: false, respondeA: 'm1' });
    const files = form.getAll('adjuntos') as File[];
    expect(files.map((f) => f.name)).toEqual(['factura.pdf', 'foto.png']);
    expect(await files[0]!.text()).toBe('%PDF-1.7');
  });

  it('sends the requester’s text alone when there is no thread and no file', () => {
    const form = replyFormData({ textField: 'texto', texto: 'Gracias', respondeA: null, adjuntos: [] });
    expect(JSON.parse(form.get('datos') as string)).toEqual({ texto: 'Gracias' });
    expect(form.getAll('adjuntos')).toEqual([]);
  });
});

describe('errorPlace', () => {
  it('ties text and file errors to their fields and the rest to the form', () => {
    expect(errorPlace('nota', 'nota')).toBe('texto');
    expect(errorPlace('texto', 'nota')).toBe('form');
    expect(errorPlace('adjuntos', 'texto')).toBe('adjuntos');
    expect(errorPlace('adjuntos.2', 'texto')).toBe('adjuntos');
    expect(errorPlace('respondeA', 'texto')).toBe('form');
  });
});
