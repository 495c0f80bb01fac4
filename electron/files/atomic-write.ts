// Writes a file atomically: into a temporary file beside the target, flushed, then renamed over it. A reader
// sees the old file or the new one, never half of one; a failure leaves the old file intact.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
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
    case 'EBUSY':
      return new UserError(
        `Tidak dapat menulis ${target}: berkas sedang dibuka program lain. Tutup berkas itu lalu coba lagi; berkas lama tidak berubah.`,
      );
    case 'ENOENT':
      return new UserError(`Tidak dapat menulis ${target}: folder ${dirname(target)} tidak ada.`);
    case 'ENOSPC':
      return new UserError(`Tidak dapat menulis ${target}: disk penuh.`);
    case 'EISDIR':
      return new UserError(`Tidak dapat menulis ${target}: itu sebuah folder.`);
    default:
      return error;
  }
}

export function writeFileAtomic(target: string, data: Uint8Array | string): void {
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
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw describeWriteError(error, target);
  }
}
