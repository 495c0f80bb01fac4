// A temporary folder only the current user can enter (mode 700), for files such as the PDF handed to the system
// viewer to print: a shared folder under /tmp would let other users of the computer read them, or plant a link.
import { lstatSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The user's own base: XDG_RUNTIME_DIR when the session has one (already private), else the system temp folder. */
function base(): string {
  const runtime = process.env.XDG_RUNTIME_DIR;
  if (runtime && process.platform !== 'win32') {
    try {
      const stat = lstatSync(runtime);
      if (stat.isDirectory() && stat.uid === process.getuid?.() && (stat.mode & 0o077) === 0) return runtime;
    } catch {
      // no usable runtime folder: the temp folder is used
    }
  }
  return tmpdir();
}

/** Whether `dir` is a real folder (no link), ours, and closed to everyone else. */
function isPrivate(dir: string): boolean {
  if (process.platform === 'win32') return true; // %TEMP% is per user on Windows
  const stat = lstatSync(dir);
  return stat.isDirectory() && stat.uid === process.getuid?.() && (stat.mode & 0o077) === 0;
}

/**
 * `<temp>/smart-city-desk-<uid>/<purpose>`, made with mode 700. A folder of that name that is not ours or not
 * private (made by someone else beforehand) is never used: a fresh private one is made instead.
 */
export function privateTempDir(purpose: string): string {
  const uid = process.getuid?.() ?? 'pengguna';
  const root = join(base(), `smart-city-desk-${uid}`);
  mkdirSync(root, { recursive: true, mode: 0o700 });
  if (!isPrivate(root)) return mkdtempSync(join(tmpdir(), `smart-city-desk-${purpose}-`));
  const dir = join(root, purpose);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return isPrivate(dir) ? dir : mkdtempSync(join(root, `${purpose}-`));
}
