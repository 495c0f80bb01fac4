// Shared plumbing of CLI commands: opening the database, exit codes, and how errors are printed.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isUserError, ValidationError } from '../../shared/errors';
import { openDatabase } from '../db/connection';
import { defaultDatabasePath } from '../db/default-location';
import { createServices, type Services } from '../services/services';

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
  const file = resolve(db ?? defaultDatabasePath());
  mkdirSync(dirname(file), { recursive: true });
  return file;
}

export async function withServices<T>(
  db: string | undefined,
  fn: (services: Services, file: string) => Promise<T> | T,
): Promise<T> {
  const file = resolveDatabasePath(db);
  const opened = await openDatabase(file);
  try {
    return await fn(createServices(opened.db), file);
  } finally {
    opened.db.close();
  }
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
  const detail =
    error instanceof Error ? (process.env.SCD_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
  io.err(`Terjadi kesalahan tak terduga: ${detail}`);
  return EXIT_UNEXPECTED;
}
