// Reads a bundle file from disk as the CLI takes it: UTF-8 with or without a byte-order mark (Notepad and
// PowerShell write one), parsed as JSON; every failure is a UserError naming the file.
import { readFileSync } from 'node:fs';
import { UserError } from '../../shared/errors';

/** JSON text of a bundle, without the byte-order mark a Windows editor may have put first. */
export function parseBundleText(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new UserError(`Berkas ${file} bukan JSON yang valid: ${(error as Error).message}. Basis data tidak diubah.`);
  }
}

export function readBundleFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `Berkas bundel ${file} tidak ditemukan.`
        : code === 'EISDIR'
          ? `${file} adalah folder, bukan berkas bundel.`
          : `Berkas bundel ${file} tidak dapat dibaca (${code ?? 'galat'}).`,
    );
  }
  return parseBundleText(text, file);
}
