// Opens the programme database: refuses files it must not touch, then sets the journal mode (WAL, or DELETE on a
// network folder) and foreign keys, writes an online
// backup beside an existing file before migrating it, and applies pending migrations. Commands that only read open
// the file read-only and never create it. A storage fault (locked, read-only, disk full, damaged) becomes a
// DatabaseOpenError that says what to do.
import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseOpenError } from '../../shared/errors';
import { isBusy, storageError, StorageError } from '../services/sqlite-errors';
import { applyPendingMigrations, appliedMigrations, checkMigrationHistory, LATEST_VERSION } from './migrations';
import { isRemotePath, journalModeFor, type JournalMode } from './journal-mode';
import { beginTransactionsImmediately } from './transaction';

/** A named interface so that declarations of the services can refer to the connection type. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Db extends Database.Database {}

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron keeps its own). */
  nativeBinding?: string;
  /** Clock for recorded times; tests pass a fixed one. */
  now?: () => string;
  /** Only reads: the file must exist and is opened read-only; nothing is created, migrated or written. */
  readOnly?: boolean;
  /** The file must exist already (commands that use a programme, never start one). */
  mustExist?: boolean;
  /** Whether the file lies on a network drive the path does not show (tests inject one; default: isRemotePath). */
  isRemote?: (file: string) => boolean;
}

export interface OpenedDatabase {
  db: Db;
  file: string;
  /** Migrations applied by this open. */
  migrated: number[];
  /** Backup written before migrating an existing database, if any. */
  backupFile: string | null;
  /** WAL, or DELETE on a network folder (journal-mode.ts); what SQLite reports after setting it. */
  journalMode: JournalMode;
}

/** How long a write waits for another process's write to finish before giving up (also SQLite's busy_timeout). */
export const BUSY_TIMEOUT_MS = 5000;

const SQLITE_HEADER = 'SQLite format 3\0';

