// A start that explains itself: each way the database or SQLite's native module can fail at start ends in the
// Indonesian dialog with what can be done, and quitting releases the single-instance lock before exiting. Real
// database files and the app's own openDatabase; only the dialogs are scripted.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../electron/db/connection';
import {
  classifyStartupError,
  openWithRecovery,
  restoreDatabaseFile,
  type StartupChoice,
  type StartupDialog,
  type StartupSeam,
} from '../../../electron/main/startup';
import { tempDir } from '../../helpers/temp-db';

const cleanups: (() => void)[] = [];
const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) if (o.db.open) o.db.close();
  for (const c of cleanups.splice(0)) c();
});

function folder(): string {
  const { dir, cleanup } = tempDir('scd-startup-');
  cleanups.push(cleanup);
  return dir;
}

async function makeDatabase(file: string): Promise<void> {
  const o = await openDatabase(file);
  o.db.close();
}

/** A seam that answers each dialog with the next scripted choice and records everything. */
function scriptedSeam(
  answers: (StartupChoice | ((d: StartupDialog) => StartupChoice))[],
  files: { database?: (string | null)[]; backup?: (string | null)[] } = {},
) {
  const events: string[] = [];
  const dialogs: StartupDialog[] = [];
  const seam: StartupSeam = {
    async showFailure(d) {
      dialogs.push(d);
      const next = answers.shift() ?? 'quit';
      const choice = typeof next === 'function' ? next(d) : next;
      events.push(`dialog:${d.kind}:${choice}`);
      const index = d.buttons.findIndex((b) => b.choice === choice);
      if (index < 0) throw new Error(`no button ${choice} in ${d.kind}: ${d.buttons.map((b) => b.choice).join(',')}`);
      return index;
    },
    async chooseDatabase(defaultFolder) {
      events.push(`chooseDatabase:${defaultFolder}`);
      return files.database?.shift() ?? null;
    },
    async chooseBackup(defaultFolder) {
      events.push(`chooseBackup:${defaultFolder}`);
      return files.backup?.shift() ?? null;
    },
    releaseLock: () => events.push('releaseLock'),
    exit: (code) => events.push(`exit:${code}`),
    log: () => undefined,
  };
  return { seam, events, dialogs };
}

const open = async (file: string) => {
  const o = await openDatabase(file);
  opened.push(o);
  return o;
};

