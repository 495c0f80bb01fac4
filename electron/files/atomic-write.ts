// Writes a file atomically: into a temporary file beside the target, flushed, then renamed over it. A reader
// sees the old file or the new one, never half of one; a failure leaves the old file intact. A target marked
// read-only is refused, not replaced (rename would replace it, and root ignores the mode).
//
// On Windows, antivirus scanners, OneDrive and the search indexer open a fresh file for a moment, so the rename is
// tried again for about two seconds (with growing pauses) before a lock is reported. A folder that refuses the new
// file itself is reported as a protected or read-only folder (Controlled Folder Access blocks apps it does not
// know from Documents and Desktop), not as a file held open by a program.
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

/** The folder refused the new file itself (before any rename): protected (Controlled Folder Access) or read-only. */
function describeFolderError(error: unknown, target: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== 'EACCES' && code !== 'EPERM') return describeWriteError(error, target);
  return new UserError(
    `Tidak dapat menulis ${target}: folder ${dirname(target)} hanya-baca atau dilindungi. Bila Keamanan Windows memberi tahu bahwa "Akses folder terkontrol" memblokir Smart City Desk, izinkan aplikasi ini di sana (Perlindungan virus & ancaman → Perlindungan ransomware → Izinkan aplikasi) atau pilih folder lain; berkas lama tidak berubah.`,
  );
}

function describeWriteError(error: unknown, target: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new UserError(
        `Tidak dapat menulis ${target}: berkas atau folder hanya-baca, atau berkas sedang dibuka program lain (misalnya Word atau pembaca PDF) dan tidak lepas dalam 2 detik. Tutup berkas itu lalu coba lagi; berkas lama tidak berubah.`,
      );
    case 'EROFS':
      return new UserError(`Tidak dapat menulis ${target}: drive-nya hanya-baca. Pilih folder lain.`);
    case 'EBUSY':
      return new UserError(
        `Tidak dapat menulis ${target}: berkas sedang dibuka program lain dan tidak lepas dalam 2 detik. Tutup berkas itu lalu coba lagi; berkas lama tidak berubah.`,
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

/** Errors a scanner or sync client holding the file for a moment gives on Windows. */
const TRANSIENT = new Set(['EBUSY', 'EPERM', 'EACCES']);

/** Pauses between rename attempts: about two seconds in all. */
export const RENAME_PAUSES_MS: readonly number[] = [20, 40, 80, 160, 250, 350, 500, 600];

export interface RenameOptions {
  /** The rename itself (tests inject one that fails). */
  rename?: (from: string, to: string) => void;
  /** A synchronous pause (tests record it instead of waiting). */
  sleep?: (ms: number) => void;
  pauses?: readonly number[];
}

/** A real pause without a busy loop; writes are synchronous, and a two-second wait is rare. */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Renames, trying again after each pause while the error is a transient lock; the last error is thrown. */
export function renameWithRetry(from: string, to: string, options: RenameOptions = {}): void {
  const rename = options.rename ?? renameSync;
  const sleep = options.sleep ?? sleepSync;
  const pauses = options.pauses ?? RENAME_PAUSES_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
      if (!TRANSIENT.has(code) || attempt >= pauses.length) throw error;
      sleep(pauses[attempt]!);
    }
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
export function prepareAtomicWrite(target: string, data: Uint8Array | string, options: RenameOptions = {}): PendingWrite {
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
    throw fd === undefined ? describeFolderError(error, target) : describeWriteError(error, target);
  }
  let done = false;
  return {
    commit() {
      if (done) return;
      done = true;
      try {
        // Checked again: the file may have been marked read-only since.
        assertReplaceable(target);
        renameWithRetry(temp, target, options);
      } catch (error) {
        removeQuietly(temp);
        throw describeWriteError(error, target);
      }
    },
    discard() {
      if (done) return;
      done = true;
      removeQuietly(temp);
    },
  };
}

/** Removes a temporary file; one a scanner still holds is left (a hidden `.…tmp`), never turning success into an error. */
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // left behind; harmless
  }
}

export function writeFileAtomic(target: string, data: Uint8Array | string, options: RenameOptions = {}): void {
  prepareAtomicWrite(target, data, options).commit();
}
