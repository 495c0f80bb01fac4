// Bad bundles at the CLI's door: a byte-order mark is accepted, a flood of problems is listed as the first 50 and a
// count, mutated bundles never crash and never write half, and an import killed at any moment leaves the database
// as it was or complete, never partial.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/connection';
import { MAX_LISTED_PROBLEMS } from '../../shared/errors';
import { scaledBundle } from '../../bench/scale-data';
import { minimalBundle } from '../helpers/bundle-factory';
import { tempDir } from '../helpers/temp-db';
import { cli, ROOT } from './storage';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function newDir(): string {
  const t = tempDir('scd-bundles-');
  cleanups.push(t.cleanup);
  return t.dir;
}
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('bundle files', () => {
  it('accepts a bundle saved with a UTF-8 byte-order mark (Notepad, PowerShell)', async () => {
    const dir = newDir();
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${JSON.stringify(minimalBundle(), null, 2)}`, 'utf8');
    const result = await cli('import', '--db', join(dir, 'a.db'), join(dir, 'bom.json'));
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
  });

  it('lists the first 50 problems and counts the rest', async () => {
    const dir = newDir();
    const bundle = scaledBundle(3000, 0);
    for (const person of bundle.people!.slice(4)) person.nip = '123';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bundle));
    const result = await cli('import', '--db', join(dir, 'a.db'), join(dir, 'bad.json'));
    expect(result.code).toBe(1);
    const lines = result.err.split('\n');
    expect(lines.length).toBe(1 + MAX_LISTED_PROBLEMS + 1);
    expect(lines[1]).toMatch(/^people\[4\]\.nip: /);
    expect(lines.at(-1)).toMatch(/^dan \d+ masalah lain$/);
    expect(Number(/dan (\d+)/.exec(lines.at(-1)!)![1])).toBeGreaterThanOrEqual(3000 - MAX_LISTED_PROBLEMS);
  });

  it('mutated bundles: exit 0 or 1, never 2, and a refused one leaves the database byte for byte', async () => {
    const dir = newDir();
    const db = join(dir, 'a.db');
    writeFileSync(join(dir, 'good.json'), JSON.stringify(minimalBundle()));
    expect((await cli('import', '--db', db, join(dir, 'good.json'))).code).toBe(0);
    (await openDatabase(db)).db.close();
    const before = sha(db);
    const values = fc.oneof(
      fc.constant(null),
      fc.constant(''),
      fc.integer({ min: -5, max: 1e6 }),
      fc.string({ maxLength: 40 }),
      fc.constant('x'.repeat(5000)),
      fc.constant([]),
      fc.constant({}),
      fc.boolean(),
      fc.constant('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.nat(), values), { minLength: 1, maxLength: 3 }), async (edits) => {
        const bundle = minimalBundle() as unknown as Record<string, unknown>;
        for (const [a, b, value] of edits) mutate(bundle, a, b, value);
        writeFileSync(join(dir, 'm.json'), JSON.stringify(bundle));
        const result = await cli('import', '--db', db, '--replace', join(dir, 'm.json'));
        expect([0, 1], result.err).toContain(result.code);
        if (result.code === 1) expect(sha(db)).toBe(before);
        else {
          // Accepted: put the original back for the next run.
          expect((await cli('import', '--db', db, '--replace', join(dir, 'good.json'))).code).toBe(0);
          (await openDatabase(db)).db.close();
        }
      }),
      { numRuns: 60, seed: 9 },
    );
  });
});

/** Sets a field somewhere in the bundle: the a-th object found walking it, its b-th key. */
function mutate(root: Record<string, unknown>, a: number, b: number, value: unknown): void {
  const objects: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      objects.push(node as Record<string, unknown>);
      Object.values(node).forEach(walk);
    }
  };
  walk(root);
  const target = objects[a % objects.length]!;
  const keys = Object.keys(target);
  if (keys.length === 0) return;
  target[keys[b % keys.length]!] = value;
}

describe('an import killed part way', () => {
  it('leaves each database empty or complete, never partial, and whole', async () => {
    const dir = newDir();
    const bundle = scaledBundle(4000, 4000);
    writeFileSync(join(dir, 'big.json'), JSON.stringify(bundle));
    const run = async (i: number, killAfterMs: number | null) => {
      const db = join(dir, `k${i}.db`);
      (await openDatabase(db)).db.close();
      const started = Date.now();
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'electron/cli/main.ts', 'import', '--db', db, join(dir, 'big.json')],
        {
          cwd: ROOT,
          stdio: 'ignore',
        },
      );
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      const code = await exited;
      const ms = Date.now() - started;
      const check = new Database(db, { readonly: true });
      const integrity = check.pragma('integrity_check', { simple: true });
      const people = (check.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n;
      const participants = (check.prepare('SELECT count(*) AS n FROM participant').get() as { n: number }).n;
      check.close();
      return { code, ms, integrity, people, participants };
    };
    // One whole import measures how long it takes; the others are killed late in that span, where the import's
    // transaction runs (reading the bundle and starting take the first part).
    const whole = await run(0, null);
    expect(whole).toMatchObject({ code: 0, integrity: 'ok', people: bundle.people!.length });
    const outcomes = [];
    for (const fractions of [
      [0.6, 0.75],
      [0.85, 0.95],
    ]) {
      outcomes.push(...(await Promise.all(fractions.map((f, j) => run(outcomes.length + j + 1, Math.round(whole.ms * f))))));
    }
    for (const o of outcomes) {
      expect(o.integrity).toBe('ok');
      expect([0, bundle.people!.length]).toContain(o.people);
      expect(o.participants).toBe(o.people === 0 ? 0 : bundle.participants!.length);
    }
    expect(outcomes.some((o) => o.code === null)).toBe(true);
  });
});
