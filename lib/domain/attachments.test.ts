import { describe, expect, it } from 'vitest';
import {
  FALLBACK_FILE_NAME,
  PLAIN_TEXT_TYPE,
  acceptedTypeOf,
  attachmentLimitProblem,
  contentDisposition,
  isPlainText,
  sanitizeFileName,
} from '@/lib/domain/attachments';

const MB = 1024 * 1024;
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('attachment limits', () => {
  it('accepts five files of 5 MB each', () => {
    expect(attachmentLimitProblem(Array.from({ length: 5 }, (_, i) => ({ nombre: `f${i}`, tamano: 5 * MB })))).toBeNull();
  });

  it('refuses a sixth file', () => {
    const problem = attachmentLimitProblem(Array.from({ length: 6 }, (_, i) => ({ nombre: `f${i}`, tamano: 1 })));
    expect(problem).toMatchObject({ kind: 'too-large' });
    expect(problem?.message).toContain('5 archivos');
  });

  it('refuses a file over 10 MB, naming it', () => {
    const problem = attachmentLimitProblem([{ nombre: 'grande.pdf', tamano: 10 * MB + 1 }]);
    expect(problem?.message).toContain('"grande.pdf"');
    expect(problem?.message).toContain('10 MB');
  });

  it('accepts exactly 10 MB', () => {
    expect(attachmentLimitProblem([{ nombre: 'justo.pdf', tamano: 10 * MB }])).toBeNull();
  });

  it('refuses more than 25 MB in one request', () => {
    const files = [10, 10, 6].map((n, i) => ({ nombre: `f${i}`, tamano: n * MB }));
    expect(attachmentLimitProblem(files)?.message).toContain('25 MB');
  });
});

describe('accepted types', () => {
  it('takes what file-type detected only from the allowed list', () => {
    expect(acceptedTypeOf('application/pdf', new Uint8Array())).toBe('application/pdf');
    expect(acceptedTypeOf('image/png', new Uint8Array())).toBe('image/png');
    expect(acceptedTypeOf('application/vnd.oasis.opendocument.text', new Uint8Array())).toBe('application/vnd.oasis.opendocument.text');
    expect(acceptedTypeOf('application/zip', new Uint8Array())).toBeNull();
    expect(acceptedTypeOf('application/x-msdownload', new Uint8Array())).toBeNull();
    expect(acceptedTypeOf('application/xml', utf8('<?xml version="1.0"?>'))).toBeNull();
  });

  it('falls back to plain UTF-8 text when nothing was detected', () => {
    expect(acceptedTypeOf(undefined, utf8('Factura de marzo: $ 120.000\nGracias'))).toBe(PLAIN_TEXT_TYPE);
  });

  it('refuses bytes that are not UTF-8, hold NUL or are markup', () => {
    expect(isPlainText(new Uint8Array([0x66, 0xff, 0xfe]))).toBe(false);
    expect(isPlainText(new Uint8Array([0x61, 0x00, 0x62]))).toBe(false);
    expect(isPlainText(utf8('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBe(false);
    expect(isPlainText(utf8('\uFEFF  <!doctype html><html></html>'))).toBe(false);
    expect(isPlainText(utf8('año, pequeño, 2 < 3'))).toBe(true);
  });
});

describe('sanitizeFileName', () => {
  it('drops any path', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\ana\\factura.pdf')).toBe('factura.pdf');
  });

  it('drops control and direction characters and trims', () => {
    expect(sanitizeFileName('  fac\u0000tura\n.pdf  ')).toBe('factura.pdf');
    expect(sanitizeFileName('foto\u202Egnp.exe')).toBe('fotognp.exe');
  });

  it('falls back when nothing is left', () => {
    expect(sanitizeFileName('')).toBe(FALLBACK_FILE_NAME);
    expect(sanitizeFileName(' \u0007 ')).toBe(FALLBACK_FILE_NAME);
    expect(sanitizeFileName('..')).toBe(FALLBACK_FILE_NAME);
    expect(sanitizeFileName('dir/')).toBe(FALLBACK_FILE_NAME);
  });

  it('keeps at most 255 characters and the extension', () => {
    const name = sanitizeFileName(`${'ñ'.repeat(300)}.pdf`);
    expect([...name]).toHaveLength(255);
    expect(name.endsWith('ñ.pdf')).toBe(true);
  });

  it('keeps markup in a name as text', () => {
    expect(sanitizeFileName('<img src=x onerror=alert(1)>.png')).toBe('<img src=x onerror=alert(1)>.png');
  });
});

describe('contentDisposition', () => {
  it('saves everything but raster images', () => {
    expect(contentDisposition('application/pdf', 'a.pdf')).toMatch(/^attachment;/);
    expect(contentDisposition(PLAIN_TEXT_TYPE, 'a.txt')).toMatch(/^attachment;/);
    expect(contentDisposition('image/svg+xml', 'a.svg')).toMatch(/^attachment;/);
    expect(contentDisposition('image/png', 'a.png')).toMatch(/^inline;/);
  });

  it('encodes the name for RFC 6266', () => {
    expect(contentDisposition('application/pdf', 'Cotización "final" (1).pdf')).toBe(
      `attachment; filename="Cotizaci_n _final_ (1).pdf"; filename*=UTF-8''Cotizaci%C3%B3n%20%22final%22%20%281%29.pdf`,
    );
  });
});
