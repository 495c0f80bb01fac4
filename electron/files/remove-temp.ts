// Removing a temporary file or folder after the work with it is done. On Windows a virus scanner, the search indexer
// or OneDrive may still hold a file that was just closed: removal is tried again briefly, and what still cannot go is
// left (it lives in a temp folder and is cleared at a later start), never turning finished work into an error.
import { rmSync } from 'node:fs';

export type Remove = (path: string) => void;

/** Node retries EBUSY, EPERM, ENOTEMPTY, EMFILE and ENFILE itself, here about half a second in all. */
const defaultRemove: Remove = (path) => rmSync(path, { recursive: true, force: true, maxRetries: 4, retryDelay: 50 });

/** Removes `path`; true when it is gone, false when it had to be left. */
export function removeQuietly(path: string, remove: Remove = defaultRemove): boolean {
  try {
    remove(path);
    return true;
  } catch (error) {
    console.warn(`Berkas sementara ${path} belum dapat dihapus dan dibiarkan:`, (error as Error)?.message ?? error);
    return false;
  }
}
