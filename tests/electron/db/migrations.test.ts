// Migrations against real files: from empty, from every earlier version (with a backup first), and refusals
// that leave the file untouched.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase, openDatabase } from '../../../electron/db/connection';
import { appliedMigrations, LATEST_VERSION, MIGRATIONS, migrationSql } from '../../../electron/db/migrations';
import { DatabaseOpenError } from '../../../shared/errors';
import { tempDir } from '../../helpers/temp-db';

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function newFile(name = 'db.sqlite'): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return join(dir, name);
}

/** Builds a database as an older app version left it: the first `version` migrations only. */
function databaseAtVersion(file: string, version: number): void {
  const db = new Database(file);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
  for (const m of MIGRATIONS.slice(0, version)) {
    db.exec(migrationSql(m));
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2021-01-01T00:00:00.000Z');
  }
  db.prepare("INSERT INTO unit (id, kind, name, sort_order) VALUES (7, 'dinas', 'Dinas Lama', 0)").run();
  db.close();
}

describe('migrations', () => {
  it('lists migrations in strictly increasing order with their SQL present', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(migrationSql(m).length).toBeGreaterThan(20);
    });
  });

  it('creates the whole schema in an empty file, recorded, with WAL and foreign keys on', async () => {
    const file = newFile();
    const { db, migrated, backupFile } = await openDatabase(file);
    expect(migrated).toEqual(MIGRATIONS.map((m) => m.version));
    expect(backupFile).toBeNull();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(appliedMigrations(db).map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(checkDatabase(db).ok).toBe(true);
    db.close();
  });

  it('opens an up-to-date database again without migrating or backing up', async () => {
    const file = newFile();
    (await openDatabase(file)).db.close();
    const again = await openDatabase(file);
    expect(again.migrated).toEqual([]);
    expect(again.backupFile).toBeNull();
    again.db.close();
  });

  for (let version = 1; version < LATEST_VERSION; version++) {
    it(`migrates a version-${version} database, keeping its data, after an online backup`, async () => {
      const file = newFile();
      databaseAtVersion(file, version);
      const { db, migrated, backupFile } = await openDatabase(file);
      expect(migrated).toEqual(MIGRATIONS.slice(version).map((m) => m.version));
      expect(db.prepare('SELECT name FROM unit WHERE id = 7').get()).toEqual({ name: 'Dinas Lama' });
      expect(checkDatabase(db).ok).toBe(true);
      db.close();
      expect(backupFile).not.toBeNull();
      const backup = new Database(backupFile!, { readonly: true });
      expect(appliedMigrations(backup).map((m) => m.version)).toEqual(MIGRATIONS.slice(0, version).map((m) => m.version));
      expect(backup.prepare('SELECT name FROM unit WHERE id = 7').get()).toEqual({ name: 'Dinas Lama' });
      backup.close();
    });
  }

  it('refuses a database made by a newer app and leaves it byte for byte unchanged', async () => {
    const file = newFile();
    databaseAtVersion(file, LATEST_VERSION);
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations VALUES (?, '999-future', '2030-01-01T00:00:00.000Z')").run(LATEST_VERSION + 1);
    db.close();
    const before = hash(file);
    await expect(openDatabase(file)).rejects.toThrow(/lebih baru/);
    expect(hash(file)).toBe(before);
  });

  it('refuses a database whose history is not a prefix of the known migrations', async () => {
    const file = newFile();
    databaseAtVersion(file, 1);
    const db = new Database(file);
    db.prepare("UPDATE schema_migrations SET name = '001-something-else' WHERE version = 1").run();
    db.close();
    const before = hash(file);
    const error = await openDatabase(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).toMatch(/tidak cocok/);
    expect(hash(file)).toBe(before);
  });

  it('refuses a file that is not SQLite, and a SQLite file of another application', async () => {
    const junk = newFile('notes.db');
    writeFileSync(junk, 'bukan basis data, hanya catatan');
    await expect(openDatabase(junk)).rejects.toThrow(/bukan basis data SQLite/);
    expect(readFileSync(junk, 'utf8')).toBe('bukan basis data, hanya catatan');

    const other = newFile('other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    db.close();
    const before = hash(other);
    await expect(openDatabase(other)).rejects.toThrow(/bukan milik Smart City Desk/);
    expect(hash(other)).toBe(before);
    expect(existsSync(`${other}-wal`)).toBe(false);
  });
});
