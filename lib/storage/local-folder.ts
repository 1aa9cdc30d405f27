import 'server-only';
import { link, mkdir, open, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { FileStorage } from '@/lib/storage/storage';

// Keys are the server's own (lib/data/uploads.ts); anything else could climb out of the folder.
const KEY = /^[a-z0-9]{2}\/[a-z0-9-]{8,64}$/;

function fileOf(root: string, key: string): string {
  if (!KEY.test(key)) throw new Error(`Clave de almacenamiento inválida: ${key}`);
  return path.join(root, key);
}

/** Files under one folder, created on first use. */
export function createLocalFolderStorage(root: string): FileStorage {
  return {
    async put(key, bytes) {
      const file = fileOf(root, key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside and linked into place: a reader never sees half a file, and a key is never overwritten.
      const partial = `${file}.partial`;
      try {
        await writeFile(partial, bytes, { flag: 'wx' });
        await link(partial, file);
      } finally {
        await rm(partial, { force: true });
      }
    },
    async read(key) {
      const file = fileOf(root, key);
      try {
        const handle = await open(file, 'r');
        return handle.createReadStream() as Readable;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async remove(key) {
      await rm(fileOf(root, key), { force: true });
    },
  };
}
