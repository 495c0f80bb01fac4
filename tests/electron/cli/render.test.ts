// `render` from the command line: every kind to a file, the register, document numbers taken once, and failures
// that leave files, counter and register as they were.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { openDatabase } from '../../../electron/db/connection';
import { createServices } from '../../../electron/services/services';
import { tempDir } from '../../helpers/temp-db';
import { DOCUMENT_KINDS } from '../../../shared/domain/register';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
let demoDir: string;
beforeAll(async () => {
  demoDir = tempDir('scd-render-').dir;
  await runCli(['demo', '--db', join(demoDir, 'demo.db')], { out: () => {}, err: () => {} });
});

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function register(db: string) {
  const opened = await openDatabase(db);
  const s = createServices(opened.db);
  const result = { numbers: s.register.numbers(), renders: s.register.renders() };
  opened.db.close();
  return result;
}

function copyDemo(): string {
  const t = tempDir('scd-render-copy-');
  cleanups.push(t.cleanup);
  const db = join(t.dir, 'demo.db');
  writeFileSync(db, readFileSync(join(demoDir, 'demo.db')));
  return db;
}

describe('render', () => {
  it('--list names every kind, and with --db the chapters and their ids', async () => {
    const list = await cli('render', '--list', '--db', copyDemo());
    expect(list.code).toBe(0);
    for (const kind of DOCUMENT_KINDS) expect(list.out).toContain(kind);
    expect(list.out).toMatch(/\d+\s+Buku I Analisis Strategis — Pendahuluan/);
  });

  it('writes a PDF and a DOCX, enters both in the register and numbers the berita acara once', async () => {
    const db = copyDemo();
    const dir = join(db, '..');
    const first = await cli('render', 'berita-acara', '--db', db, '--out', join(dir, 'ba.pdf'));
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/nomor 000\.1\.5\/1\/107\.1\/2021/);
    expect(readFileSync(join(dir, 'ba.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const second = await cli(
      'render',
      'berita-acara',
      '--db',
      db,
      '--format',
      'docx',
      '--paper',
      'F4-215',
      '--out',
      join(dir, 'ba.docx'),
    );
    expect(second.code).toBe(0);
    expect(readFileSync(join(dir, 'ba.docx')).subarray(0, 2).toString()).toBe('PK');
    const r = await register(db);
    expect(r.numbers.map((n) => n.number)).toEqual(['000.1.5/1/107.1/2021']);
    expect(r.renders.map((x) => [x.format, x.paper, x.fileName])).toEqual([
      ['docx', 'F4-215', 'ba.docx'],
      ['pdf', 'A4', 'ba.pdf'],
    ]);
    expect(r.renders[1]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a number from SRIKANDI replaces the automatic one', async () => {
    const db = copyDemo();
    const result = await cli(
      'render',
      'berita-acara',
      '--db',
      db,
      '--number',
      '000.1.5/77/107.1/2021',
      '--out',
      join(db, '..', 'ba.pdf'),
    );
    expect(result.out).toContain('nomor 000.1.5/77/107.1/2021');
    expect((await register(db)).numbers[0]).toMatchObject({ number: '000.1.5/77/107.1/2021', manual: true });
  });

  it('refuses what it cannot make with exit 1 and a reason, and writes nothing', async () => {
    const db = copyDemo();
    const dir = join(db, '..');
    const cases: [string[], RegExp][] = [
      [['render', 'daftar-hadir', '--db', db, '--out', join(dir, 'x.pdf')], /stage: daftar hadir memerlukan tahap Bimtek/],
      [['render', 'surat', '--db', db, '--out', join(dir, 'x.pdf')], /kind:/],
      [
        ['render', 'masterplan-bab', '--chapter', '9999', '--db', db, '--out', join(dir, 'x.pdf')],
        /Bab dengan id 9999 tidak ditemukan/,
      ],
      [['render', 'komitmen', '--db', db], /--out/],
      [['render', 'berita-acara', '--db', db, '--out', join(dir, 'tidak-ada', 'ba.pdf')], /folder .* tidak ada/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.err).toMatch(message);
    }
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    expect(await register(db)).toEqual({ numbers: [], renders: [] });
  });
});
