// A start that explains itself. When the database cannot be opened (made by a newer version, damaged, held by
// another program, read-only) or SQLite's native module does not load (an antivirus quarantined it), the clerk
// gets an Indonesian dialog saying what happened and what can be done: open another database, restore a backup,
// try again, or quit. Quitting releases the single-instance lock and exits, so the next double-click starts
// normally instead of finding a windowless process. Plain TypeScript behind a seam; tests run it in Node.
import { closeSync, copyFileSync, existsSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type StartupFailureKind = 'newer-schema' | 'damaged' | 'locked' | 'read-only' | 'native-module' | 'unknown';
export type StartupChoice = 'open-other' | 'restore' | 'retry' | 'quit';

export interface StartupDialog {
  kind: StartupFailureKind;
  title: string;
  message: string;
  detail: string;
  /** Buttons in order; the last is always Keluar. */
  buttons: { label: string; choice: StartupChoice }[];
}

/** What only Electron can do; the tests pass a scripted stand-in. */
export interface StartupSeam {
  /** Shows the dialog and returns the index of the button pressed (closing it counts as the last, Keluar). */
  showFailure(dialog: StartupDialog): Promise<number>;
  /** A database file to open instead, or null when cancelled. */
  chooseDatabase(defaultFolder: string): Promise<string | null>;
  /** A backup file to restore, or null when cancelled. */
  chooseBackup(defaultFolder: string): Promise<string | null>;
  /** Releases the single-instance lock (before exiting, so the next start is not turned away). */
  releaseLock(): void;
  exit(code: number): void;
  log(error: unknown): void;
}

const NATIVE_MODULE =
  /better_sqlite3\.node|NODE_MODULE_VERSION|bindings file|not a valid Win32 application|specified module could not be found|dlopen|ERR_DLOPEN_FAILED/i;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Sorts a start failure by what the clerk can do about it. The database messages are the app's own. */
export function classifyStartupError(error: unknown): StartupFailureKind {
  const text = messageOf(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_DLOPEN_FAILED' || NATIVE_MODULE.test(text)) return 'native-module';
  if (/versi aplikasi yang lebih baru/.test(text)) return 'newer-schema';
  if (/sedang dipakai program lain|database is locked|SQLITE_BUSY/i.test(text)) return 'locked';
  if (/hanya-baca/.test(text)) return 'read-only';
  if (/rusak|bukan basis data|tidak cocok dengan aplikasi ini|berisi basis data lain/.test(text)) return 'damaged';
  return 'unknown';
}

const OPEN_OTHER = { label: 'Buka basis data lain…', choice: 'open-other' } as const;
const RESTORE = { label: 'Pulihkan dari cadangan…', choice: 'restore' } as const;
const RETRY = { label: 'Coba lagi', choice: 'retry' } as const;
const QUIT = { label: 'Keluar', choice: 'quit' } as const;

export function startupDialog(error: unknown, databaseFile: string): StartupDialog {
  const kind = classifyStartupError(error);
  const said = messageOf(error);
  const base = { kind, detail: said };
  switch (kind) {
    case 'native-module':
      return {
        ...base,
        title: 'Smart City Desk tidak dapat dimulai',
        message: 'Komponen basis data (SQLite) aplikasi ini tidak dapat dimuat.',
        detail: `Biasanya antivirus mengarantina berkas better_sqlite3.node, atau pemasangan tidak lengkap. Kembalikan berkas itu dari karantina antivirus, atau pasang ulang Smart City Desk. Basis data Anda tidak diubah.\n\nRincian: ${said}`,
        buttons: [QUIT],
      };
    case 'newer-schema':
      return {
        ...base,
        title: 'Basis data dari versi yang lebih baru',
        message: 'Basis data ini dibuat oleh versi Smart City Desk yang lebih baru.',
        detail: `${said}\n\nAnda dapat membuka basis data lain, atau memulihkan cadangan lama (basis data sekarang disimpan dengan nama lain, tidak dihapus).`,
        buttons: [OPEN_OTHER, RESTORE, QUIT],
      };
    case 'damaged':
      return {
        ...base,
        title: 'Basis data rusak',
        message: 'Basis data tidak dapat dibaca: berkasnya rusak atau bukan milik Smart City Desk.',
        detail: `${said}\n\nPulihkan dari cadangan (folder "cadangan" di samping basis data, atau berkas .bak); berkas yang rusak disimpan dengan nama lain, tidak dihapus.`,
        buttons: [RESTORE, OPEN_OTHER, QUIT],
      };
    case 'locked':
      return {
        ...base,
        title: 'Basis data sedang dipakai',
        message: 'Basis data sedang dipakai program lain.',
        detail: `${said}\n\nTutup program itu (misalnya impor dari baris perintah), lalu pilih Coba lagi.`,
        buttons: [RETRY, OPEN_OTHER, QUIT],
      };
    case 'read-only':
      return {
        ...base,
        title: 'Basis data hanya-baca',
        message: 'Basis data tidak dapat ditulis.',
        detail: `${said}\n\nUbah izinnya lalu pilih Coba lagi, atau buka salinan di folder yang dapat ditulis.`,
        buttons: [RETRY, OPEN_OTHER, QUIT],
      };
    default:
      return {
        ...base,
        title: 'Smart City Desk tidak dapat dimulai',
        message: `Basis data ${databaseFile} tidak dapat dibuka.`,
        detail: `Rincian: ${said}`,
        buttons: [OPEN_OTHER, RESTORE, RETRY, QUIT],
      };
  }
}

const SQLITE_HEADER = 'SQLite format 3\0';

function isSqliteFile(file: string): boolean {
  if (!existsSync(file) || !statSync(file).isFile()) return false;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/**
 * Puts a backup in place of a database that cannot be opened: the current file and its -wal/-shm are kept under
 * a new name (`….db.tidak-terbuka-<time>`), never deleted, then the backup is copied in. Returns the kept name.
 */
export function restoreDatabaseFile(backup: string, target: string, now: () => Date = () => new Date()): string | null {
  if (!isSqliteFile(backup)) {
    throw new Error(`Berkas ${backup} bukan cadangan basis data SQLite; tidak ada yang diubah.`);
  }
  const stamp = now().toISOString().replace(/[:.]/g, '-');
  const kept = `${target}.tidak-terbuka-${stamp}`;
  let moved: string | null = null;
  for (const suffix of ['', '-wal', '-shm']) {
    if (!existsSync(target + suffix)) continue;
    renameSync(target + suffix, kept + suffix);
    if (suffix === '') moved = kept;
  }
  copyFileSync(backup, target);
  return moved;
}

export interface RecoveryOptions<T> {
  databaseFile: string;
  /** Opens the database (and whatever else may fail before a window exists); throws on failure. */
  open(file: string): Promise<T>;
  seam: StartupSeam;
  restore?: (backup: string, target: string) => void;
}

/**
 * Opens the database, and on failure asks the clerk what to do until it opens or they quit. Returns what `open`
 * returned, or null after quitting (the lock released and exit requested).
 */
export async function openWithRecovery<T>(options: RecoveryOptions<T>): Promise<{ value: T; file: string } | null> {
  const { seam } = options;
  const restore = options.restore ?? ((backup, target) => void restoreDatabaseFile(backup, target));
  let file = options.databaseFile;
  let lastError: unknown = null;
  for (;;) {
    if (lastError === null) {
      try {
        return { value: await options.open(file), file };
      } catch (error) {
        seam.log(error);
        lastError = error;
      }
    }
    const dialog = startupDialog(lastError, file);
    const pressed = await seam.showFailure(dialog);
    const choice = dialog.buttons[pressed]?.choice ?? 'quit';
    if (choice === 'quit') {
      seam.releaseLock();
      seam.exit(1);
      return null;
    }
    if (choice === 'retry') {
      lastError = null;
      continue;
    }
    if (choice === 'open-other') {
      const other = await seam.chooseDatabase(dirname(file));
      if (other === null) continue; // back to the same dialog
      file = other;
      lastError = null;
      continue;
    }
    // restore
    const backup = await seam.chooseBackup(join(dirname(file), 'cadangan'));
    if (backup === null) continue;
    try {
      restore(backup, file);
      lastError = null;
    } catch (error) {
      seam.log(error);
      lastError = error;
    }
  }
}
