// Backups on a clerk's PC: where the database lives and how old its last copy to a folder or flash drive is; the
// copy itself (whole or not at all, recorded, never over the live database); automatic backups pruned by start,
// day and week on an injected clock; a backup opened with the app's own SQLite build; a restore that stands when
// its temporary copy cannot be removed at once.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenOptions } from '../../../electron/db/connection';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { createServices } from '../../../electron/services/services';
import { backupService } from '../../../electron/services/backup-service';
import { externalCopyAge } from '../../../shared/domain/backup';
import { tempDir } from '../../helpers/temp-db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A database with a clock the test moves. */
async function clocked(start: string) {
  const { dir, cleanup } = tempDir();
  let now = start;
  const clock = {
    now: () => now,
    set: (iso: string) => {
      now = iso;
    },
  };
  const opened = await openDatabase(join(dir, 'programme.db'), { now: clock.now });
  cleanups.push(() => {
    if (opened.db.open) opened.db.close();
    cleanup();
  });
  return { dir, db: opened.db, clock, services: createServices(opened.db, { now: clock.now }) };
}

describe('externalCopyAge', () => {
  it('says never, today, yesterday and days ago on the regency calendar, stale from seven days', () => {
    expect(externalCopyAge(null, '2026-11-22T03:00:00Z')).toMatchObject({ days: null, stale: true });
    expect(externalCopyAge(null, '2026-11-22T03:00:00Z').text).toMatch(/Belum pernah disalin/);
    expect(externalCopyAge('2026-11-22T00:30:00Z', '2026-11-22T03:00:00Z')).toEqual({
      days: 0,
      text: 'Salinan terakhir ke folder lain atau flashdisk: hari ini pukul 07.30 WIB.',
      stale: false,
    });
    // 23:30 WIB the evening before is yesterday, though it is the same UTC day.
    expect(externalCopyAge('2026-11-21T16:30:00Z', '2026-11-21T18:00:00Z', 'WIB').text).toMatch(/kemarin pukul 23\.30 WIB/);
    expect(externalCopyAge('2026-11-15T03:00:00Z', '2026-11-21T03:00:00Z')).toMatchObject({ days: 6, stale: false });
    expect(externalCopyAge('2026-11-13T03:00:00Z', '2026-11-22T03:00:00Z')).toEqual({
      days: 9,
      text: 'Salinan terakhir ke folder lain atau flashdisk: 9 hari yang lalu (13/11/2026).',
      stale: true,
    });
  });
});

