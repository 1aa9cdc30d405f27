import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_LINE_END, csvCell, csvDateTime, csvRecord, neutralizeFormula } from './csv';

describe('csvCell (RFC 4180)', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Ana María Pérez')).toBe('Ana María Pérez');
    expect(csvCell('TK-2026-00042')).toBe('TK-2026-00042');
  });

  it('quotes a cell with a comma, a double quote or a line break, doubling inner quotes', () => {
    expect(csvCell('Bogotá, D.C.')).toBe('"Bogotá, D.C."');
    expect(csvCell('dijo "urgente"')).toBe('"dijo ""urgente"""');
    expect(csvCell('línea 1\nlínea 2')).toBe('"línea 1\nlínea 2"');
    expect(csvCell('línea 1\r\nlínea 2')).toBe('"línea 1\r\nlínea 2"');
  });

  it('writes null and undefined as an empty cell, numbers and booleans as they are', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('Sí');
    expect(csvCell(false)).toBe('No');
  });
});

describe('formula injection (OWASP CSV Injection)', () => {
  it.each([
    ['=HYPERLINK("http://malo.example","clic")', `"'=HYPERLINK(""http://malo.example"",""clic"")"`],
    ['+57 300 123 4567', "'+57 300 123 4567"],
    ['-2+3+cmd|\' /C calc\'!A0', "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(1+1)*cmd|\' /C calc\'!A0', "'@SUM(1+1)*cmd|' /C calc'!A0"],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['＝1+1', "'＝1+1"],
  ])('prefixes %j with a single quote', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    ['Ana;=HYPERLINK("http://malo.example";"clic")', `"'Ana;=HYPERLINK(""http://malo.example"";""clic"")"`],
    ['Ana,=1+1', `"'Ana,=1+1"`],
    ['Ana\t@SUMA(1)', `"'Ana\t@SUMA(1)"`],
    ['Ana\n+57 300', `"'Ana\n+57 300"`],
    ['Ana; -2+3', `"'Ana; -2+3"`],
  ])('neutralises and quotes %j, a formula after a separator some spreadsheet splits on', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('quotes a semicolon or a tab even without a formula, so no spreadsheet splits the cell', () => {
    expect(csvCell('Sede norte; piso 3')).toBe('"Sede norte; piso 3"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
  });

  it('does not touch a trigger character that is not the first one', () => {
    expect(neutralizeFormula('a=b')).toBe('a=b');
    expect(neutralizeFormula('correo@example.com')).toBe('correo@example.com');
    expect(neutralizeFormula('')).toBe('');
  });
});

describe('csvRecord', () => {
  it('joins the cells with commas and ends the record with CRLF', () => {
    expect(csvRecord(['TK-2026-00001', 'Nuevo', null, 'a,b'])).toBe('TK-2026-00001,Nuevo,,"a,b"\r\n');
    expect(CSV_LINE_END).toBe('\r\n');
  });

  it('joins with semicolons when asked, quoting the cells that hold one', () => {
    expect(csvRecord(['TK-2026-00001', 'a;b', 'a,b', 3.5], ';')).toBe('TK-2026-00001;"a;b";"a,b";3.5\r\n');
  });

  it('keeps a cell with a line break inside one record', () => {
    const record = csvRecord(['x', 'uno\ndos', 'y']);
    expect(record).toBe('x,"uno\ndos",y\r\n');
    expect(record.split(CSV_LINE_END).filter(Boolean)).toHaveLength(1);
  });
});

describe('BOM and dates', () => {
  it('uses the UTF-8 byte-order mark Excel looks for', () => {
    expect(new TextEncoder().encode(CSV_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes an instant on Bogotá wall-clock time, across the UTC date line', () => {
    expect(csvDateTime('2026-11-24T03:30:00Z', 'America/Bogota')).toBe('2026-11-23 22:30');
    expect(csvDateTime(new Date('2027-01-01T04:59:00Z'), 'America/Bogota')).toBe('2026-12-31 23:59');
  });
});
