// Windows antivirus, OneDrive and the indexer hold a fresh file for a moment: the atomic rename is tried again for
// about two seconds with growing pauses before a lock is reported, and a folder that refuses the new file is
// reported as protected (Controlled Folder Access) or read-only, not as a file held open by a program.
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../helpers/temp-db';

vi.mock('node:fs', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs')>();
  return { ...original, openSync: vi.fn(original.openSync) };
});

const { RENAME_PAUSES_MS, renameWithRetry, writeFileAtomic } = await import('../../../electron/files/atomic-write');

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((c) => c());
  vi.mocked(fs.openSync).mockRestore();
});
function dir(): string {
  const t = tempDir('scd-retry-');
  cleanups.push(t.cleanup);
  return t.dir;
}
const fsError = (code: string) => Object.assign(new Error(`${code}: operation failed`), { code });

/** A rename that fails with `code` the first `times` calls, then renames for real. */
function flakyRename(code: string, times: number) {
  let calls = 0;
  return {
    rename: (from: string, to: string) => {
      calls++;
      if (calls <= times) throw fsError(code);
      fs.renameSync(from, to);
    },
    calls: () => calls,
  };
}

describe('atomic rename on a file a scanner holds for a moment', () => {
  it.each(['EBUSY', 'EPERM', 'EACCES'])('%s twice, then free: the file is replaced after two short pauses', (code) => {
    const d = dir();
    const file = join(d, 'komitmen.pdf');
    fs.writeFileSync(file, 'lama');
    const flaky = flakyRename(code, 2);
    const slept: number[] = [];
    writeFileAtomic(file, 'baru', { rename: flaky.rename, sleep: (ms) => slept.push(ms) });
    expect(fs.readFileSync(file, 'utf8')).toBe('baru');
    expect(slept).toEqual([RENAME_PAUSES_MS[0], RENAME_PAUSES_MS[1]]);
    expect(fs.readdirSync(d)).toEqual(['komitmen.pdf']);
  });

  it('held for good: gives up after about two seconds of growing pauses, the old file intact and no temp left', () => {
    const d = dir();
    const file = join(d, 'komitmen.pdf');
    fs.writeFileSync(file, 'lama');
    const flaky = flakyRename('EBUSY', Infinity);
    const slept: number[] = [];
    expect(() => writeFileAtomic(file, 'baru', { rename: flaky.rename, sleep: (ms) => slept.push(ms) })).toThrow(
      /sedang dibuka program lain dan tidak lepas dalam 2 detik/,
    );
    const total = slept.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(1800);
    expect(total).toBeLessThanOrEqual(2500);
    expect(slept).toEqual([...slept].sort((a, b) => a - b));
    expect(flaky.calls()).toBe(RENAME_PAUSES_MS.length + 1);
    expect(fs.readFileSync(file, 'utf8')).toBe('lama');
    expect(fs.readdirSync(d)).toEqual(['komitmen.pdf']);
  });

  it('does not retry what waiting cannot fix (disk full)', () => {
    const slept: number[] = [];
    const flaky = flakyRename('ENOSPC', Infinity);
    expect(() => renameWithRetry('a', 'b', { rename: flaky.rename, sleep: (ms) => slept.push(ms) })).toThrow(/ENOSPC/);
    expect(flaky.calls()).toBe(1);
    expect(slept).toEqual([]);
  });

  it('really pauses by default', () => {
    const flaky = flakyRename('EBUSY', 1);
    const d = dir();
    fs.writeFileSync(join(d, 'a'), 'x');
    const started = performance.now();
    renameWithRetry(join(d, 'a'), join(d, 'b'), { rename: flaky.rename });
    expect(performance.now() - started).toBeGreaterThanOrEqual(RENAME_PAUSES_MS[0]! - 2);
    expect(fs.existsSync(join(d, 'b'))).toBe(true);
  });
});

describe('a folder that refuses the new file', () => {
  it.each(['EPERM', 'EACCES'])(
    '(%s) is named as protected or read-only, with what to do about Controlled Folder Access',
    (code) => {
      const d = dir();
      const file = join(d, 'komitmen.pdf');
      fs.writeFileSync(file, 'lama');
      vi.mocked(fs.openSync).mockImplementationOnce(() => {
        throw fsError(code);
      });
      let message = '';
      try {
        writeFileAtomic(file, 'baru');
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain(`folder ${d} hanya-baca atau dilindungi`);
      expect(message).toContain('Akses folder terkontrol');
      expect(message).toContain('Izinkan aplikasi');
      expect(message).not.toContain('sedang dibuka program lain');
      expect(fs.readFileSync(file, 'utf8')).toBe('lama');
    },
  );
});
