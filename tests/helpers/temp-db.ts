// Test helper: a real SQLite file in a fresh temp folder, opened through the app's own connection code.
import { afterEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../electron/db/connection';
import { createServices, type Services } from '../../electron/services/services';

export const FIXED_NOW = '2026-11-22T08:00:00.000Z';

export function tempDir(prefix = 'scd-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TempDatabase {
  dir: string;
  file: string;
  opened: OpenedDatabase;
  services: Services;
  close: () => void;
}

export async function openTempDatabase(name = 'programme.db'): Promise<TempDatabase> {
  const { dir, cleanup } = tempDir();
  const file = join(dir, name);
  const opened = await openDatabase(file, { now: () => FIXED_NOW });
  const services = createServices(opened.db, { now: () => FIXED_NOW });
  return {
    dir,
    file,
    opened,
    services,
    close: () => {
      if (opened.db.open) opened.db.close();
      cleanup();
    },
  };
}

/**
 * For a test file: a function that opens a temp database for the running test and closes it (removing its folder)
 * after that test, so each file does not keep its own list and afterEach.
 */
export function tempDatabasePerTest(): (name?: string) => Promise<TempDatabase> {
  const open: TempDatabase[] = [];
  afterEach(() => open.splice(0).forEach((t) => t.close()));
  return async (name) => {
    const t = await openTempDatabase(name);
    open.push(t);
    return t;
  };
}