describe('start with a database that cannot be opened', () => {
  it('made by a newer version: says so in Indonesian and opens another database the clerk picks', async () => {
    const dir = folder();
    const file = join(dir, 'smart-city-desk.db');
    await makeDatabase(file);
    const raw = new Database(file);
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, '099-masa-depan', '2030-01-01')").run();
    raw.close();
    const other = join(dir, 'lain.db');
    await makeDatabase(other);
    const { seam, events, dialogs } = scriptedSeam(['open-other'], { database: [other] });
    const result = await openWithRecovery({ databaseFile: file, open, seam });
    expect(result?.file).toBe(other);
    expect(dialogs[0]).toMatchObject({ kind: 'newer-schema', title: 'Basis data dari versi yang lebih baru' });
    expect(dialogs[0]!.detail).toContain('versi aplikasi yang lebih baru');
    expect(dialogs[0]!.buttons.map((b) => b.label)).toEqual(['Buka basis data lain…', 'Pulihkan dari cadangan…', 'Keluar']);
    expect(events).toEqual(['dialog:newer-schema:open-other', `chooseDatabase:${dir}`]);
  });

  it('damaged: restores a backup the clerk picks, keeping the damaged file under another name', async () => {
    const dir = folder();
    const file = join(dir, 'smart-city-desk.db');
    const damaged = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(8192, 0x5a)]);
    writeFileSync(file, damaged);
    const backup = join(dir, 'cadangan-baik.db');
    await makeDatabase(backup);
    const { seam, events, dialogs } = scriptedSeam(['restore'], { backup: [backup] });
    const result = await openWithRecovery({ databaseFile: file, open, seam });
    expect(result?.file).toBe(file);
    expect(dialogs[0]).toMatchObject({ kind: 'damaged', title: 'Basis data rusak' });
    expect(dialogs[0]!.buttons[0]!.label).toBe('Pulihkan dari cadangan…');
    expect(events).toEqual(['dialog:damaged:restore', `chooseBackup:${join(dir, 'cadangan')}`]);
    const kept = readdirSync(dir).filter((n) => n.startsWith('smart-city-desk.db.tidak-terbuka-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0]!)).equals(damaged)).toBe(true);
  });

  it('held by another program: waits for it, then Coba lagi opens it', async () => {
    const dir = folder();
    const file = join(dir, 'smart-city-desk.db');
    await makeDatabase(file);
    // As another program holding it (an import from the command line): readers locked out too.
    const holder = new Database(file);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN IMMEDIATE; UPDATE schema_migrations SET version = version; COMMIT');
    const { seam, dialogs } = scriptedSeam([
      () => {
        holder.close();
        return 'retry';
      },
    ]);
    const result = await openWithRecovery({ databaseFile: file, open, seam });
    expect(result?.file).toBe(file);
    expect(dialogs[0]).toMatchObject({ kind: 'locked', title: 'Basis data sedang dipakai' });
    expect(dialogs[0]!.detail).toContain('sedang dipakai program lain');
  }, 20_000);

  it("SQLite's native module does not load (quarantined): only Keluar, which releases the lock and exits", async () => {
    const dir = folder();
    const fakeAddon = join(dir, 'better_sqlite3.node');
    writeFileSync(fakeAddon, 'dikarantina oleh antivirus');
    const { seam, events, dialogs } = scriptedSeam(['quit']);
    const result = await openWithRecovery({
      databaseFile: join(dir, 'smart-city-desk.db'),
      open: (file) => openDatabase(file, { nativeBinding: fakeAddon }),
      seam,
    });
    expect(result).toBeNull();
    expect(dialogs[0]).toMatchObject({ kind: 'native-module' });
    expect(dialogs[0]!.detail).toContain('antivirus');
    expect(dialogs[0]!.buttons.map((b) => b.label)).toEqual(['Keluar']);
    // The lock goes before the exit: the next double-click must start normally.
    expect(events).toEqual(['dialog:native-module:quit', 'releaseLock', 'exit:1']);
  });

  it('read-only: says so and offers to try again or open another', async () => {
    const error = new Error('Basis data x tidak dapat ditulis: berkasnya hanya-baca. Ubah izinnya …');
    expect(classifyStartupError(error)).toBe('read-only');
  });

  it('a cancelled file choice goes back to the same dialog; a backup that is no database is refused and said', async () => {
    const dir = folder();
    const file = join(dir, 'smart-city-desk.db');
    writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4096, 1)]));
    const notABackup = join(dir, 'catatan.txt');
    writeFileSync(notABackup, 'bukan cadangan');
    const { seam, events, dialogs } = scriptedSeam(['open-other', 'restore', 'quit'], { database: [null], backup: [notABackup] });
    expect(await openWithRecovery({ databaseFile: file, open, seam })).toBeNull();
    expect(events).toEqual([
      'dialog:damaged:open-other',
      `chooseDatabase:${dir}`,
      'dialog:damaged:restore',
      `chooseBackup:${join(dir, 'cadangan')}`,
      'dialog:unknown:quit',
      'releaseLock',
      'exit:1',
    ]);
    expect(dialogs[2]!.detail).toContain('bukan cadangan basis data SQLite');
    expect(existsSync(file)).toBe(true);
  });
});

describe('classifyStartupError', () => {
  it('sorts native-module failures as Windows and Linux word them', () => {
    expect(classifyStartupError(new Error('The specified module could not be found.\r\n\\\\?\\C:\\x\\better_sqlite3.node'))).toBe(
      'native-module',
    );
    expect(
      classifyStartupError(new Error('was compiled against a different Node.js version using NODE_MODULE_VERSION 127')),
    ).toBe('native-module');
    expect(classifyStartupError(Object.assign(new Error('x'), { code: 'ERR_DLOPEN_FAILED' }))).toBe('native-module');
    expect(classifyStartupError(new Error('Disk penuh'))).toBe('unknown');
  });

  it('restoreDatabaseFile keeps the -wal and -shm of the file it replaces', async () => {
    const dir = folder();
    const file = join(dir, 'a.db');
    writeFileSync(file, 'x');
    writeFileSync(`${file}-wal`, 'w');
    const backup = join(dir, 'b.db');
    await makeDatabase(backup);
    const kept = restoreDatabaseFile(backup, file, () => new Date('2026-11-30T01:02:03Z'));
    expect(kept).toBe(`${file}.tidak-terbuka-2026-11-30T01-02-03-000Z`);
    expect(readFileSync(`${kept}-wal`, 'utf8')).toBe('w');
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(readFileSync(file).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });
});
