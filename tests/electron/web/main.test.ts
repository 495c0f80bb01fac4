// `npm run web`'s entry point as a user starts it: a database in a folder that does not exist yet, the address
// printed with its token, the page served to that address, and a clean stop on SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-db';
import { http } from './http';

const root = join(__dirname, '..', '..', '..');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('npm run web', () => {
  it('creates the database folder, prints the address with its token, serves the page there, and stops', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const dbFile = join(dir, 'baru', 'programme.db');
    const child = spawn(
      process.execPath,
      [
        join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        'electron/web/main.ts',
        '--db',
        dbFile,
        '--port',
        '0',
        '--downloads',
        join(dir, 'unduhan'),
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    cleanups.push(() => child.kill('SIGKILL'));
    const url = await new Promise<URL>((done, fail) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /Buka (http:\/\/127\.0\.0\.1:\d+\/\?t=[0-9a-f]+) /.exec(out);
        if (found) done(new URL(found[1]!));
      });
      child.on('exit', (code) => fail(new Error(`web shell exited with ${code}: ${out}`)));
    });
    expect(existsSync(dbFile)).toBe(true);
    const page = await http(Number(url.port), { path: `${url.pathname}${url.search}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain(url.searchParams.get('t')!);
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
