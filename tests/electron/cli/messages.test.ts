// Commander's own errors and help headings in Indonesian, exit 1, like every other message of the CLI; and storage
// faults that reach the CLI raw (disk full, read-only drive, damaged file, lock) worded for a clerk, exit 1.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { reportError } from '../../../electron/cli/run-command';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('commander messages', () => {
  it.each([
    [['check', '--frob'], /^galat: opsi tidak dikenal '--frob'/],
    [['import'], /^galat: argumen wajib 'bundle' belum diberikan/],
    [['export-bundle', '--db', 'x.db'], /^galat: opsi wajib '--out <file>' belum diberikan/],
    [
      ['render', 'komitmen', '--format', 'xps'],
      /^galat: nilai 'xps' untuk opsi '--format <format>' tidak sah; pilihan: pdf, docx\./,
    ],
    [['check', '--db'], /^galat: opsi '--db <file>' perlu nilai/],
    [['check', 'lebih'], /^galat: terlalu banyak argumen untuk 'check': seharusnya 0, diberikan 1\./],
    [['chek'], /^galat: perintah tidak dikenal 'chek'\n\(Mungkin maksudnya check\?\)/],
  ])('%j exits 1 with an Indonesian message', async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/lihat --help/);
    expect(result.err).not.toMatch(/\berror:|unknown|missing|required|Did you mean|too many/);
  });

  it('help speaks Indonesian', async () => {
    const result = await cli('render', '--help');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Pemakaian: smart-city-desk render/m);
    expect(result.out).toMatch(/^Opsi:/m);
    expect(result.out).toMatch(/^Argumen:/m);
    expect(result.out).toMatch(/tampilkan bantuan/);
    expect(result.out).toMatch(/pilihan: pdf, docx; bawaan: pdf/);
    expect(result.out).not.toMatch(/Usage|Options|display help|choices|default/);
    expect((await cli('--help')).out).toMatch(/^Perintah:/m);
  });
});

describe('storage faults reaching the CLI raw', () => {
  const sqlite = (code: string, message = code) => Object.assign(new Error(message), { code });
  it.each([
    [sqlite('SQLITE_FULL', 'database or disk is full'), /Disk penuh.*Kosongkan ruang disk/],
    [sqlite('SQLITE_READONLY', 'attempt to write a readonly database'), /hanya-baca.*folder yang dapat ditulis/],
    [sqlite('SQLITE_READONLY_DBMOVED'), /hanya-baca/],
    [sqlite('SQLITE_CANTOPEN', 'unable to open database file'), /tidak dapat dibuka.*izin folder/],
    [sqlite('SQLITE_CORRUPT', 'database disk image is malformed'), /rusak.*pulihkan dari cadangan/],
    [sqlite('SQLITE_NOTADB', 'file is not a database'), /rusak/],
    [sqlite('SQLITE_BUSY', 'database is locked'), /sedang dipakai program lain/],
    [sqlite('SQLITE_BUSY_SNAPSHOT'), /sedang dipakai program lain/],
    [sqlite('SQLITE_IOERR_WRITE', 'disk I/O error'), /kesalahan disk SQLITE_IOERR_WRITE/],
  ])('%s: exit 1 with what to do', (error, message) => {
    const err: string[] = [];
    expect(reportError(error, { out: () => {}, err: (s) => err.push(s) })).toBe(1);
    expect(err.join('\n')).toMatch(message);
    expect(err.join('\n')).not.toMatch(/tak terduga/);
  });

  it('anything else is still unexpected (exit 2)', () => {
    expect(reportError(new TypeError('x is undefined'), { out: () => {}, err: () => {} })).toBe(2);
  });
});
