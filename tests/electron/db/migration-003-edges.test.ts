// Migration 003 and the v1 bundle upgrade on the edge cases of v1 data that the fixtures do not hold: blank and
// repeated facilitators, case and spacing differences, a facilitator named like a civil servant, a signatory
// mengetahui who also signs, a v1 database without a programme. Both paths must give the same people.
import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase, openDatabase } from '../../../electron/db/connection';
import { MIGRATIONS, migrationSql } from '../../../electron/db/migrations';
import { createServices } from '../../../electron/services/services';
import { upgradeBundle } from '../../../shared/domain/bundle-upgrade';
import { FIXED_NOW, tempDir } from '../../helpers/temp-db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A database as v1 of the app (schema version 2) left it, filled by `fill`. */
function v1Database(fill: (db: Database.Database) => void): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const file = join(dir, 'v1.db');
  const db = new Database(file);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
  for (const m of MIGRATIONS.slice(0, 2)) {
    db.exec(migrationSql(m));
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2021-01-01T00:00:00.000Z');
  }
  fill(db);
  db.close();
  return file;
}

async function migrate(file: string) {
  const opened = await openDatabase(file, { now: () => FIXED_NOW });
  cleanups.unshift(() => opened.db.close());
  return opened;
}

const STAGE_1 = [
  { name: '  ', institution: 'Tanpa Nama' },
  { name: 'Fazrul Rozi', institution: 'Kominfo RI' },
  { name: 'fazrul rozi ', institution: ' Kominfo RI ' },
  { name: 'Ani Lubis', institution: '' },
  { name: 'José Manurung', institution: 'USU' },
];
const STAGE_2 = [
  { name: 'FAZRUL ROZI', institution: 'Kominfo RI' },
  { name: 'Fazrul Rozi', institution: 'Universitas Lain' },
  { name: 'JOSÉ MANURUNG', institution: 'USU' },
];

function fillEdges(db: Database.Database): void {
  db.prepare("INSERT INTO person (id, name) VALUES (1, 'Ani Lubis')").run();
  db.prepare("INSERT INTO position (id, person_id, title, role, status) VALUES (1, 1, 'Camat Raya', 'camat', 'definitif')").run();
  db.prepare("INSERT INTO position (id, person_id, title, role, status) VALUES (2, 1, 'Kepala Dinas', 'kepala_opd', 'plt')").run();
  const stage = db.prepare("INSERT INTO stage (number, title, facilitators, agenda, outputs) VALUES (?, ?, ?, '[]', '[]')");
  stage.run(1, 'Tahap I', JSON.stringify(STAGE_1));
  stage.run(2, 'Tahap II', JSON.stringify(STAGE_2));
  stage.run(3, 'Tahap III', '[]');
  db.prepare("INSERT INTO closure (id, date, commitment_title, points) VALUES (1, '2021-11-19', 'Komitmen Bersama', '[]')").run();
  const signatory = db.prepare('INSERT INTO closure_signatory (id, position_id, kind, sort_order) VALUES (?, ?, ?, ?)');
  db.prepare("INSERT INTO person (id, name) VALUES (2, 'Bupati Raya')").run();
  db.prepare("INSERT INTO position (id, person_id, title, role, status) VALUES (3, 2, 'Bupati Raya', 'bupati', 'definitif')").run();
  signatory.run(1, 2, 'penandatangan', 5);
  signatory.run(2, 3, 'mengetahui', 0);
  signatory.run(3, 1, 'penandatangan', 1);
}

