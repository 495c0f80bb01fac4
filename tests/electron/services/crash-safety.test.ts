// Crash safety: a process killed with SIGKILL in the middle of a large import leaves a database that passes the
// check and holds all of that import or none of it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/connection';
import { createServices } from '../../../electron/services/services';
import { tempDir } from '../../helpers/temp-db';

const SIZE = 15_000;
const EXPECTED_PEOPLE = SIZE + 3;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** Runs the child; kills it `killAfterMs` after it is ready (null: let it finish). Returns ms from ready to exit. */
function runChild(file: string, killAfterMs: number | null): Promise<{ elapsed: number; finished: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, '../../fixtures/import-child.ts'), file, String(SIZE)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let readyAt = 0;
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!readyAt && out.includes('ready')) {
        readyAt = Date.now();
        if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve({ elapsed: Date.now() - readyAt, finished: out.includes('done') }));
  });
}

async function inspect(file: string) {
  const opened = await openDatabase(file);
  const services = createServices(opened.db);
  const report = services.check();
  const people = services.repos.people.count();
  const positions = services.repos.positions.count();
  opened.db.close();
  return { report, people, positions };
}

describe('crash safety of import', () => {
  it('SIGKILL at several points of a large import leaves all of it or none of it, and a sound database', async () => {
    const { dir, cleanup } = tempDir('scd-crash-');
    cleanups.push(cleanup);
    const full = await runChild(join(dir, 'full.db'), null);
    expect(full.finished).toBe(true);
    expect((await inspect(join(dir, 'full.db'))).people).toBe(EXPECTED_PEOPLE);

    const outcomes: string[] = [];
    for (const fraction of [0.2, 0.45, 0.7, 0.9]) {
      const file = join(dir, `killed-${fraction}.db`);
      const run = await runChild(file, Math.max(1, Math.round(full.elapsed * fraction)));
      const state = await inspect(file);
      expect(state.report.integrity).toEqual(['ok']);
      expect(state.report.foreignKeyViolations).toEqual([]);
      expect([0, EXPECTED_PEOPLE]).toContain(state.people);
      expect(state.positions === 0 || state.positions === SIZE + 4).toBe(true);
      outcomes.push(`${fraction}: ${run.finished ? 'finished' : 'killed'} → ${state.people === 0 ? 'none' : 'all'}`);
    }
    expect(outcomes.some((o) => o.includes('killed → none'))).toBe(true);
  }, 180_000);
});
