// The child-first table order derived from the foreign keys: every programme table, each before every table it
// refers to, so a clear (import --replace) never breaks a reference, and the programme's data is emptied whole.
import { describe, expect, it } from 'vitest';
import { NOT_PROGRAMME, tablesChildFirst } from '../../../electron/db/table-order';
import { clearProgramme, isDatabaseEmpty } from '../../../electron/services/bundle-service';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { type TempDatabase, tempDatabasePerTest } from '../../helpers/temp-db';

const openDb = tempDatabasePerTest();
async function db(): Promise<TempDatabase> {
  const t = await openDb();
  return t;
}

describe('tablesChildFirst', () => {
  it('lists every table but the migration history and local settings, each before the tables it refers to', async () => {
    const t = await db();
    const raw = t.opened.db;
    const order = tablesChildFirst(raw);
    const all = (
      raw.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]
    )
      .map((r) => r.name)
      .filter((n) => !NOT_PROGRAMME.has(n));
    expect([...NOT_PROGRAMME].sort()).toEqual(['local_setting', 'schema_migrations', 'word_template']);
    expect([...order].sort()).toEqual(all.sort());
    expect(new Set(order).size).toBe(order.length);
    for (const table of order) {
      const parents = (raw.prepare('SELECT "table" AS parent FROM pragma_foreign_key_list(?)').all(table) as { parent: string }[])
        .map((r) => r.parent)
        .filter((p) => p !== table);
      for (const parent of parents) expect(order.indexOf(table), `${table} before ${parent}`).toBeLessThan(order.indexOf(parent));
    }
    expect(order.indexOf('closure_signatory_position')).toBeLessThan(order.indexOf('closure_signatory'));
    expect(order.indexOf('mp_programme_funding')).toBeLessThan(order.indexOf('mp_programme'));
  });

  it('empties the whole demo programme with foreign keys on, and the database then counts as empty', async () => {
    const t = await db();
    t.services.bundle.import(demoBundle());
    expect(isDatabaseEmpty(t.services.repos)).toBe(false);
    expect(t.opened.db.pragma('foreign_keys', { simple: true })).toBe(1);
    t.opened.db.transaction(() => clearProgramme(t.services.repos))();
    expect(isDatabaseEmpty(t.services.repos)).toBe(true);
    expect(t.opened.db.pragma('foreign_key_check')).toEqual([]);
    // The migration history is not programme data.
    expect((t.opened.db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n).toBeGreaterThan(0);
    t.services.bundle.import(demoBundle());
  });
});
