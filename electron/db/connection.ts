// Opens the programme database: refuses files it must not touch, then sets WAL and foreign keys, writes an online
// backup beside an existing file before migrating it, and applies pending migrations.
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { DatabaseOpenError } from '../../shared/errors';
import { applyPendingMigrations, appliedMigrations, checkMigrationHistory, LATEST_VERSION } from './migrations';

/** A named interface so that declarations of the services can refer to the connection type. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Db extends Database.Database {}

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron keeps its own). */
  nativeBinding?: string;
  /** Clock for recorded times; tests pass a fixed one. */
  now?: () => string;
}

export interface OpenedDatabase {
  db: Db;
  file: string;
  /** Migrations applied by this open. */
  migrated: number[];
  /** Backup written before migrating an existing database, if any. */
  backupFile: string | null;
}

const SQLITE_HEADER = 'SQLite format 3\0';

function assertSqliteFile(file: string): void {
  if (!existsSync(file)) return;
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

function backupName(file: string, fromVersion: number, now: string): string {
  return `${file}.sebelum-migrasi-v${fromVersion}-${now.replace(/[:.]/g, '-')}.bak`;
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const now = options.now ?? (() => new Date().toISOString());
  assertSqliteFile(file);
  const driverOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const db = new Database(file, driverOptions);
  try {
    const applied = appliedMigrations(db);
    checkMigrationHistory(db, applied, file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    let backupFile: string | null = null;
    if (applied.length > 0 && applied.length < LATEST_VERSION) {
      backupFile = backupName(file, applied.at(-1)!.version, now());
      await db.backup(backupFile);
    }
    const migrated = applyPendingMigrations(db, applied, now);
    return { db, file, migrated, backupFile };
  } catch (error) {
    db.close();
    if (error instanceof Error && 'code' in error && error.code === 'SQLITE_NOTADB') {
      throw new DatabaseOpenError(`Berkas ${file} bukan basis data SQLite atau rusak. Berkas tidak diubah.`);
    }
    throw error;
  }
}

export interface CheckReport {
  ok: boolean;
  integrity: string[];
  foreignKeyViolations: { table: string; rowid: number; parent: string }[];
  schemaVersion: number;
  latestVersion: number;
}

/** Integrity check, foreign-key check and schema version, as `check` reports them. */
export function checkDatabase(db: Db): CheckReport {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const foreignKeyViolations = (db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]).map(
    (r) => ({ table: r.table, rowid: r.rowid, parent: r.parent }),
  );
  const schemaVersion = appliedMigrations(db).at(-1)?.version ?? 0;
  const ok =
    integrity.length === 1 && integrity[0] === 'ok' && foreignKeyViolations.length === 0 && schemaVersion === LATEST_VERSION;
  return { ok, integrity, foreignKeyViolations, schemaVersion, latestVersion: LATEST_VERSION };
}
