// Ordered schema migrations, listed explicitly. Each runs in its own transaction and is recorded, so a database
// knows exactly which schema it has; anything unknown or out of order is refused before any write.
import type Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DatabaseOpenError } from '../../shared/errors';
import { upgradeToAnyRegency } from './upgrades/003-any-regency';

export interface Migration {
  version: number;
  name: string;
  /** Data moves that SQL alone cannot make, run after the SQL file in the same transaction. */
  upgrade?: (db: Database.Database, now: string) => void;
}

/** The known schema history. Append only: never edit or reorder an entry that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '001-initial' },
  { version: 2, name: '002-chapter-templates' },
  { version: 3, name: '003-any-regency', upgrade: upgradeToAnyRegency },
  { version: 4, name: '004-paperwork' },
  { version: 5, name: '005-text-templates' },
  { version: 6, name: '006-local-settings' },
  { version: 7, name: '007-masterplan-books' },
  { version: 8, name: '008-word-templates' },
  { version: 9, name: '009-stage-photos' },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** The SQL files sit beside this module in source and are copied beside the bundled main script. */
export function migrationSql(migration: Migration): string {
  return readFileSync(fileURLToPath(new URL(`./migrations/${migration.name}.sql`, import.meta.url)), 'utf8');
}

export interface AppliedMigration {
  version: number;
  name: string;
  appliedAt: string;
}

export function appliedMigrations(db: Database.Database): AppliedMigration[] {
  const table = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return [];
  return db
    .prepare('SELECT version, name, applied_at AS appliedAt FROM schema_migrations ORDER BY version')
    .all() as AppliedMigration[];
}

/**
 * Checks that what the database has applied is a prefix of what this app knows. Throws DatabaseOpenError with a
 * message for the user otherwise; reads only.
 */
export function checkMigrationHistory(db: Database.Database, applied: AppliedMigration[], file: string): void {
  const latestApplied = applied.at(-1)?.version ?? 0;
  if (latestApplied > LATEST_VERSION) {
    throw new DatabaseOpenError(
      `Basis data ${file} dibuat oleh versi aplikasi yang lebih baru (skema versi ${latestApplied}, aplikasi ini mengenal sampai versi ${LATEST_VERSION}). Perbarui aplikasi Smart City Desk; berkas tidak diubah.`,
    );
  }
  applied.forEach((m, i) => {
    const known = MIGRATIONS[i];
    if (!known || known.version !== m.version || known.name !== m.name) {
      throw new DatabaseOpenError(
        `Riwayat skema basis data ${file} tidak cocok dengan aplikasi ini (migrasi ke-${i + 1} tercatat "${m.name}", seharusnya "${known?.name ?? '-'}"). Berkas tidak diubah.`,
      );
    }
  });
  if (applied.length === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
    if (tables.n > 0) {
      throw new DatabaseOpenError(`Berkas ${file} berisi basis data lain, bukan milik Smart City Desk. Berkas tidak diubah.`);
    }
  }
}

/**
 * Applies every pending migration, each in its own transaction; returns the versions applied. Foreign keys are
 * off while a migration runs (SQLite's procedure for rebuilding a table: dropping the old one must not cascade),
 * and every reference is checked before the migration commits.
 */
export function applyPendingMigrations(db: Database.Database, applied: AppliedMigration[], now: () => string): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const done: number[] = [];
  const pending = MIGRATIONS.slice(applied.length);
  if (pending.length === 0) return done;
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    for (const migration of pending) {
      const sql = migrationSql(migration);
      db.transaction(() => {
        const at = now();
        db.exec(sql);
        migration.upgrade?.(db, at);
        const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
        if (broken.length > 0) {
          throw new DatabaseOpenError(
            `Migrasi ${migration.name} meninggalkan ${broken.length} rujukan yang putus (${broken[0]!.table} → ${broken[0]!.parent}); basis data tidak diubah.`,
          );
        }
        record.run(migration.version, migration.name, at);
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
      done.push(migration.version);
    }
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return done;
}
