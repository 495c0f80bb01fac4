// Write transactions begin IMMEDIATE: the write lock is taken at BEGIN, where SQLite honours busy_timeout and waits
// for another process's write to finish. A deferred transaction takes it at its first write instead, and there
// SQLite answers SQLITE_BUSY at once (waiting could deadlock two readers upgrading), so the timeout never applied.
import type Database from 'better-sqlite3';
import { storageError } from '../services/sqlite-errors';

type Connection = Database.Database;

/** Runs fn in an IMMEDIATE transaction (a savepoint when one is already open); a lock held too long becomes a UserError. */
export function writeTransaction<T>(db: Connection, fn: () => T): T {
  try {
    return db.transaction(fn).immediate();
  } catch (error) {
    throw storageError(error);
  }
}

/**
 * Makes `db.transaction(fn)` return its IMMEDIATE variant, so that every transaction on this connection, including
 * those written before writeTransaction existed, waits for a lock instead of failing. `.deferred`, `.exclusive` and
 * `.default` stay available on the returned function. Nested calls still become savepoints.
 */
export function beginTransactionsImmediately(db: Connection): void {
  const original = db.transaction.bind(db);
  const immediate = ((fn: (...args: never[]) => unknown) => original(fn).immediate) as Connection['transaction'];
  Object.defineProperty(db, 'transaction', { value: immediate, configurable: true, writable: true });
}
