// Migration 003 on real v1 database files, made by the previous release's own code (tests/fixtures/v1/README.md):
// opened with today's openDatabase, a backup is written first, the schema reaches the latest version and every
// record survives, moved to where v2 keeps it.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase, openDatabase, type Db } from '../../../electron/db/connection';
import { appliedMigrations, LATEST_VERSION, MIGRATIONS } from '../../../electron/db/migrations';
import { UID_TABLES } from '../../../electron/db/upgrades/003-any-regency';
import { createServices } from '../../../electron/services/services';
import { bundleSchema } from '../../../shared/domain/bundle';
import { FIXED_NOW, tempDir } from '../../helpers/temp-db';

const FIXTURES = fileURLToPath(new URL('../../fixtures/v1/', import.meta.url));
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Row = Record<string, unknown>;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

interface Migrated {
  file: string;
  db: Db;
  backupFile: string | null;
  migrated: number[];
  /** The untouched v1 fixture, read-only. */
  v1: Database.Database;
}

/**
 * The untouched v1 fixture, read-only, from a copy: SQLite opens a WAL database with -shm and -wal files beside it,
 * which must not appear in tests/fixtures.
 */
function openV1(name: string, dir: string): Database.Database {
  const copy = join(dir, `${name}.v1.db`);
  copyFileSync(join(FIXTURES, `${name}.db`), copy);
  return new Database(copy, { readonly: true, fileMustExist: true });
}

async function migrateCopy(name: 'demo' | 'awkward'): Promise<Migrated> {
  const { dir, cleanup } = tempDir();
  const file = join(dir, `${name}.db`);
  copyFileSync(join(FIXTURES, `${name}.db`), file);
  const v1 = openV1(name, dir);
  const opened = await openDatabase(file, { now: () => FIXED_NOW });
  cleanups.push(() => {
    if (opened.db.open) opened.db.close();
    v1.close();
    cleanup();
  });
  return { file, db: opened.db, backupFile: opened.backupFile, migrated: opened.migrated, v1 };
}

const all = (db: Database.Database, sql: string, ...params: unknown[]): Row[] => db.prepare(sql).all(...params) as Row[];
const count = (db: Database.Database, table: string): number =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const tables = (db: Database.Database): string[] =>
  all(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").map(
    (r) => r.name as string,
  );
const columns = (db: Database.Database, table: string): string[] =>
  all(db, 'SELECT name FROM pragma_table_info(?)', table).map((r) => r.name as string);

/** v1 columns that 003 renamed: the value must be found under the new name. */
const RENAMED: Record<string, Record<string, string>> = { stage: { venue: 'venue_name' } };
/** v1 columns that 003 moved elsewhere (checked one by one below). */
const MOVED: Record<string, string[]> = {
  stage: ['facilitators'],
  programme: ['vision'],
  mp_programme: ['budget_estimate', 'budget_source'],
  regency: ['tata_naskah'],
};
/** v1 tables that 003 rebuilt in another shape (checked one by one below). */
const RESHAPED = new Set(['closure_signatory']);

/** What v1 says the merged signatories must be: one per (kind, person), positions in signing order. */
function expectedSignatories(v1: Database.Database) {
  const rows = all(
    v1,
    `SELECT s.id, s.kind, s.position_id, s.on_behalf_of, s.by_order_of, s.sort_order, p.person_id
     FROM closure_signatory s JOIN position p ON p.id = s.position_id ORDER BY s.kind, s.sort_order, s.id`,
  );
  const merged = new Map<
    string,
    {
      id: number;
      personId: number;
      kind: string;
      positionIds: number[];
      onBehalfOf: unknown;
      byOrderOf: unknown;
      sortOrder: number;
    }
  >();
  for (const r of rows) {
    const key = `${r.kind}/${r.person_id}`;
    const existing = merged.get(key);
    if (existing) existing.positionIds.push(r.position_id as number);
    else
      merged.set(key, {
        id: r.id as number,
        personId: r.person_id as number,
        kind: r.kind as string,
        positionIds: [r.position_id as number],
        onBehalfOf: r.on_behalf_of,
        byOrderOf: r.by_order_of,
        sortOrder: r.sort_order as number,
      });
  }
  const signatories = [...merged.values()].sort((a, b) => a.id - b.id);
  // The berita acara's own Mengetahui list starts as a copy of the one v1 printed under both documents.
  let nextId = Math.max(0, ...signatories.map((s) => s.id)) + 1;
  const knowing = signatories.filter((s) => s.kind === 'mengetahui').sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  for (const s of knowing)
    signatories.push({ ...s, id: nextId++, kind: 'mengetahui_berita_acara', positionIds: [...s.positionIds] });
  return signatories;
}

