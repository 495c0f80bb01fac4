// Storage faults at every door of the CLI: locks held by other processes (waited for, then refused in Indonesian),
// read-only files, folders and targets, missing and damaged databases. Each answer is exit 1 with a message that
// says what to do, never exit 2; nothing is created, replaced or half-written.
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/connection';
import { cli, cliProcess, demoCopy, hasSetpriv, holdLock } from './storage';
import { tempDir } from '../helpers/temp-db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** Only text a terminal shows as text: no control characters, no replacement characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not be printed
const PRINTABLE = /^[^\u0000-\u0008\u000b-\u001f\u007f\ufffd]*$/;

function newDir(): string {
  const t = tempDir('scd-faults-');
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('locks held by another process', () => {
  it('a write waits for another process to finish its write instead of failing at once', async () => {
    const dir = newDir();
    const db = join(dir, 'a.db');
    (await openDatabase(db)).db.close();
    const lock = await holdLock(db, 'write', 1500);
    const started = Date.now();
    const result = await cli('demo', '--db', db);
    expect(result).toMatchObject({ code: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    await lock.release();
  });

  it('a lock held past the timeout: render and check exit 1 in Indonesian, the old --out untouched, no number issued', async () => {
    const { dir, db } = await demoCopy(cleanups);
    const out = join(dir, 'komitmen.pdf');
    writeFileSync(out, 'versi lama');
    const lock = await holdLock(db, 'write');
    const exclusive = await demoCopy(cleanups);
    const exclusiveLock = await holdLock(exclusive.db, 'exclusive');
    const [render, check] = await Promise.all([
      cliProcess(['render', 'komitmen', '--db', db, '--out', out]),
      cliProcess(['check', '--db', exclusive.db]),
    ]);
    for (const run of [render, check]) {
      expect(run.code, run.out + run.err).toBe(1);
      expect(run.err).toMatch(/sedang dipakai program lain .* coba lagi/);
      expect(run.err).not.toMatch(/database is locked|SQLITE_/);
    }
    expect(readFileSync(out, 'utf8')).toBe('versi lama');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await Promise.all([lock.release(), exclusiveLock.release()]);
    const numbers = new Database(db, { readonly: true }).prepare('SELECT count(*) AS n FROM document_number').get() as {
      n: number;
    };
    expect(numbers.n).toBe(0);
  });

  it('two imports into one new database at once: one imports, the other says the database is taken (never exit 2)', async () => {
    const dir = newDir();
    const db = join(dir, 'baru.db');
    const runs = await Promise.all([cliProcess(['demo', '--db', db]), cliProcess(['demo', '--db', db])]);
    expect(runs.map((r) => r.code).sort()).toEqual([0, 1]);
    expect(runs.find((r) => r.code === 1)!.err).toMatch(/sudah berisi program/);
    expect((await cli('check', '--db', db)).code).toBe(0);
  });
});

describe('read-only storage', () => {
  it('a read-only database file is refused, not written (root ignores the mode; the app does not)', async () => {
    const { db } = await demoCopy(cleanups);
    chmodSync(db, 0o444);
    const before = readFileSync(db);
    const result = await cli('demo', '--db', db, '--replace');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/hanya-baca.*salin basis data ke folder yang dapat ditulis/);
    expect(readFileSync(db).equals(before)).toBe(true);
    // Reading still works: check opens read-only.
    expect((await cli('check', '--db', db)).code).toBe(0);
  });

  it('a database in a read-only folder is refused', async () => {
    const { dir, db } = await demoCopy(cleanups);
    chmodSync(dir, 0o555);
    cleanups.unshift(() => chmodSync(dir, 0o755));
    const result = await cli('render', 'komitmen', '--db', db, '--out', join(newDir(), 'k.pdf'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/folder .* hanya-baca/);
  });

  it.runIf(hasSetpriv())('as an ordinary user (not root): a read-only folder gives exit 1 in Indonesian', async () => {
    const dir = newDir();
    chmodSync(dir, 0o755);
    const locked = join(dir, 'terkunci');
    mkdirSync(locked, { mode: 0o555 });
    chmodSync(locked, 0o555);
    const result = await cliProcess(['demo', '--db', join(locked, 'a.db')], { asUid: 65534 });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/hanya-baca|tidak dapat dibuka/);
    expect(result.err).not.toMatch(/SQLITE_|unable to open/);
  });

  it('--out onto a read-only file is refused (render and export-bundle); the file and its mode stay', async () => {
    const { dir, db } = await demoCopy(cleanups);
    for (const [name, args] of [
      ['k.pdf', ['render', 'komitmen', '--db', db]],
      ['b.json', ['export-bundle', '--db', db]],
    ] as const) {
      const out = join(dir, name);
      writeFileSync(out, 'arsip');
      chmodSync(out, 0o444);
      const result = await cli(...args, '--out', out);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/hanya-baca/);
      expect(readFileSync(out, 'utf8')).toBe('arsip');
      expect(statSync(out).mode & 0o777).toBe(0o444);
    }
    const numbers = new Database(db, { readonly: true }).prepare('SELECT count(*) AS n FROM document_number').get() as {
      n: number;
    };
    expect(numbers.n).toBe(0);
  });
});

describe('missing and damaged databases', () => {
  it('check, export and render on a missing database create nothing, not even its folder', async () => {
    const dir = newDir();
    const db = join(dir, 'belum', 'ada', 'missing.db');
    for (const args of [
      ['check', '--db', db],
      ['export-bundle', '--db', db, '--out', join(dir, 'b.json')],
      ['render', 'komitmen', '--db', db, '--out', join(dir, 'k.pdf')],
      ['render', '--list', '--db', db],
    ]) {
      const result = await cli(...args);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/tidak ada.*tidak ada yang dibuat/);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a truncated database: check reports it as a finding, render refuses with what to do', async () => {
    const { dir, db } = await demoCopy(cleanups);
    const size = statSync(db).size;
    const fd = openSync(db, 'r+');
    const bytes = readFileSync(db).subarray(0, Math.floor(size / 3));
    closeSync(fd);
    writeFileSync(db, bytes);
    const check = await cli('check', '--db', db);
    expect(check.code).toBe(1);
    expect(check.out + check.err).toMatch(/rusak|Pemeriksaan menemukan masalah/);
    const render = await cli('render', 'komitmen', '--db', db, '--out', join(dir, 'k.pdf'));
    expect(render.code).toBe(1);
    expect(render.err).toMatch(/rusak.*pulihkan dari cadangan/);
  });

  it('damaged index and table pages: check reports every one as a finding, in printable text, never a crash', async () => {
    const { db: template } = await demoCopy(cleanups);
    const probe = new Database(template, { readonly: true });
    const pageSize = probe.pragma('page_size', { simple: true }) as number;
    const roots = probe
      .prepare('SELECT name, rootpage FROM sqlite_schema WHERE rootpage > 1 ORDER BY type DESC, name LIMIT 12')
      .all() as { name: string; rootpage: number }[];
    probe.close();
    expect(roots.length).toBeGreaterThanOrEqual(8);
    for (const [i, { rootpage }] of roots.entries()) {
      const { db } = await demoCopy(cleanups);
      const fd = openSync(db, 'r+');
      // Garbage that includes control characters and invalid UTF-8, as a damaged disk gives.
      const junk = Buffer.alloc(pageSize, 0);
      for (let b = 0; b < pageSize; b++) junk[b] = (b * 131 + i * 17) % 256;
      writeSync(fd, junk, 0, pageSize, (rootpage - 1) * pageSize);
      closeSync(fd);
      const check = await cli('check', '--db', db);
      expect(check.code, `page ${rootpage}`).toBe(1);
      expect(check.out).toMatch(/^Integritas: (?!ok$)/m);
      expect(check.out + check.err).toMatch(PRINTABLE);
      expect(check.err).not.toMatch(/tak terduga/);
    }
  });

  it('a damaged schema page (page 1): check and render exit 1, nothing raw printed', async () => {
    const { dir, db } = await demoCopy(cleanups);
    const fd = openSync(db, 'r+');
    // The schema's cells sit at the end of page 1.
    const junk = Buffer.from(Array.from({ length: 1400 }, (_, b) => (b * 7 + 3) % 256));
    writeSync(fd, junk, 0, junk.length, 4096 - junk.length);
    closeSync(fd);
    for (const args of [
      ['check', '--db', db],
      ['render', 'komitmen', '--db', db, '--out', join(dir, 'k.pdf')],
    ]) {
      const result = await cli(...args);
      expect(result.code).toBe(1);
      expect(result.out + result.err).toMatch(PRINTABLE);
    }
    expect(existsSync(join(dir, 'k.pdf'))).toBe(false);
  });

  it('a file that is no database at all is refused untouched', async () => {
    const dir = newDir();
    const db = join(dir, 'catatan.db');
    writeFileSync(db, 'bukan basis data');
    for (const args of [
      ['check', '--db', db],
      ['demo', '--db', db],
    ]) {
      const result = await cli(...args);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/bukan basis data SQLite/);
    }
    expect(readFileSync(db, 'utf8')).toBe('bukan basis data');
  });
});
