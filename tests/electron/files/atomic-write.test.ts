// Atomic writes: the old file survives any failure, nothing half-written or temporary is left, and the failure
// is told in words a clerk understands.
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../helpers/temp-db';

vi.mock('node:fs', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs')>();
  return { ...original, renameSync: vi.fn(original.renameSync) };
});

const { writeFileAtomic } = await import('../../../electron/files/atomic-write');

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((c) => c());
  vi.mocked(fs.renameSync).mockReset();
});
function dir(): string {
  const t = tempDir('scd-atomic-');
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('writeFileAtomic', () => {
  it('replaces the file whole', () => {
    const d = dir();
    const file = join(d, 'a.pdf');
    fs.writeFileSync(file, 'lama');
    writeFileAtomic(file, 'baru');
    expect(fs.readFileSync(file, 'utf8')).toBe('baru');
    expect(fs.readdirSync(d)).toEqual(['a.pdf']);
  });

  it.each([
    ['EBUSY', /sedang dibuka program lain/],
    ['EPERM', /hanya-baca, atau berkas sedang dibuka program lain/],
    ['EACCES', /hanya-baca/],
    ['ENOSPC', /disk penuh/],
  ])('when the target cannot be replaced (%s) the old file stays and the message says why', (code, message) => {
    const d = dir();
    const file = join(d, 'komitmen.pdf');
    fs.writeFileSync(file, 'lama');
    vi.mocked(fs.renameSync).mockImplementation(() => {
      throw Object.assign(new Error(code), { code });
    });
    expect(() => writeFileAtomic(file, 'baru')).toThrow(message);
    expect(fs.readFileSync(file, 'utf8')).toBe('lama');
    expect(fs.readdirSync(d)).toEqual(['komitmen.pdf']);
  });

  it('names a missing folder', () => {
    expect(() => writeFileAtomic(join(dir(), 'tidak-ada', 'a.pdf'), 'x')).toThrow(/folder .*tidak-ada tidak ada/);
  });
});