function assertSqliteFile(file: string, mustExist: boolean): void {
  if (!existsSync(file)) {
    if (mustExist) {
      throw new DatabaseOpenError(`Basis data ${file} tidak ada. Periksa nama berkas (--db); tidak ada yang dibuat.`);
    }
    return;
  }
  if (statSync(file).isDirectory()) throw new DatabaseOpenError(`${file} adalah folder, bukan berkas basis data.`);
  if (statSync(file).size === 0) return;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    if (head.toString('latin1') !== SQLITE_HEADER) {
      throw new DatabaseOpenError(`Berkas ${file} bukan basis data SQLite. Berkas tidak diubah.`);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether the process may write `path`: the OS says so (a read-only mount answers EROFS even to root) and the mode
 * leaves some write bit (root ignores the mode, but a file or folder marked read-only is the user's wish).
 */
function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
  } catch {
    return false;
  }
  return process.platform === 'win32' || (statSync(path).mode & 0o222) !== 0;
}

/** A database is written together with its -wal and -shm files beside it: file and folder must both be writable. */
function assertWritable(file: string): void {
  const folder = dirname(file);
  const readOnlyMessage = (what: string) =>
    `Basis data ${file} tidak dapat ditulis: ${what} hanya-baca. Ubah izinnya, atau salin basis data ke folder yang dapat ditulis lalu buka salinan itu; tidak ada yang diubah.`;
  if (existsSync(file) && !writable(file)) throw new StorageError(readOnlyMessage('berkasnya'));
  if (existsSync(folder) && !writable(folder)) throw new StorageError(readOnlyMessage(`folder ${folder}`));
}

function backupName(file: string, fromVersion: number, now: string): string {
  return `${file}.sebelum-migrasi-v${fromVersion}-${now.replace(/[:.]/g, '-')}.bak`;
}

/**
 * Applies pending migrations. Another process opening the same new database at the same moment may migrate first:
 * each migration waits for the other's lock, then finds its work done; the history is read again and the rest
 * applied.
 */
function migrate(db: Db, now: () => string): number[] {
  let applied = appliedMigrations(db);
  for (;;) {
    try {
      return applyPendingMigrations(db, applied, now);
    } catch (error) {
      const again = appliedMigrations(db);
      if (again.length === applied.length) throw error;
      applied = again;
    }
  }
}

function journalOf(db: Db): JournalMode {
  return String(db.pragma('journal_mode', { simple: true })).toUpperCase() === 'WAL' ? 'WAL' : 'DELETE';
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const now = options.now ?? (() => new Date().toISOString());
  const readOnly = options.readOnly ?? false;
  assertSqliteFile(file, readOnly || (options.mustExist ?? false));
  if (!readOnly) assertWritable(file);
  const driverOptions = {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    readonly: readOnly,
    fileMustExist: readOnly || (options.mustExist ?? false),
    timeout: BUSY_TIMEOUT_MS,
  };
  let db: Db;
  try {
    db = new Database(file, driverOptions);
  } catch (error) {
    throw storageError(error, file);
  }
  if (readOnly) return { db, file, migrated: [], backupFile: null, journalMode: journalOf(db) };
  try {
    beginTransactionsImmediately(db);
    const applied = appliedMigrations(db);
    checkMigrationHistory(db, applied, file);
    // WAL needs shared memory that a network share does not provide safely: there the rollback journal.
    const wanted = journalModeFor(file, { isRemote: options.isRemote ?? ((f) => isRemotePath(f)) });
    db.pragma(`journal_mode = ${wanted}`);
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    let backupFile: string | null = null;
    if (applied.length > 0 && applied.length < LATEST_VERSION) {
      backupFile = backupName(file, applied.at(-1)!.version, now());
      await db.backup(backupFile);
    }
    const migrated = migrate(db, now);
    return { db, file, migrated, backupFile, journalMode: journalOf(db) };
  } catch (error) {
    db.close();
    if (error instanceof Error && 'code' in error && error.code === 'SQLITE_NOTADB') {
      throw new DatabaseOpenError(`Berkas ${file} bukan basis data SQLite atau rusak. Berkas tidak diubah.`);
    }
    throw storageError(error, file);
  }
}

export interface CheckReport {
  ok: boolean;
  /** "ok", or what SQLite found wrong (printable text only, at most MAX_CHECK_LINES lines). */
  integrity: string[];
  foreignKeyViolations: { table: string; rowid: number; parent: string }[];
  /** 0 when the schema history cannot be read. */
  schemaVersion: number;
  latestVersion: number;
}

const MAX_CHECK_LINES = 20;

/** SQLite quotes damaged bytes in its messages: only printable text reaches the user, and not too much of it. */
function printable(text: string): string {
  const clean = text.replace(/[^\p{L}\p{N}\p{P}\p{Zs}+<>=|^~$`]/gu, '?');
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean;
}

function capped(lines: string[]): string[] {
  if (lines.length <= MAX_CHECK_LINES) return lines.map(printable);
  return [...lines.slice(0, MAX_CHECK_LINES).map(printable), `dan ${lines.length - MAX_CHECK_LINES} temuan lain`];
}

/** What a failed read says about the file; a lock held by another process is not damage and is thrown on. */
const damaged = (error: unknown) => {
  if (isBusy(error)) throw storageError(error);
  return `basis data rusak: ${printable(error instanceof Error ? error.message : String(error))}`;
};

/**
 * Integrity check, foreign-key check and schema version, as `check` reports them. A damaged file is a finding, never
 * a crash: what SQLite cannot read is reported as such. A database of an older schema is fine (it is migrated when
 * next opened for writing).
 */
export function checkDatabase(db: Db): CheckReport {
  let integrity: string[];
  try {
    integrity = capped((db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check));
  } catch (error) {
    integrity = [damaged(error)];
  }
  let foreignKeyViolations: CheckReport['foreignKeyViolations'];
  try {
    foreignKeyViolations = (db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]).map((r) => ({
      table: printable(String(r.table)),
      rowid: r.rowid,
      parent: printable(String(r.parent)),
    }));
  } catch (error) {
    foreignKeyViolations = [];
    if (integrity[0] === 'ok') integrity = [damaged(error)];
  }
  let schemaVersion = 0;
  try {
    schemaVersion = appliedMigrations(db).at(-1)?.version ?? 0;
  } catch (error) {
    if (integrity[0] === 'ok') integrity = [damaged(error)];
  }
  const ok =
    integrity.length === 1 &&
    integrity[0] === 'ok' &&
    foreignKeyViolations.length === 0 &&
    schemaVersion > 0 &&
    schemaVersion <= LATEST_VERSION;
  return { ok, integrity, foreignKeyViolations, schemaVersion, latestVersion: LATEST_VERSION };
}
