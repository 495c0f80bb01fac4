// Writes a file atomically: into a temporary file beside the target, flushed, then renamed over it. A reader
// sees the old file or the new one, never half of one; a failure leaves the old file intact. A target marked
// read-only is refused, not replaced (rename would replace it, and root ignores the mode).
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../shared/errors';

function describeWriteError(error: unknown, target: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new UserError(
        `Tidak dapat menulis ${target}: berkas atau folder hanya-baca, atau berkas sedang dibuka program lain (misalnya Word atau pembaca PDF). Tutup berkas itu lalu coba lagi; berkas lama tidak berubah.`,
      );
    case 'EROFS':
      return new UserError(`Tidak dapat menulis ${target}: drive-nya hanya-baca. Pilih folder lain.`);
    case 'EBUSY':
      return new UserError(
        `Tidak dapat menulis ${target}: berkas sedang dibuka program lain. Tutup berkas itu lalu coba lagi; berkas lama tidak berubah.`,
      );
    case 'ENOENT':
      return new UserError(`Tidak dapat menulis ${target}: folder ${dirname(target)} tidak ada.`);
    case 'ENOSPC':
      return new UserError(
        `Tidak dapat menulis ${target}: disk penuh. Kosongkan ruang disk lalu coba lagi; berkas lama tidak berubah.`,
      );
    case 'EISDIR':
      return new UserError(`Tidak dapat menulis ${target}: itu sebuah folder.`);
    default:
      return error;
  }
}

/** Refuses a target the user marked read-only (mode without write bits, or a read-only drive). */
export function assertReplaceable(target: string): void {
  if (!existsSync(target)) return;
  let readOnly: boolean;
  try {
    accessSync(target, constants.W_OK);
    readOnly = process.platform !== 'win32' && !statSync(target).isDirectory() && (statSync(target).mode & 0o222) === 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') throw describeWriteError(error, target);
    readOnly = true;
  }
  if (readOnly) {
    throw new UserError(
      `Tidak dapat menulis ${target}: berkas itu hanya-baca. Pilih nama lain, atau ubah izinnya bila memang boleh ditimpa; berkas lama tidak berubah.`,
    );
  }
}

export interface PendingWrite {
  /** Puts the new content in place (rename); the old file stays until then. */
  commit(): void;
  /** Drops the new content; the old file stays. */
  discard(): void;
}

/**
 * Writes the new content beside the target and flushes it, leaving the target as it is until commit: a caller can
 * make its database change between the two and discard the file if that fails.
 */
export function prepareAtomicWrite(target: string, data: Uint8Array | string): PendingWrite {
  assertReplaceable(target);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx');
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw describeWriteError(error, target);
  }
  let done = false;
  return {
    commit() {
      if (done) return;
      done = true;
      try {
        // Checked again: the file may have been marked read-only since.
        assertReplaceable(target);
        renameSync(temp, target);
      } catch (error) {
        rmSync(temp, { force: true });
        throw describeWriteError(error, target);
      }
    },
    discard() {
      if (done) return;
      done = true;
      rmSync(temp, { force: true });
    },
  };
}

export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  prepareAtomicWrite(target, data).commit();
}