/** Facilitators as v1 stored them, per stage in order, trimmed; empty names were never printed. */
function v1Facilitators(v1: Database.Database): { stage: number; name: string; institution: string | null }[] {
  return all(v1, 'SELECT number, facilitators FROM stage ORDER BY number').flatMap((s) =>
    (JSON.parse(s.facilitators as string) as { name: string; institution: string }[])
      .filter((f) => f.name.trim() !== '')
      .map((f) => ({ stage: s.number as number, name: f.name.trim(), institution: f.institution.trim() || null })),
  );
}

for (const name of ['demo', 'awkward'] as const) {
  describe(`v1 database ${name}.db opened by today's app`, () => {
    it('is backed up first, then migrated to the latest version, whole and consistent', async () => {
      const m = await migrateCopy(name);
      expect(m.migrated).toEqual(MIGRATIONS.slice(2).map((mig) => mig.version));
      expect(appliedMigrations(m.db).at(-1)!.version).toBe(LATEST_VERSION);
      expect(m.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(m.db.pragma('foreign_key_check')).toEqual([]);
      expect(m.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(checkDatabase(m.db)).toMatchObject({ ok: true, schemaVersion: LATEST_VERSION });
      expect(m.db.pragma('foreign_keys', { simple: true })).toBe(1);

      // The backup is the v1 database as it was: same history, same rows in every table.
      expect(m.backupFile).toMatch(/\.sebelum-migrasi-v2-.*\.bak$/);
      expect(existsSync(m.backupFile!)).toBe(true);
      const backup = new Database(m.backupFile!, { readonly: true });
      try {
        expect(appliedMigrations(backup).map((r) => r.version)).toEqual([1, 2]);
        expect(tables(backup)).toEqual(tables(m.v1));
        for (const table of tables(m.v1)) {
          expect(all(backup, `SELECT * FROM ${table} ORDER BY rowid`), table).toEqual(
            all(m.v1, `SELECT * FROM ${table} ORDER BY rowid`),
          );
        }
      } finally {
        backup.close();
      }
    });

    it('keeps every v1 row and value that v2 still stores in the same place', async () => {
      const m = await migrateCopy(name);
      for (const table of tables(m.v1)) {
        if (RESHAPED.has(table) || table === 'schema_migrations') continue;
        expect(tables(m.db), table).toContain(table);
        const renamed = RENAMED[table] ?? {};
        const moved = new Set(MOVED[table] ?? []);
        const v1Columns = columns(m.v1, table).filter((c) => !moved.has(c));
        const v2Columns = columns(m.db, table);
        for (const c of v1Columns) expect(v2Columns, `${table}.${c}`).toContain(renamed[c] ?? c);
        const select = (names: string[]) => `SELECT ${names.join(', ')} FROM ${table} ORDER BY rowid`;
        const before = all(m.v1, select(v1Columns));
        const after = all(m.db, select(v1Columns.map((c) => (renamed[c] ? `${renamed[c]} AS ${c}` : c))));
        const added = table === 'person' ? v1Facilitators(m.v1) : [];
        if (table === 'person') {
          // The facilitators became people after the v1 rows; the v1 rows themselves are unchanged.
          expect(after.slice(0, before.length)).toEqual(before);
          expect(after.length).toBeGreaterThan(before.length);
          expect(added.length).toBeGreaterThan(0);
        } else {
          expect(after, table).toEqual(before);
        }
      }
      expect(appliedMigrations(m.db).slice(0, 2)).toEqual(appliedMigrations(m.v1));
      // Tata Naskah keeps every v1 setting, in order, and gains v2's with their defaults.
      const naskah = (db: Database.Database) =>
        JSON.parse((db.prepare('SELECT tata_naskah FROM regency').get() as { tata_naskah: string }).tata_naskah);
      expect(naskah(m.db)).toEqual({ ...naskah(m.v1), timeZone: 'WIB', signerNameCase: 'as_recorded', signatureSpaceMm: 25 });
      expect(Object.keys(naskah(m.db)).slice(0, Object.keys(naskah(m.v1)).length)).toEqual(Object.keys(naskah(m.v1)));
    });

    it('gives every record a unique UUIDv7 and created/updated times', async () => {
      const m = await migrateCopy(name);
      for (const table of UID_TABLES) {
        const rows = all(m.db, `SELECT uid, created_at, updated_at FROM ${table}`);
        for (const r of rows) {
          expect(r.uid, table).toMatch(UUID_V7);
          expect(r.created_at, table).toEqual(expect.any(String));
          expect(r.updated_at, table).toEqual(expect.any(String));
        }
        expect(new Set(rows.map((r) => r.uid)).size, table).toBe(rows.length);
        // A second record with the same uid is refused by the database itself.
        if (rows.length > 0) {
          const index = all(m.db, `SELECT name FROM pragma_index_list(?) WHERE "unique" = 1`, table).map((r) => r.name);
          expect(index, table).toContain(`${table}_uid`);
        }
      }
      // v1 render and template times are kept, not overwritten by the migration's clock.
      expect(all(m.db, 'SELECT created_at FROM document_render ORDER BY id')).toEqual(
        all(m.v1, 'SELECT created_at FROM document_render ORDER BY id'),
      );
      expect(all(m.db, 'SELECT created_at FROM mp_template ORDER BY id')).toEqual(
        all(m.v1, 'SELECT created_at FROM mp_template ORDER BY id'),
      );
      // Every other record was stamped with the time of the migration.
      expect(all(m.db, 'SELECT DISTINCT created_at, updated_at FROM person')).toEqual([
        { created_at: FIXED_NOW, updated_at: FIXED_NOW },
      ]);
    });

    it('merges signatories per person, positions in signing order, keeping a.n./u.b. and order', async () => {
      const m = await migrateCopy(name);
      const expected = expectedSignatories(m.v1);
      const copiedPositions = expected.filter((s) => s.kind === 'mengetahui_berita_acara').flatMap((s) => s.positionIds).length;
      expect(count(m.db, 'closure_signatory_position')).toBe(count(m.v1, 'closure_signatory') + copiedPositions);
      const services = createServices(m.db, { now: () => FIXED_NOW });
      const actual = services.repos.closureSignatories
        .list()
        .map(({ id, personId, kind, positionIds, onBehalfOf, byOrderOf, sortOrder }) => ({
          id,
          personId,
          kind,
          positionIds,
          onBehalfOf,
          byOrderOf,
          sortOrder,
        }))
        .sort((a, b) => a.id - b.id);
      expect(actual).toEqual(expected);
    });

    it('turns facilitators into non-ASN people with their instansi, linked to their stage in order', async () => {
      const m = await migrateCopy(name);
      const facilitators = all(
        m.db,
        `SELECT f.stage_number AS stage, p.name, p.institution, p.is_asn, p.nip, p.pangkat
         FROM stage_facilitator f JOIN person p ON p.id = f.person_id ORDER BY f.stage_number, f.sort_order`,
      );
      expect(facilitators.map(({ stage, name, institution }) => ({ stage, name, institution }))).toEqual(v1Facilitators(m.v1));
      for (const f of facilitators) expect(f).toMatchObject({ is_asn: 0, nip: null, pangkat: null });
      // One person per facilitator, however many stages they led.
      const distinct = new Set(v1Facilitators(m.v1).map((f) => `${f.name.toLowerCase()}|${f.institution}`));
      expect(count(m.db, 'person')).toBe(count(m.v1, 'person') + distinct.size);
      expect(columns(m.db, 'stage')).not.toContain('facilitators');
    });

    it('moves the vision to the masterplan plan and the budget to funding lines', async () => {
      const m = await migrateCopy(name);
      const vision = (m.v1.prepare('SELECT vision FROM programme').get() as { vision: string | null }).vision;
      expect(vision).toBeTruthy();
      expect(all(m.db, 'SELECT id, vision FROM mp_plan')).toEqual([{ id: 1, vision }]);
      expect(columns(m.db, 'programme')).not.toContain('vision');

      const budgets = all(m.v1, 'SELECT id, budget_estimate, budget_source FROM mp_programme ORDER BY id');
      const fundings = all(
        m.db,
        'SELECT programme_id, source, amount, sort_order FROM mp_programme_funding ORDER BY programme_id',
      );
      expect(fundings).toEqual(
        budgets
          .filter((b) => b.budget_estimate !== null || b.budget_source !== null)
          .map((b) => ({ programme_id: b.id, source: b.budget_source ?? 'Lainnya', amount: b.budget_estimate, sort_order: 0 })),
      );
      expect(columns(m.db, 'mp_programme')).not.toContain('budget_estimate');
    });

    it('keeps issued numbers (all active) and every render still points at its number', async () => {
      const m = await migrateCopy(name);
      expect(
        all(m.db, 'SELECT id, kind, subject_key, year, seq, number, manual, issued_at FROM document_number ORDER BY id'),
      ).toEqual(all(m.v1, 'SELECT id, kind, subject_key, year, seq, number, manual, issued_at FROM document_number ORDER BY id'));
      expect(all(m.db, 'SELECT DISTINCT status FROM document_number')).toEqual([{ status: 'aktif' }]);
      expect(all(m.db, 'SELECT id, number_id FROM document_render ORDER BY id')).toEqual(
        all(m.v1, 'SELECT id, number_id FROM document_render ORDER BY id'),
      );
      expect(all(m.db, 'SELECT year, last FROM number_counter')).toEqual(all(m.v1, 'SELECT year, last FROM number_counter'));
      // The rebuilt table refers to the right parent, and its unique indexes are in place.
      const indexes = all(m.db, 'SELECT name FROM pragma_index_list(\'document_number\') WHERE "unique" = 1').map((r) => r.name);
      expect(indexes).toEqual(expect.arrayContaining(['document_number_active', 'document_number_year_seq']));
      expect(all(m.db, 'SELECT "table" AS parent FROM pragma_foreign_key_list(\'document_render\')')).toEqual([
        { parent: 'document_number' },
      ]);
      expect(
        all(m.db, 'SELECT "table" AS parent FROM pragma_foreign_key_list(\'closure_signatory_position\') ORDER BY 1'),
      ).toEqual([{ parent: 'closure_signatory' }, { parent: 'position' }]);
    });

    it('is read back by every repository and exports a valid current (v3) bundle', async () => {
      const m = await migrateCopy(name);
      const services = createServices(m.db, { now: () => FIXED_NOW });
      const bundle = services.bundle.export();
      expect(bundle.version).toBe(3);
      expect(bundle.people).toHaveLength(count(m.db, 'person'));
      expect(bundle.masterplan.programmes).toHaveLength(count(m.v1, 'mp_programme'));
      expect(bundle.documentRenders).toHaveLength(count(m.v1, 'document_render'));
      // What the repositories read is already v2 in full: parsing adds no default the database lacks (a v1
      // tata_naskah without timeZone once printed "08.00 – 16.00 undefined").
      expect(bundleSchema.parse(JSON.parse(JSON.stringify(bundle)))).toEqual(bundle);
      expect(bundle.regency.tataNaskah).toMatchObject({ timeZone: 'WIB', signerNameCase: 'as_recorded', signatureSpaceMm: 25 });
      // The export is itself an importable bundle.
      const { services: fresh, cleanup } = await freshServices();
      try {
        fresh.bundle.import(JSON.parse(JSON.stringify(bundle)));
        expect(fresh.bundle.export()).toEqual(bundle);
      } finally {
        cleanup();
      }
    });
  });
}

async function freshServices() {
  const { dir, cleanup } = tempDir();
  const opened = await openDatabase(join(dir, 'fresh.db'), { now: () => FIXED_NOW });
  return {
    services: createServices(opened.db, { now: () => FIXED_NOW }),
    cleanup: () => {
      opened.db.close();
      cleanup();
    },
  };
}

describe('v1 awkward.db: the cases the demo lacks, value by value', () => {
  it('merges two-position signers in signing order, not id order', async () => {
    const m = await migrateCopy('awkward');
    const services = createServices(m.db, { now: () => FIXED_NOW });
    const signatories = services.repos.closureSignatories.list();
    expect(signatories.map((s) => [s.kind, s.personId, s.positionIds, s.onBehalfOf, s.byOrderOf])).toEqual([
      ['penandatangan', 1, [2, 1], null, null],
      ['penandatangan', 2, [3], null, null],
      ['penandatangan', 4, [5, 6], null, null],
      ['mengetahui', 3, [4], 'Bupati Contoh Jaya', 'Sekretaris Daerah'],
      ['mengetahui', 5, [7], null, null],
      ['mengetahui_berita_acara', 3, [4], 'Bupati Contoh Jaya', 'Sekretaris Daerah'],
      ['mengetahui_berita_acara', 5, [7], null, null],
    ]);
  });

  it('makes one person of a facilitator who led two stages, apart from a namesake already recorded', async () => {
    const m = await migrateCopy('awkward');
    const fazrul = all(m.db, "SELECT id, is_asn, institution FROM person WHERE name = 'Fazrul Rozi' ORDER BY id");
    expect(fazrul).toEqual([
      { id: 6, is_asn: 1, institution: null },
      { id: 7, is_asn: 0, institution: 'Kementerian Komunikasi dan Informatika RI' },
    ]);
    expect(
      all(m.db, 'SELECT stage_number, person_id, sort_order FROM stage_facilitator WHERE person_id = 7 ORDER BY stage_number'),
    ).toEqual([
      { stage_number: 1, person_id: 7, sort_order: 0 },
      { stage_number: 2, person_id: 7, sort_order: 1 },
    ]);
    expect(all(m.db, "SELECT name, institution FROM person WHERE name = 'José Manurung'")).toEqual([
      { name: 'José Manurung', institution: 'Universitas Sumatera Utara' },
    ]);
    expect(all(m.db, 'SELECT number, venue_name FROM stage ORDER BY number')).toEqual([
      { number: 1, venue_name: 'Aula Kantor Bupati' },
      { number: 2, venue_name: 'Aula Bappeda' },
    ]);
  });

  it('turns budget and source, budget only, source only and neither into funding lines', async () => {
    const m = await migrateCopy('awkward');
    const services = createServices(m.db, { now: () => FIXED_NOW });
    expect(
      services.repos.programmeItems
        .list()
        .map((p) => [p.id, p.fundings])
        .sort(),
    ).toEqual([
      [1, [{ source: 'APBD', amount: 1_500_000_000 }]],
      [2, [{ source: 'Lainnya', amount: 250_000_000 }]],
      [3, [{ source: 'APBN', amount: null }]],
      [4, []],
    ]);
    expect(services.repos.plan.get()?.vision).toBe('Contoh Jaya Cerdas – Melayani, Berdaya Saing dan Sejahtera');
  });

  it('keeps the automatic and the manual number with their renders', async () => {
    const m = await migrateCopy('awkward');
    expect(all(m.db, 'SELECT id, kind, seq, number, manual, status FROM document_number ORDER BY id')).toEqual([
      { id: 1, kind: 'berita-acara', seq: 8, number: '000.1.5/8/Kominfo/XI/2021', manual: 0, status: 'aktif' },
      { id: 2, kind: 'komitmen', seq: null, number: '005/SRIKANDI/XI/2021', manual: 1, status: 'aktif' },
    ]);
    expect(all(m.db, 'SELECT id, kind, number_id FROM document_render ORDER BY id')).toEqual([
      { id: 1, kind: 'berita-acara', number_id: 1 },
      { id: 2, kind: 'berita-acara', number_id: 1 },
      { id: 3, kind: 'komitmen', number_id: null },
      { id: 4, kind: 'daftar-hadir', number_id: null },
      { id: 5, kind: 'komitmen', number_id: 2 },
    ]);
    // The next automatic number of 2021 continues after the v1 counter.
    const services = createServices(m.db, { now: () => FIXED_NOW });
    const next = services.register.issueNumber({ kind: 'daftar-hadir', subjectKey: 'tahap-2-hari-1', date: '2021-10-04' });
    expect(next.seq).toBe(9);
  });

  it('derives jenis kelamin from each NIP', async () => {
    const m = await migrateCopy('awkward');
    for (const p of all(m.db, 'SELECT nip, gender FROM person')) {
      expect(p.gender).toBe(p.nip === null ? null : ({ '1': 'L', '2': 'P' } as Record<string, string>)[(p.nip as string)[14]!]);
    }
  });
});

describe('v1 demo.json is the same programme as v1 demo.db', () => {
  it('holds the same vision the migration moved', () => {
    const bundle = JSON.parse(readFileSync(join(FIXTURES, 'demo.json'), 'utf8'));
    expect(bundle.version).toBe(1);
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const v1 = openV1('demo', dir);
    try {
      expect(bundle.programme.vision).toBe((v1.prepare('SELECT vision FROM programme').get() as { vision: string }).vision);
      expect(bundle.people).toHaveLength(count(v1, 'person'));
    } finally {
      v1.close();
    }
  });
});
