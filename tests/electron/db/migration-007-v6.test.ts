// Migration 007 on real v6 database files, made by the previous release's own code (tests/fixtures/v6/README.md):
// opened with today's openDatabase, every v6 row and value is kept, the programmes and the plan gain their new
// columns at the defaults, the books' tables start empty, and the export equals the v6 export upgraded to v3.
import Database from 'better-sqlite3';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase, openDatabase, type Db } from '../../../electron/db/connection';
import { appliedMigrations, LATEST_VERSION } from '../../../electron/db/migrations';
import { createServices } from '../../../electron/services/services';
import { bundleSchema } from '../../../shared/domain/bundle';
import { upgradeBundle } from '../../../shared/domain/bundle-upgrade';
import { FIXED_NOW, tempDir } from '../../helpers/temp-db';

const FIXTURES = fileURLToPath(new URL('../../fixtures/v6/', import.meta.url));
type Row = Record<string, unknown>;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const all = (db: Database.Database, sql: string, ...params: unknown[]): Row[] => db.prepare(sql).all(...params) as Row[];
const tables = (db: Database.Database): string[] =>
  all(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").map(
    (r) => r.name as string,
  );
const columns = (db: Database.Database, table: string): string[] =>
  all(db, 'SELECT name FROM pragma_table_info(?)', table).map((r) => r.name as string);

/** What 007 adds: new tables (empty after the migration) and new columns with the value an old row gets. */
const NEW_TABLES = [
  'mp_application',
  'mp_element_gap',
  'mp_goal',
  'mp_monitoring',
  'mp_programme_budget',
  'mp_programme_target',
  'mp_quick_win',
  'mp_readiness_score',
  'mp_regulation',
  'mp_statistic',
  'mp_strategy',
  'mp_strategy_programme',
  'mp_strategy_swot',
];
const NEW_COLUMNS: Record<string, Row> = {
  mp_programme: {
    indicator: null,
    baseline: null,
    rpjmd_ref: null,
    renstra_ref: null,
    enabler: null,
    partners: null,
    risk: null,
    status: 'direncanakan',
  },
  mp_plan: { preface_date: null, preface_place: null },
};

async function migrateCopy(name: 'demo' | 'awkward') {
  const { dir, cleanup } = tempDir();
  const file = join(dir, `${name}.db`);
  copyFileSync(join(FIXTURES, `${name}.db`), file);
  // The untouched fixture, read-only from its own copy (WAL files must not appear in tests/fixtures).
  const v6copy = join(dir, `${name}.v6.db`);
  copyFileSync(join(FIXTURES, `${name}.db`), v6copy);
  const v6 = new Database(v6copy, { readonly: true, fileMustExist: true });
  const opened = await openDatabase(file, { now: () => FIXED_NOW });
  cleanups.push(() => {
    if (opened.db.open) opened.db.close();
    v6.close();
    cleanup();
  });
  return { db: opened.db as Db, v6, migrated: opened.migrated, backupFile: opened.backupFile };
}

for (const name of ['demo', 'awkward'] as const) {
  describe(`v6 database ${name}.db opened by today's app`, () => {
    it('migrates from 6 to the latest version, consistent, after a backup', async () => {
      const m = await migrateCopy(name);
      expect(appliedMigrations(m.v6).at(-1)!.version).toBe(6);
      expect(m.migrated[0]).toBe(7);
      expect(appliedMigrations(m.db).at(-1)!.version).toBe(LATEST_VERSION);
      expect(appliedMigrations(m.db).slice(0, 6)).toEqual(appliedMigrations(m.v6));
      expect(m.backupFile).toEqual(expect.any(String));
      expect(m.db.pragma('foreign_key_check')).toEqual([]);
      expect(checkDatabase(m.db)).toMatchObject({ ok: true, schemaVersion: LATEST_VERSION });
    });

    it('keeps every v6 row and value, adds the new columns at their defaults and the new tables empty', async () => {
      const m = await migrateCopy(name);
      const old = tables(m.v6);
      expect(old.length).toBeGreaterThan(20);
      for (const table of old) {
        if (table === 'schema_migrations') continue;
        const v6Columns = columns(m.v6, table);
        const select = `SELECT ${v6Columns.join(', ')} FROM ${table} ORDER BY rowid`;
        expect(all(m.db, select), table).toEqual(all(m.v6, select));
        const added = columns(m.db, table).filter((c) => !v6Columns.includes(c));
        expect(added.sort(), `${table}: columns 007 adds`).toEqual(Object.keys(NEW_COLUMNS[table] ?? {}).sort());
        if (added.length > 0) {
          const rows = all(m.db, `SELECT ${added.join(', ')} FROM ${table}`);
          for (const row of rows) expect(row, table).toEqual(NEW_COLUMNS[table]);
        }
      }
      expect(all(m.v6, 'SELECT count(*) AS n FROM mp_programme')[0]!.n).toBeGreaterThan(0);
      // A later migration may add tables of its own; 007's are all there.
      const fresh = tables(m.db).filter((t) => !old.includes(t));
      expect(fresh.filter((t) => NEW_TABLES.includes(t)).sort()).toEqual(NEW_TABLES);
      for (const table of NEW_TABLES) expect(all(m.db, `SELECT count(*) AS n FROM ${table}`)[0]!.n, table).toBe(0);
      // The local setting (not programme data) survives too.
      if (name === 'awkward') expect(all(m.db, 'SELECT key FROM local_setting')).toEqual([{ key: 'backup.lastExternal' }]);
    });

    it('exports what the v6 app exported, upgraded to v3, and that bundle imports again', async () => {
      const m = await migrateCopy(name);
      const services = createServices(m.db, { now: () => FIXED_NOW });
      const exported = services.bundle.export();
      expect(bundleSchema.safeParse(exported).success).toBe(true);
      const v6Bundle = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
      expect(v6Bundle.version).toBe(2);
      // The v2 -> v3 step changes the version and nothing else; the schema's defaults fill the rest.
      expect(upgradeBundle(v6Bundle)).toEqual({ ...v6Bundle, version: 3 });
      const expected = bundleSchema.parse(upgradeBundle(v6Bundle));
      // The v6 file was exported after the fixture's last render; the database holds the same records.
      expect(JSON.parse(JSON.stringify(exported))).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(exported.version).toBe(3);
      expect(exported.masterplan.programmes.every((p) => p.status === 'direncanakan' && p.budgets.length === 0)).toBe(true);
      expect(exported.masterplan.plan.prefaceDate).toBeNull();

      const { dir, cleanup } = tempDir();
      cleanups.push(cleanup);
      const again = await openDatabase(join(dir, 'again.db'), { now: () => FIXED_NOW });
      cleanups.push(() => again.db.close());
      createServices(again.db, { now: () => FIXED_NOW }).bundle.import(v6Bundle);
      expect(createServices(again.db).bundle.export()).toEqual(exported);
    });
  });
}
