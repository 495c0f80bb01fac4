// Shared plumbing of CLI commands: opening the database, exit codes, and how errors are printed.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isUserError, UserError, ValidationError } from '../../shared/errors';
import { openDatabase, type OpenedDatabase } from '../db/connection';
import { defaultDatabasePath } from '../db/default-location';
import { createServices, type Services } from '../services/services';
import { translateSqliteError } from '../services/sqlite-errors';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_UNEXPECTED = 2;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export function resolveDatabasePath(db: string | undefined): string {
  return resolve(db ?? defaultDatabasePath());
}

export interface DatabaseUse {
  /**
   * create: the database (and its folder) is made when missing (demo, import); existing: it must exist (commands
   * that use a programme); read: it must exist and is opened read-only (check).
   */
  mode?: 'create' | 'existing' | 'read';
}

async function open(file: string, mode: NonNullable<DatabaseUse['mode']>): Promise<OpenedDatabase> {
  if (mode === 'create') {
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (error) {
      throw new UserError(
        `Folder ${dirname(file)} tidak dapat dibuat (${(error as NodeJS.ErrnoException).code ?? 'galat'}): periksa lokasi dan izinnya.`,
      );
    }
  }
  return openDatabase(file, { readOnly: mode === 'read', mustExist: mode !== 'create' });
}

/** Opens the database and runs fn on it; never creates a database unless mode is create. */
export async function withDatabase<T>(
  db: string | undefined,
  fn: (opened: OpenedDatabase, file: string) => Promise<T> | T,
  use: DatabaseUse = {},
): Promise<T> {
  const file = resolveDatabasePath(db);
  const opened = await open(file, use.mode ?? 'existing');
  try {
    return await fn(opened, file);
  } finally {
    opened.db.close();
  }
}

export async function withServices<T>(
  db: string | undefined,
  fn: (services: Services, file: string) => Promise<T> | T,
  use: DatabaseUse = {},
): Promise<T> {
  return withDatabase(db, (opened, file) => fn(createServices(opened.db), file), use);
}

/** Prints an error the way a clerk should read it and returns the exit code. */
export function reportError(error: unknown, io: Io): number {
  if (error instanceof ValidationError) {
    io.err(error.message);
    return EXIT_BAD_INPUT;
  }
  if (isUserError(error)) {
    io.err(error.message);
    return EXIT_BAD_INPUT;
  }
  // A storage fault that reached here without a message of its own (locked, read-only, disk full, damaged).
  const storage = translateSqliteError(error);
  if (isUserError(storage)) {
    io.err(storage.message);
    return EXIT_BAD_INPUT;
  }
  const detail =
    error instanceof Error ? (process.env.SCD_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
  io.err(`Terjadi kesalahan tak terduga: ${detail}`);
  return EXIT_UNEXPECTED;
}