describe('copy to a folder or flash drive', () => {
  it('shows where the database lives, copies it whole, records when and where, and ages it with the clock', async () => {
    const t = await clocked('2026-11-02T01:00:00.000Z');
    t.services.bundle.import(demoBundle());
    const before = t.services.backup.overview();
    expect(before).toMatchObject({
      databaseFile: join(t.dir, 'programme.db'),
      automaticFolder: join(t.dir, 'cadangan'),
      journalMode: 'WAL',
      lastExternal: null,
      age: { days: null, stale: true },
    });
    const { dir: flash, cleanup } = tempDir('scd-flashdisk-');
    cleanups.push(cleanup);
    const target = join(flash, 'cadangan-smart-city-desk.db');
    writeFileSync(target, 'salinan lama yang akan diganti');
    const entry = await t.services.backup.createAt(target);
    expect(entry).toMatchObject({ file: target, createdAt: '2026-11-02T01:00:00.000Z' });
    expect(readdirSync(flash)).toEqual(['cadangan-smart-city-desk.db']); // no temporary file left beside it
    expect(readFileSync(target).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    // The copy holds the programme.
    const copy = await openDatabase(target, { readOnly: true });
    expect(createServices(copy.db).bundle.export()).toEqual(t.services.bundle.export());
    copy.db.close();

    t.clock.set('2026-11-02T05:00:00.000Z');
    expect(t.services.backup.overview()).toMatchObject({
      lastExternal: { file: target, at: '2026-11-02T01:00:00.000Z' },
      age: { days: 0, stale: false, text: expect.stringContaining('hari ini pukul 08.00 WIB') },
    });
    t.clock.set('2026-11-12T05:00:00.000Z');
    expect(t.services.backup.overview().age).toMatchObject({ days: 10, stale: true });
    // A restore or a bundle import replaces the programme, never the record of this file's copies.
    t.services.bundle.import(demoBundle(), { replace: true });
    expect(t.services.backup.overview().lastExternal).toEqual({ file: target, at: '2026-11-02T01:00:00.000Z' });
    expect(t.services.bundle.export()).not.toHaveProperty('localSettings');
  });

  it('refuses to write the copy over the live database', async () => {
    const t = await clocked('2026-11-02T01:00:00.000Z');
    await expect(t.services.backup.createAt(join(t.dir, 'programme.db'))).rejects.toThrow(/basis data yang sedang dipakai/);
    expect(t.services.backup.overview().lastExternal).toBeNull();
  });

  it('the channel asks the platform for the path and records the copy; a cancelled dialog records nothing', async () => {
    const { createHandlers } = await import('../../../electron/ipc/handlers');
    const t = await clocked('2026-11-02T01:00:00.000Z');
    const { dir: flash, cleanup } = tempDir('scd-flashdisk-');
    cleanups.push(cleanup);
    let cancel = true;
    const asked: string[] = [];
    const handlers = createHandlers(t.services, {
      chooseSavePath: async (name, format) => {
        asked.push(`${name} ${format}`);
        return cancel ? null : join(flash, name);
      },
    });
    expect(await handlers['backup.create'](undefined)).toBeNull();
    expect(t.services.backup.overview().lastExternal).toBeNull();
    cancel = false;
    const entry = await handlers['backup.create'](undefined);
    // The proposed name carries today's date on the regency's clock (the handler's, not the test's).
    expect(asked).toHaveLength(2);
    for (const a of asked) expect(a).toMatch(/^cadangan-smart-city-desk-\d{4}-\d{2}-\d{2}\.db db$/);
    expect(existsSync(entry!.file)).toBe(true);
    expect((await handlers['backup.overview'](undefined)).lastExternal).toEqual({
      file: entry!.file,
      at: '2026-11-02T01:00:00.000Z',
    });
  });
});

describe('automatic backups by start, day and week', () => {
  it('after 70 days of starts keeps the last ten, a week of days and eight weeks', async () => {
    const t = await clocked('2026-09-14T01:00:00.000Z');
    const first = Date.parse('2026-09-14T01:00:00.000Z'); // Monday 08:00 WIB
    for (let day = 0; day < 70; day++) {
      t.clock.set(new Date(first + day * 86_400_000).toISOString());
      await t.services.backup.automatic();
    }
    // Then twelve more starts on the last day, ten minutes apart.
    const lastDay = first + 69 * 86_400_000;
    for (let i = 1; i <= 12; i++) {
      t.clock.set(new Date(lastDay + i * 600_000).toISOString());
      await t.services.backup.automatic();
    }
    const names = t.services.backup.list().map((e) => e.file.split(/[\\/]/).pop()!);
    const days = [...new Set(names.map((n) => n.slice('programme-'.length, 'programme-'.length + 8)))].sort();
    // Today's ten newest and its first; the six days before; the first of each week back to eight weeks.
    const today = names.filter((n) => n.startsWith('programme-20261122-'));
    expect(today).toHaveLength(11);
    expect(days.slice(-7)).toEqual(['20261116', '20261117', '20261118', '20261119', '20261120', '20261121', '20261122']);
    expect(days.slice(0, -7)).toEqual(['20260928', '20261005', '20261012', '20261019', '20261026', '20261102', '20261109']);
    expect(names).toHaveLength(11 + 6 + 7);
    // Each entry's date comes from its name, newest first.
    const listed = t.services.backup.list();
    expect(listed[0]!.createdAt).toBe(new Date(lastDay + 12 * 600_000).toISOString());
    expect(listed.map((e) => e.createdAt)).toEqual([...listed.map((e) => e.createdAt)].sort().reverse());
  });

  it("leaves another database's backups in the same folder alone", async () => {
    const t = await clocked('2026-11-22T01:00:00.000Z');
    const other = join(t.dir, 'cadangan', 'programme-lain-20200101-000000.db');
    await t.services.backup.automatic();
    writeFileSync(other, 'cadangan basis data lain');
    for (let i = 1; i <= 12; i++) {
      t.clock.set(new Date(Date.parse('2026-11-22T01:00:00.000Z') + i * 60_000).toISOString());
      await t.services.backup.automatic();
    }
    expect(existsSync(other)).toBe(true);
    expect(t.services.backup.list().every((e) => !e.file.endsWith('programme-lain-20200101-000000.db'))).toBe(true);
  });
});

describe('opening a backup', () => {
  it('uses the SQLite build the app uses: the nativeBinding reaches openDatabase', async () => {
    const t = await clocked('2026-11-22T01:00:00.000Z');
    t.services.bundle.import(demoBundle());
    const entry = await t.services.backup.automatic();
    const file = { fileName: 'cadangan.db', base64: readFileSync(entry.file).toString('base64') };
    // The path of Node's own build stands in for Electron's: what matters is that it is the one handed over.
    const binding = createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
    const seen: OpenOptions[] = [];
    const backup = backupService(t.db, t.services.repos, t.clock.now, {
      nativeBinding: binding,
      open: (path, options) => {
        seen.push(options);
        return openDatabase(path, options);
      },
    });
    expect((await backup.inspect(file)).backup.regency).toBe('Kabupaten Simalungun');
    await backup.restore(file);
    expect(seen.map((o) => o.nativeBinding)).toEqual([binding, binding]);

    // And through createServices, as electron/main passes it: a binding that does not load fails the open.
    const services = createServices(t.db, { now: t.clock.now, nativeBinding: join(t.dir, 'bukan-modul.node') });
    await expect(services.backup.inspect(file)).rejects.toThrow(/bukan-modul\.node|modul|module/i);
  });

  it('a restore stands when its temporary copy cannot be removed at once', async () => {
    const source = await clocked('2026-11-22T01:00:00.000Z');
    source.services.bundle.import(demoBundle());
    const entry = await source.services.backup.automatic();
    const file = { fileName: 'cadangan.db', base64: readFileSync(entry.file).toString('base64') };
    const target = await clocked('2026-11-22T01:00:00.000Z');
    target.services.units.save({ kind: 'dinas', name: 'Dinas Lama' });
    const held: string[] = [];
    cleanups.push(() => held.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
    const backup = backupService(target.db, target.services.repos, target.clock.now, {
      removeTemp: (dir) => {
        held.push(dir);
        throw Object.assign(new Error(`EBUSY: resource busy or locked, rmdir '${dir}'`), { code: 'EBUSY' });
      },
    });
    const summary = await backup.restore(file);
    expect(summary.units).toBeGreaterThan(0);
    expect(held).toHaveLength(1);
    expect(existsSync(held[0]!)).toBe(true); // left for the next start's clearing
    expect(target.services.bundle.export()).toEqual(source.services.bundle.export());
    expect(target.services.units.list().map((u) => u.name)).not.toContain('Dinas Lama');
  });
});