describe('migration 003 on v1 edge cases', () => {
  it('skips blank facilitators, merges the same one across case, spacing and stages, keeps namesakes apart', async () => {
    const { db } = await migrate(v1Database(fillEdges));
    expect(checkDatabase(db).ok).toBe(true);
    const facilitators = db
      .prepare(
        `SELECT f.stage_number AS stage, f.sort_order AS sortOrder, p.id, p.name, p.institution, p.is_asn AS asn
         FROM stage_facilitator f JOIN person p ON p.id = f.person_id ORDER BY f.stage_number, f.sort_order`,
      )
      .all();
    expect(facilitators).toEqual([
      { stage: 1, sortOrder: 1, id: 3, name: 'Fazrul Rozi', institution: 'Kominfo RI', asn: 0 },
      { stage: 1, sortOrder: 3, id: 4, name: 'Ani Lubis', institution: null, asn: 0 },
      { stage: 1, sortOrder: 4, id: 5, name: 'José Manurung', institution: 'USU', asn: 0 },
      { stage: 2, sortOrder: 0, id: 3, name: 'Fazrul Rozi', institution: 'Kominfo RI', asn: 0 },
      { stage: 2, sortOrder: 1, id: 6, name: 'Fazrul Rozi', institution: 'Universitas Lain', asn: 0 },
      // SQLite's NOCASE folds ASCII only: "JOSÉ" is not "José".
      { stage: 2, sortOrder: 2, id: 7, name: 'JOSÉ MANURUNG', institution: 'USU', asn: 0 },
    ]);
    // The civil servant Ani Lubis is not taken for the facilitator of the same name.
    expect(db.prepare('SELECT id, is_asn FROM person WHERE id = 1').get()).toEqual({ id: 1, is_asn: 1 });
  });

  it('merges a signer’s positions in signing order, not id order', async () => {
    const { db } = await migrate(v1Database(fillEdges));
    const signatories = createServices(db, { now: () => FIXED_NOW }).repos.closureSignatories.list();
    // Signing order (sort_order), not id order: position 1 signed before position 2.
    expect(signatories.map((s) => [s.id, s.kind, s.personId, s.positionIds, s.sortOrder])).toEqual([
      [3, 'penandatangan', 1, [1, 2], 1],
      [2, 'mengetahui', 2, [3], 0],
      [4, 'mengetahui_berita_acara', 2, [3], 0],
    ]);
  });

  it('the v1 bundle upgrade makes the same people and facilitators', () => {
    const v1 = {
      format: 'smart-city-desk-bundle',
      version: 1,
      people: [
        { id: 1, name: 'Ani Lubis' },
        { id: 2, name: 'Bupati Raya' },
      ],
      stages: [
        { number: 1, title: 'Tahap I', facilitators: STAGE_1 },
        { number: 2, title: 'Tahap II', facilitators: STAGE_2 },
        { number: 3, title: 'Tahap III', facilitators: [] },
      ],
    };
    const v2 = upgradeBundle(v1) as { people: { id: number; name: string; institution: string | null; asn?: boolean }[]; stageFacilitators: { stageNumber: number; sortOrder: number; personId: number }[] };
    const byId = new Map(v2.people.map((p) => [p.id, p]));
    expect(
      v2.stageFacilitators.map((f) => {
        const p = byId.get(f.personId)!;
        return { stage: f.stageNumber, sortOrder: f.sortOrder, id: p.id, name: p.name, institution: p.institution, asn: p.asn === false ? 0 : 1 };
      }),
    ).toEqual([
      { stage: 1, sortOrder: 1, id: 3, name: 'Fazrul Rozi', institution: 'Kominfo RI', asn: 0 },
      { stage: 1, sortOrder: 3, id: 4, name: 'Ani Lubis', institution: null, asn: 0 },
      { stage: 1, sortOrder: 4, id: 5, name: 'José Manurung', institution: 'USU', asn: 0 },
      { stage: 2, sortOrder: 0, id: 3, name: 'Fazrul Rozi', institution: 'Kominfo RI', asn: 0 },
      { stage: 2, sortOrder: 1, id: 6, name: 'Fazrul Rozi', institution: 'Universitas Lain', asn: 0 },
      { stage: 2, sortOrder: 2, id: 7, name: 'JOSÉ MANURUNG', institution: 'USU', asn: 0 },
    ]);
  });

  it('migrates a v1 database that never got a profile or programme', async () => {
    const { db, migrated } = await migrate(v1Database(() => {}));
    // Every migration after v1's two, up to the latest (later migrations run after 003 as well).
    expect(migrated).toEqual(MIGRATIONS.slice(2).map((m) => m.version));
    expect(checkDatabase(db).ok).toBe(true);
    expect(db.prepare('SELECT count(*) AS n FROM mp_plan').get()).toEqual({ n: 0 });
    const services = createServices(db, { now: () => FIXED_NOW });
    expect(services.repos.regency.get()).toBeNull();
    expect(services.repos.people.list()).toEqual([]);
  });
});

describe('a migration 003 that fails', () => {
  it('leaves the v1 database as it was (one transaction) and says so; the backup is beside it', async () => {
    // v1 only ever wrote a list here; anything else stops the data move half-way.
    const file = v1Database((db) => {
      fillEdges(db);
      db.prepare(`UPDATE stage SET facilitators = '"Fazrul Rozi, Kominfo"' WHERE number = 3`).run();
    });
    const before = new Database(file, { readonly: true });
    const snapshot = (db: Database.Database) => ({
      versions: db.prepare('SELECT version FROM schema_migrations ORDER BY version').all(),
      people: db.prepare('SELECT * FROM person ORDER BY id').all(),
      signatories: db.prepare('SELECT * FROM closure_signatory ORDER BY id').all(),
      stages: db.prepare('SELECT * FROM stage ORDER BY number').all(),
      tables: db.prepare("SELECT name, sql FROM sqlite_schema ORDER BY name").all(),
    });
    const expected = snapshot(before);
    before.close();
    await expect(openDatabase(file, { now: () => FIXED_NOW })).rejects.toThrow();
    const after = new Database(file, { readonly: true });
    try {
      expect(snapshot(after)).toEqual(expected);
    } finally {
      after.close();
    }
    expect(readdirSync(dirname(file)).filter((f) => f.includes('.sebelum-migrasi-v2-'))).toHaveLength(1);
  });
});
