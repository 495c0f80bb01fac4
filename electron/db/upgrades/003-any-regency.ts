// Data moves of migration 003 that SQL alone cannot make: facilitators from JSON into people, signatories merged
// per person with their positions in order, and a uid and times for every existing record.
import type Database from 'better-sqlite3';
import { newUid } from '../uid';

/** Tables whose records carry uid, created_at and updated_at (created_at may predate 003). */
export const UID_TABLES = [
  'regency',
  'programme',
  'unit',
  'person',
  'position',
  'team',
  'team_member',
  'stage',
  'stage_facilitator',
  'stage_day',
  'participant',
  'closure',
  'closure_signatory',
  'mp_plan',
  'mp_volume',
  'mp_chapter',
  'mp_section',
  'mp_dimension',
  'mp_element',
  'mp_readiness',
  'mp_swot',
  'mp_programme',
  'mp_template',
  'document_number',
  'document_render',
] as const;

interface OldFacilitator {
  name?: unknown;
  institution?: unknown;
}

function moveFacilitators(db: Database.Database): void {
  const stages = db.prepare('SELECT number, facilitators FROM stage ORDER BY number').all() as {
    number: number;
    facilitators: string;
  }[];
  const findPerson = db.prepare<[string, string | null]>(
    'SELECT id FROM person WHERE name = ? COLLATE NOCASE AND is_asn = 0 AND institution IS ? LIMIT 1',
  );
  const addPerson = db.prepare<[string, string | null]>('INSERT INTO person (name, is_asn, institution) VALUES (?, 0, ?)');
  const addFacilitator = db.prepare<[number, number, number]>(
    'INSERT OR IGNORE INTO stage_facilitator (stage_number, person_id, sort_order) VALUES (?, ?, ?)',
  );
  for (const stage of stages) {
    const list = JSON.parse(stage.facilitators) as OldFacilitator[];
    list.forEach((f, i) => {
      const name = String(f.name ?? '').trim();
      if (!name) return;
      const institution = String(f.institution ?? '').trim() || null;
      const found = findPerson.get(name, institution) as { id: number } | undefined;
      const personId = found ? found.id : Number(addPerson.run(name, institution).lastInsertRowid);
      addFacilitator.run(stage.number, personId, i);
    });
  }
  db.exec('ALTER TABLE stage DROP COLUMN facilitators');
}

/** v1 had one row per position; a person who signed in two positions becomes one signature naming both. */
function mergeSignatories(db: Database.Database): void {
  const rows = db
    .prepare(
      `SELECT s.id, s.position_id, s.kind, s.on_behalf_of, s.by_order_of, s.sort_order, p.person_id
       FROM closure_signatory s JOIN position p ON p.id = s.position_id
       ORDER BY s.kind, s.sort_order, s.id`,
    )
    .all() as {
    id: number;
    position_id: number;
    kind: string;
    on_behalf_of: string | null;
    by_order_of: string | null;
    sort_order: number;
    person_id: number;
  }[];
  const addSignatory = db.prepare(
    `INSERT INTO closure_signatory_v3 (id, person_id, kind, on_behalf_of, by_order_of, sort_order)
     VALUES (@id, @person_id, @kind, @on_behalf_of, @by_order_of, @sort_order)`,
  );
  const addPosition = db.prepare<[number, number, number]>(
    'INSERT INTO closure_signatory_position (signatory_id, position_id, sort_order) VALUES (?, ?, ?)',
  );
  const merged = new Map<string, { id: number; positions: number }>();
  for (const row of rows) {
    const key = `${row.kind}/${row.person_id}`;
    const existing = merged.get(key);
    if (existing) {
      addPosition.run(existing.id, row.position_id, existing.positions++);
      continue;
    }
    addSignatory.run(row);
    addPosition.run(row.id, row.position_id, 0);
    merged.set(key, { id: row.id, positions: 1 });
  }
  keepBeritaAcaraMengetahui(db);
  db.exec('DROP TABLE closure_signatory');
  db.exec('ALTER TABLE closure_signatory_v3 RENAME TO closure_signatory');
  db.exec('CREATE INDEX closure_signatory_person ON closure_signatory (person_id)');
}

/**
 * v1 printed one "Mengetahui" list under both the commitment sheet and the berita acara. v2 gives the berita acara
 * its own list; starting it as a copy keeps every document printing what it printed before the upgrade.
 */
function keepBeritaAcaraMengetahui(db: Database.Database): void {
  const knowing = db
    .prepare(
      "SELECT id, person_id, on_behalf_of, by_order_of, sort_order FROM closure_signatory_v3 WHERE kind = 'mengetahui' ORDER BY sort_order, id",
    )
    .all() as { id: number; person_id: number; on_behalf_of: string | null; by_order_of: string | null; sort_order: number }[];
  const add = db.prepare(
    `INSERT INTO closure_signatory_v3 (person_id, kind, on_behalf_of, by_order_of, sort_order)
     VALUES (@person_id, 'mengetahui_berita_acara', @on_behalf_of, @by_order_of, @sort_order)`,
  );
  const copyPositions = db.prepare<[number, number]>(
    `INSERT INTO closure_signatory_position (signatory_id, position_id, sort_order)
     SELECT ?, position_id, sort_order FROM closure_signatory_position WHERE signatory_id = ?`,
  );
  for (const row of knowing) {
    const id = Number(add.run(row).lastInsertRowid);
    copyPositions.run(id, row.id);
  }
}

function giveUids(db: Database.Database, now: string): void {
  for (const table of UID_TABLES) {
    const rows = db.prepare(`SELECT rowid AS r FROM ${table} WHERE uid IS NULL ORDER BY rowid`).all() as { r: number }[];
    const set = db.prepare<[string, number]>(`UPDATE ${table} SET uid = ? WHERE rowid = ?`);
    for (const { r } of rows) set.run(newUid(), r);
    db.prepare(`UPDATE ${table} SET created_at = coalesce(created_at, ?), updated_at = coalesce(updated_at, ?)`).run(now, now);
    db.exec(`CREATE UNIQUE INDEX ${table}_uid ON ${table} (uid)`);
  }
}

export function upgradeToAnyRegency(db: Database.Database, now: string): void {
  moveFacilitators(db);
  mergeSignatories(db);
  giveUids(db, now);
}
