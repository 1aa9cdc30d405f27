import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reloadConfig } from '@/lib/config';
import { checkFormUploads, checkUploads, filesOf, withStoredUploads } from '@/lib/data/uploads';
import { PLAIN_TEXT_TYPE } from '@/lib/domain/attachments';

const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const ZIP = Buffer.from('UEsDBBQAAAAAAJFThV2I+aBvBAAAAAQAAAAIAAAAaG9sYS50eHRob2xhUEsFBgAAAAABAAEANgAAACoAAAAAAA==', 'base64');
const file = (bytes: Uint8Array<ArrayBuffer>, name: string, type = 'application/octet-stream') => new File([bytes], name, { type });

let dir = '';
const saved = { ...process.env };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mesa-uploads-'));
  process.env.DATABASE_URL ||= 'postgresql://localhost/x';
  process.env.STORAGE_DIR = dir;
  reloadConfig();
});
afterAll(async () => {
  process.env = { ...saved };
  reloadConfig();
  await rm(dir, { recursive: true, force: true });
});

const storedCount = async () => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;

describe('checkUploads', () => {
  it('takes the type from the bytes, never from the name or the declared type', async () => {
    const checked = await checkUploads([file(PDF, 'foto.png', 'image/png'), file(PNG, 'sin-extension'), file(new TextEncoder().encode('Hola, año'), 'nota.exe')]);
    expect(checked.map((c) => [c.nombre, c.tipo])).toEqual([
      ['foto.png', 'application/pdf'],
      ['sin-extension', 'image/png'],
      ['nota.exe', PLAIN_TEXT_TYPE],
    ]);
  });

  it('answers 415 naming a ZIP dressed as a PNG', async () => {
    await expect(checkUploads([file(PDF, 'ok.pdf'), file(ZIP, 'foto.png', 'image/png')])).rejects.toMatchObject({ status: 415, message: expect.stringContaining('"foto.png"') });
  });

  it('answers 413 before reading any bytes, and 400 for an empty file', async () => {
    await expect(checkUploads(Array.from({ length: 6 }, (_, i) => file(PDF, `f${i}.pdf`)))).rejects.toMatchObject({ status: 413 });
    await expect(checkUploads([file(new Uint8Array(), 'vacio.txt')])).rejects.toMatchObject({ status: 400, message: expect.stringContaining('vacio.txt') });
  });

  it('names the file by its sanitised name', async () => {
    await expect(checkUploads([file(ZIP, '../../\u0000foto.png')])).rejects.toMatchObject({ message: expect.stringContaining('"foto.png"') });
  });
});

describe('the files of a form', () => {
  it('skips the empty part of an untouched file input and refuses text under adjuntos', async () => {
    const form = new FormData();
    form.append('adjuntos', file(new Uint8Array(), ''));
    form.append('adjuntos', file(PDF, 'a.pdf'));
    expect(filesOf(form).map((f) => f.name)).toEqual(['a.pdf']);
    expect((await checkFormUploads(form)).map((c) => c.tipo)).toEqual(['application/pdf']);
    form.append('adjuntos', 'texto');
    expect(() => filesOf(form)).toThrow(/archivos/);
  });
});

describe('withStoredUploads', () => {
  it('hands the stored files to the data function and keeps them when it succeeds', async () => {
    const before = await storedCount();
    const adjuntos = await withStoredUploads(await checkUploads([file(PDF, 'a.pdf'), file(PNG, 'b.png')]), async (a) => a);
    expect(adjuntos.map((a) => [a.nombre, a.tipo, a.tamano])).toEqual([
      ['a.pdf', 'application/pdf', PDF.byteLength],
      ['b.png', 'image/png', PNG.byteLength],
    ]);
    expect(new Set(adjuntos.map((a) => a.id)).size).toBe(2);
    expect(adjuntos.every((a) => !a.storageKey.includes('a.pdf') && !a.storageKey.includes('b.png'))).toBe(true);
    expect(await storedCount()).toBe(before + 2);
  });

  it('removes them when the data function fails', async () => {
    const before = await storedCount();
    const uploads = await checkUploads([file(PDF, 'a.pdf'), file(PNG, 'b.png')]);
    await expect(withStoredUploads(uploads, async () => Promise.reject(new Error('conflicto')))).rejects.toThrow('conflicto');
    expect(await storedCount()).toBe(before);
  });
});
