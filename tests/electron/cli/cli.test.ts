// The CLI in-process (exit codes, messages) and once through `npm run cli` as a user runs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { openDatabase } from '../../../electron/db/connection';
import { minimalBundle } from '../../helpers/bundle-factory';
import { tempDir } from '../../helpers/temp-db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function dir(): string {
  const t = tempDir('scd-cli-');
  cleanups.push(t.cleanup);
  return t.dir;
}

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('cli', () => {
  it('import, export-bundle, import into a new file, export again: identical JSON', async () => {
    const d = dir();
    writeFileSync(join(d, 'in.json'), JSON.stringify(minimalBundle()));
    expect((await cli('import', '--db', join(d, 'a.db'), join(d, 'in.json'))).code).toBe(0);
    expect((await cli('export-bundle', '--db', join(d, 'a.db'), '--out', join(d, 'a.json'))).code).toBe(0);
    expect((await cli('import', '--db', join(d, 'b.db'), join(d, 'a.json'))).code).toBe(0);
    expect((await cli('export-bundle', '--db', join(d, 'b.db'), '--out', join(d, 'b.json'))).code).toBe(0);
    expect(readFileSync(join(d, 'b.json'), 'utf8')).toBe(readFileSync(join(d, 'a.json'), 'utf8'));
    const check = await cli('check', '--db', join(d, 'b.db'));
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/Integritas: ok/);
    expect(check.out).toMatch(/Versi skema: \d+ \(terbaru \d+\)/);
  });

  it('a bad bundle exits 1 with paths on stderr and leaves the database byte for byte unchanged', async () => {
    const d = dir();
    const db = join(d, 'a.db');
    writeFileSync(join(d, 'good.json'), JSON.stringify(minimalBundle()));
    await cli('import', '--db', db, join(d, 'good.json'));
    const bad = structuredClone(minimalBundle()) as Record<string, any>;
    bad.people[1].nip = '123';
    bad.positions[0].personId = 404;
    writeFileSync(join(d, 'bad.json'), JSON.stringify(bad));
    const before = sha(db);
    const result = await cli('import', '--db', db, '--replace', join(d, 'bad.json'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/people\[1\]\.nip: NIP harus 18 digit/);
    expect(sha(db)).toBe(before);
  });

  it('a file that is not JSON, a missing file and an unknown option exit 1 with a reason', async () => {
    const d = dir();
    writeFileSync(join(d, 'x.json'), '{ not json');
    const notJson = await cli('import', '--db', join(d, 'a.db'), join(d, 'x.json'));
    expect(notJson).toMatchObject({ code: 1 });
    expect(notJson.err).toMatch(/bukan JSON yang valid/);
    const missing = await cli('import', '--db', join(d, 'a.db'), join(d, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/tidak ditemukan/);
    expect((await cli('check', '--frobnicate')).code).toBe(1);
  });

  it('export from an empty database exits 1 and explains why; from a missing one it creates nothing', async () => {
    const d = dir();
    (await openDatabase(join(d, 'empty.db'))).db.close();
    const result = await cli('export-bundle', '--db', join(d, 'empty.db'), '--out', join(d, 'out.json'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/belum diisi/);
    const missing = await cli('export-bundle', '--db', join(d, 'baru', 'missing.db'), '--out', join(d, 'out.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/tidak ada/);
    expect(readdirSync(d)).toEqual(['empty.db']);
  });

  it('every command has --help', async () => {
    for (const command of ['demo', 'import', 'export-bundle', 'check']) {
      const result = await cli(command, '--help');
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/--db/);
    }
  });

  it('runs as `npm run cli` from the project with no build step', () => {
    const d = dir();
    writeFileSync(join(d, 'in.json'), JSON.stringify(minimalBundle()));
    execFileSync('npm', ['run', '--silent', 'cli', '--', 'import', '--db', join(d, 'a.db'), join(d, 'in.json')], {
      encoding: 'utf8',
    });
    const check = spawnSync('node', ['bin/smart-city-desk.js', 'check', '--db', join(d, 'a.db')], { encoding: 'utf8' });
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/Integritas: ok/);
    const bad = spawnSync('node', ['bin/smart-city-desk.js', 'import', '--db', join(d, 'a.db'), join(d, 'in.json')], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/sudah berisi program/);
  });
});
