import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalFolderStorage } from '@/lib/storage/local-folder';

let root = '';
const key = 'ab/ab0c5e1e-3d7a-4b2f-9f1e-2c3d4e5f6a7b';

describe('the local-folder storage', () => {
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'mesa-storage-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('creates its folder on first use and keeps, reads and removes bytes by key', async () => {
    const storage = createLocalFolderStorage(path.join(root, 'nuevo', 'adjuntos'));
    await storage.put(key, new TextEncoder().encode('factura'));
    expect(await text((await storage.read(key))!)).toBe('factura');
    await storage.remove(key);
    expect(await storage.read(key)).toBeNull();
    await storage.remove(key);
  });

  it('refuses keys it did not make, so no name climbs out of the folder', async () => {
    const storage = createLocalFolderStorage(root);
    for (const bad of ['../fuera', 'ab/../../x', '/etc/passwd', 'factura.pdf', 'AB/ab0c5e1e-3d7a']) {
      await expect(storage.put(bad, new Uint8Array([1]))).rejects.toThrow(/inválida/);
    }
    expect(await readdir(root)).toEqual([]);
  });

  it('never overwrites a key', async () => {
    const storage = createLocalFolderStorage(root);
    await storage.put(key, new Uint8Array([1]));
    await expect(storage.put(key, new Uint8Array([2]))).rejects.toThrow();
  });
});
