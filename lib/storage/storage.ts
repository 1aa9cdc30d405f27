import 'server-only';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { getConfig } from '@/lib/config';
import { createLocalFolderStorage } from '@/lib/storage/local-folder';

/** Where attachment bytes live; keys are made by the server, never from a file name (docs/conversation.md). */
export interface FileStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes as a stream, or null when the key holds nothing. */
  read(key: string): Promise<Readable | null>;
  /** Removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}

let storage: FileStorage | undefined;

// The one place that picks the store: an S3-compatible one would be chosen here.
export function getStorage(): FileStorage {
  // The store is data, not code: the build must not trace the working directory into its output.
  storage ??= createLocalFolderStorage(path.resolve(/* turbopackIgnore: true */ process.cwd(), getConfig().STORAGE_DIR));
  return storage;
}
