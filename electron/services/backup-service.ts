// Backups of the programme database: online copies (SQLite's backup API, safe while the app runs), automatic ones
// kept in a folder beside the database, and restore: the backup is read as a bundle and replaces the current
// programme in one transaction, so a bad or cut-off restore leaves the database as it was.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import {
  automaticBackupSchema,
  backupFileSchema,
  type BackupComparison,
  type BackupEntry,
  type ProgrammeCounts,
} from '../../shared/domain/backup';
import { regionTitle } from '../../shared/domain/regency';
import { NotFoundError, UserError } from '../../shared/errors';
import { parseOrThrow } from '../../shared/validation/messages';
import { DatabaseOpenError } from '../../shared/errors';
import { openDatabase, type Db } from '../db/connection';
import { createRepositories, type Repositories } from '../repositories/repositories';
import { exportBundle, importBundle, type ImportSummary } from './bundle-service';

const KEEP_AUTOMATIC = 10;

function counts(repos: Repositories): ProgrammeCounts {
  const regency = repos.regency.get();
  return {
    regency: regency ? regionTitle(regency) : null,
    year: repos.programme.get()?.year ?? null,
    units: repos.units.count(),
    people: repos.people.count(),
    positions: repos.positions.count(),
    signatories: repos.closureSignatories.count(),
    sections: repos.sections.list().filter((s) => s.body.trim() !== '').length,
    documents: repos.documentRenders.count(),
  };
}

function stamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** Opens a backup given as bytes in a private temp folder, runs `fn` on it, and removes the copy. */
async function withBackup<T>(input: unknown, fn: (repos: Repositories) => T): Promise<T> {
  const request = parseOrThrow(backupFileSchema, input, 'Berkas cadangan tidak valid');
  const dir = mkdtempSync(join(tmpdir(), 'scd-restore-'));
  try {
    const file = join(dir, 'cadangan.db');
    writeFileSync(file, Buffer.from(request.base64, 'base64'));
    let opened;
    try {
      opened = await openDatabase(file);
    } catch (error) {
      if (error instanceof DatabaseOpenError) throw new UserError(`${request.fileName} tidak dapat dipulihkan: ${error.message}`);
      throw error;
    }
    try {
      return fn(createRepositories(opened.db));
    } finally {
      opened.db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function backupService(db: Db, repos: Repositories, now: () => string) {
  const automaticDir = () => join(dirname(db.name), 'cadangan');

  return {
    /** An online backup of the open database into `file`. */
    async createAt(file: string): Promise<BackupEntry> {
      await db.backup(file);
      return { file, sizeBytes: statSync(file).size, createdAt: now() };
    },

    /** A dated automatic backup beside the database; only the newest ten are kept. */
    async automatic(): Promise<BackupEntry> {
      const dir = automaticDir();
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${basename(db.name).replace(/\.db$/, '')}-${stamp(now())}.db`);
      await db.backup(file);
      const old = readdirSync(dir)
        .filter((f) => f.endsWith('.db'))
        .sort()
        .reverse()
        .slice(KEEP_AUTOMATIC);
      for (const f of old) rmSync(join(dir, f), { force: true });
      return { file, sizeBytes: statSync(file).size, createdAt: now() };
    },

    list(): BackupEntry[] {
      const dir = automaticDir();
      let names: string[];
      try {
        names = readdirSync(dir).filter((f) => f.endsWith('.db'));
      } catch {
        return [];
      }
      return names
        .sort()
        .reverse()
        .map((f) => {
          const stat = statSync(join(dir, f));
          return { file: join(dir, f), sizeBytes: stat.size, createdAt: stat.mtime.toISOString() };
        });
    },

    /** The bytes of one automatic backup, to inspect and restore like a file the user picked. */
    readAutomatic(input: unknown): { fileName: string; base64: string } {
      const { name } = parseOrThrow(automaticBackupSchema, input, 'Cadangan tidak valid');
      const file = join(automaticDir(), name);
      if (!existsSync(file)) throw new NotFoundError(`Cadangan ${name} tidak ditemukan.`);
      return { fileName: name, base64: readFileSync(file).toString('base64') };
    },

    /** What the backup holds and what it would replace, for the confirmation. */
    inspect: (input: unknown): Promise<BackupComparison> =>
      withBackup(input, (backup) => ({ backup: counts(backup), current: counts(repos) })),

    /** Replaces the whole programme with the backup's, in one transaction. */
    restore: (input: unknown): Promise<ImportSummary> =>
      withBackup(input, (backup) => importBundle(repos, JSON.parse(JSON.stringify(exportBundle(backup))), { replace: true })),
  };
}
