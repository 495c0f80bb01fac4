// Test helper for the fault suite: the CLI in-process and as a user runs it, a demo database to copy, and other
// processes that hold a database's lock.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../electron/cli/main';
import { tempDir } from '../helpers/temp-db';

export const ROOT = join(__dirname, '..', '..');

export async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

/** The CLI as its own process (bin/smart-city-desk.js), optionally as another user through setpriv. */
export function cliProcess(args: string[], options: { asUid?: number } = {}): Promise<CliRun> {
  const command = ['node', join(ROOT, 'bin', 'smart-city-desk.js'), ...args];
  const [file, ...rest] =
    options.asUid === undefined
      ? command
      : ['setpriv', `--reuid=${options.asUid}`, `--regid=${options.asUid}`, '--clear-groups', ...command];
  return new Promise((done) => {
    const child = spawn(file!, rest, { cwd: ROOT, env: { ...process.env, HOME: '/tmp' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => done({ code, out, err }));
  });
}

export const hasSetpriv = () => spawnSync('setpriv', ['--version']).status === 0;

let demoTemplate: string | null = null;

/** A copy of a database holding the demo programme, in a fresh folder. */
export async function demoCopy(cleanups: (() => void)[]): Promise<{ dir: string; db: string }> {
  if (!demoTemplate) {
    const t = tempDir('scd-faults-demo-');
    demoTemplate = join(t.dir, 'demo.db');
    const made = await cli('demo', '--db', demoTemplate);
    if (made.code !== 0) throw new Error(`demo failed: ${made.err}`);
    // One file, no -wal beside it, so that a byte copy is the whole database.
    await cli('check', '--db', demoTemplate);
  }
  const t = tempDir('scd-faults-');
  cleanups.push(t.cleanup);
  const db = join(t.dir, 'demo.db');
  copyFileSync(demoTemplate, db);
  return { dir: t.dir, db };
}

/**
 * Another process holding the database: `write` takes the write lock (as a running import does), `exclusive`
 * locks out readers too (locking_mode EXCLUSIVE). Resolves once the lock is held; release() ends it, or it ends
 * by itself after `ms`.
 */
export function holdLock(db: string, kind: 'write' | 'exclusive', ms = 60_000): Promise<{ release: () => Promise<void> }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    if (process.argv[2] === 'exclusive') {
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN IMMEDIATE; UPDATE schema_migrations SET version = version; COMMIT');
    } else {
      db.exec('BEGIN IMMEDIATE');
    }
    const release = () => { if (db.inTransaction) db.exec('ROLLBACK'); db.close(); process.exit(0); };
    process.stdin.on('data', release);
    process.stdin.on('end', release);
    setTimeout(release, Number(process.argv[3]));
    process.stdout.write('held\\n');
  `;
  const child = spawn(process.execPath, ['-e', script, db, kind, String(ms)], { cwd: ROOT });
  const ended = new Promise<void>((done) => child.on('close', () => done()));
  // A holder with a time limit may already have let go and exited: its closed stdin is not an error here.
  child.stdin.on('error', () => undefined);
  const release = () => {
    if (child.exitCode === null && child.signalCode === null) child.stdin.end('los\n');
    return ended;
  };
  return new Promise((done, fail) => {
    child.stdout.on('data', (c: Buffer) => (c.toString().includes('held') ? done({ release }) : undefined));
    child.stderr.on('data', (c: Buffer) => fail(new Error(c.toString())));
  });
}
