// Settings of this database file on this computer (migration 006): small JSON values by key, outside the programme,
// so a bundle export, an import or a restore never carries or clears them.
import type Database from 'better-sqlite3';

export function readLocalSetting(db: Database.Database, key: string): unknown {
  let row: { value: string } | undefined;
  try {
    row = db.prepare('SELECT value FROM local_setting WHERE key = ?').get(key) as { value: string } | undefined;
  } catch {
    return null; // a database opened read-only before migration 006
  }
  if (!row) return null;
  try {
    return JSON.parse(row.value) as unknown;
  } catch {
    return null;
  }
}

export function writeLocalSetting(db: Database.Database, key: string, value: unknown, now: string): void {
  db.prepare(
    'INSERT INTO local_setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  ).run(key, JSON.stringify(value), now);
}
