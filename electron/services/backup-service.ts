// Backups of the programme database: online copies (SQLite's backup API, safe while the app runs) to a folder or
// flash drive the user picks, recorded so the screen can say how old the last one is; automatic ones beside the
// database, kept by start, day and week (backup-retention.ts); and restore: the backup is opened with the app's own
// SQLite build, read as a bundle and replaces the current programme in one transaction, so a bad or cut-off restore
// leaves the database as it was.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  automaticBackupSchema,
  backupFileSchema,
  externalCopyAge,
  type BackupComparison,
  type BackupEntry,
  type BackupOverview,
  type ExternalCopy,
  type ProgrammeCounts,
} from '../../shared/domain/backup';
import { regionTitle } from '../../shared/domain/regency';
import { DatabaseOpenError, NotFoundError, UserError } from '../../shared/errors';
import { parseOrThrow } from '../../shared/validation/messages';
import { openDatabase, type Db, type OpenOptions } from '../db/connection';
import { readLocalSetting, writeLocalSetting } from '../db/local-settings';
import { assertReplaceable, renameWithRetry } from '../files/atomic-write';
import { privateTempDir } from '../files/private-temp';
import { removeQuietly, type Remove } from '../files/remove-temp';
import { createRepositories, type Repositories } from '../repositories/repositories';
import { backupsToKeep, backupStamp, instantOfBackupName, RETENTION, type RetentionPolicy } from './backup-retention';
import { exportBundle, importBundle, type ImportSummary } from './bundle-service';

const LAST_EXTERNAL = 'backup.lastExternal';

export interface BackupOptions {
  /** The better_sqlite3.node the app itself loads (Electron's own build): a backup is opened with the same one. */
  nativeBinding?: string;
  /** Opens a backup under inspection (tests watch the options passed). */
  open?: (file: string, options: OpenOptions) => ReturnType<typeof openDatabase>;
  /** Removes the temporary copy of a backup (tests inject one that fails, as a virus scanner holding it would). */
  removeTemp?: Remove;
  retention?: RetentionPolicy;
}

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

const samePath = (a: string, b: string) =>
  process.platform === 'win32' ? resolve(a).toLowerCase() === resolve(b).toLowerCase() : resolve(a) === resolve(b);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function backupService(db: Db, repos: Repositories, now: () => string, options: BackupOptions = {}) {
  const automaticDir = () => join(dirname(db.name), 'cadangan');
  const prefix = () => basename(db.name).replace(/\.db$/, '');
  const zone = () => repos.regency.get()?.tataNaskah.timeZone ?? 'WIB';
  const open = options.open ?? openDatabase;

  /** This database's automatic backups (`<name>-YYYYMMDD-HHMMSS.db`), newest first. */
  function automaticEntries(): BackupEntry[] {
    const dir = automaticDir();
    const own = new RegExp(`^${escapeRegExp(prefix())}-\\d{8}-\\d{6}\\.db$`);
    let names: string[];
    try {
      names = readdirSync(dir).filter((f) => own.test(f));
    } catch {
      return [];
    }
    return names
      .sort()
      .reverse()
      .flatMap((f) => {
        try {
          const stat = statSync(join(dir, f));
          return [{ file: join(dir, f), sizeBytes: stat.size, createdAt: instantOfBackupName(f) ?? stat.mtime.toISOString() }];
        } catch {
          return []; // removed meanwhile
        }
      });
  }

  /** Opens a backup given as bytes in a private temp folder, runs `fn` on it, and removes the copy. */
  async function withBackup<T>(input: unknown, fn: (repos: Repositories) => T): Promise<T> {
    const request = parseOrThrow(backupFileSchema, input, 'Berkas cadangan tidak valid');
    const dir = mkdtempSync(join(privateTempDir('pulihkan'), 'cadangan-'));
    try {
      const file = join(dir, 'cadangan.db');
      writeFileSync(file, Buffer.from(request.base64, 'base64'));
      let opened;
      try {
        opened = await open(file, { now, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
      } catch (error) {
        if (error instanceof DatabaseOpenError)
          throw new UserError(`${request.fileName} tidak dapat dipulihkan: ${error.message}`);
        throw error;
      }
      try {
        return fn(createRepositories(opened.db));
      } finally {
        opened.db.close();
      }
    } finally {
      // A scanner may still hold the copy just closed: it is left for the next start, the restore stands.
      removeQuietly(dir, options.removeTemp);
    }
  }

  function lastExternal(): ExternalCopy | null {
    const value = readLocalSetting(db, LAST_EXTERNAL) as Partial<ExternalCopy> | null;
    return value && typeof value.file === 'string' && typeof value.at === 'string' ? { file: value.file, at: value.at } : null;
  }

  return {
    /**
     * A copy of the open database into `file` (a folder or flash drive the user chose): written beside it under a
     * temporary name and put in place by rename, so an earlier copy of that name is replaced only by a whole one.
     * Recorded as the last external copy.
     */
    async createAt(file: string): Promise<BackupEntry> {
      if (samePath(file, db.name)) {
        throw new UserError('Salinan tidak dapat ditulis di atas basis data yang sedang dipakai. Pilih folder atau nama lain.');
      }
      assertReplaceable(file);
      const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
      try {
        await db.backup(temp);
        renameWithRetry(temp, file);
      } catch (error) {
        removeQuietly(temp);
        throw error;
      }
      const at = now();
      writeLocalSetting(db, LAST_EXTERNAL, { file, at } satisfies ExternalCopy, at);
      return { file, sizeBytes: statSync(file).size, createdAt: at };
    },

    /** Where the database lives and how old its last copy elsewhere is. */
    overview(): BackupOverview {
      const last = lastExternal();
      return {
        databaseFile: db.name,
        automaticFolder: automaticDir(),
        journalMode: String(db.pragma('journal_mode', { simple: true })).toUpperCase(),
        lastExternal: last,
        age: externalCopyAge(last?.at ?? null, now(), zone()),
      };
    },

    /**
     * A dated automatic backup beside the database, then the older ones pruned: the newest ten starts, the first of
     * each of the last seven days and the first of each of the last eight weeks stay.
     */
    async automatic(): Promise<BackupEntry> {
      const dir = automaticDir();
      mkdirSync(dir, { recursive: true });
      const createdAt = now();
      const file = join(dir, `${prefix()}-${backupStamp(createdAt)}.db`);
      await db.backup(file);
      const all = automaticEntries();
      const keep = backupsToKeep(
        all.map((e) => ({ name: e.file, createdAt: e.createdAt })),
        createdAt,
        zone(),
        options.retention ?? RETENTION,
      );
      keep.add(file);
      for (const e of all) if (!keep.has(e.file)) removeQuietly(e.file);
      return { file, sizeBytes: statSync(file).size, createdAt };
    },

    list: (): BackupEntry[] => automaticEntries(),

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
