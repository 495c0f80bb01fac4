// v1 bundles written by the previous release (tests/fixtures/v1/) still import: upgraded on the way in, exported as
// v2, and the v2 export imports again to the same bytes with every uid kept. A v1 programme arrives the same way
// whether it comes as a database file (migration 003) or as a bundle (bundle-upgrade.ts).
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/connection';
import { serializeBundle } from '../../../electron/services/bundle-service';
import { createServices } from '../../../electron/services/services';
import { upgradeBundle } from '../../../shared/domain/bundle-upgrade';
import { FIXED_NOW, openTempDatabase, tempDir, type TempDatabase } from '../../helpers/temp-db';

const FIXTURES = fileURLToPath(new URL('../../fixtures/v1/', import.meta.url));
const readV1 = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const open: TempDatabase[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  open.splice(0).forEach((t) => t.close());
  cleanups.splice(0).forEach((c) => c());
});
async function db(): Promise<TempDatabase> {
  const t = await openTempDatabase();
  open.push(t);
  return t;
}

/** The same data without what each copy makes up for itself: uids and record times. */
function withoutIdentity(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIdentity);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'uid' && key !== 'createdAt' && key !== 'updatedAt')
      .map(([key, v]) => [key, withoutIdentity(v)]),
  );
}

/** Every uid in a bundle, with the path it sits at. */
function uids(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => uids(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'uid' && typeof v === 'string' ? [[path, v] as [string, string]] : uids(v, path ? `${path}.${key}` : key),
  );
}

for (const name of ['demo', 'awkward'] as const) {
  describe(`v1 bundle ${name}.json`, () => {
    it('imports into an empty database, upgraded on the way in, and exports as the current version (3)', async () => {
      const v1 = readV1(name);
      expect(v1.version).toBe(1);
      const a = await db();
      const summary = a.services.bundle.import(v1);
      expect(summary.positions).toBe((v1.positions as unknown[]).length);
      const exported = a.services.bundle.export();
      expect(exported.version).toBe(3);
      expect(JSON.parse(serializeBundle(exported)).version).toBe(3);
      // Records the v1 file had keep their ids and values.
      expect(exported.units.map((u) => u.id)).toEqual((v1.units as { id: number }[]).map((u) => u.id));
      expect(exported.masterplan.sections.map((s) => [s.id, s.body])).toEqual(
        (v1.masterplan as { sections: { id: number; body: string }[] }).sections.map((s) => [s.id, s.body]),
      );
      expect(exported.documentNumbers.map((n) => [n.id, n.number, n.seq, n.status])).toEqual(
        (v1.documentNumbers as { id: number; number: string; seq: number | null }[]).map((n) => [n.id, n.number, n.seq, 'aktif']),
      );
      expect(exported.documentRenders.map((r) => [r.id, r.numberId])).toEqual(
        (v1.documentRenders as { id: number; numberId: number | null }[]).map((r) => [r.id, r.numberId]),
      );
      expect(exported.masterplan.plan.vision).toBe((v1.programme as { vision: string }).vision);
      // Every record got a uid, unique in its list.
      const all = uids(exported);
      for (const [, uid] of all) expect(uid).toMatch(UUID_V7);
      expect(new Set(all.map(([, uid]) => uid)).size).toBe(all.length);
    });

    it('round trip: the v2 export imports again to identical bytes, uids and times preserved', async () => {
      const a = await db();
      a.services.bundle.import(readV1(name));
      const first = serializeBundle(a.services.bundle.export());
      const b = await db();
      b.services.bundle.import(JSON.parse(first));
      expect(serializeBundle(b.services.bundle.export())).toBe(first);
      expect(uids(JSON.parse(first)).length).toBeGreaterThan(10);
    });

    it('is the same programme as the v1 database file of the same name after migration', async () => {
      const fromBundle = await db();
      fromBundle.services.bundle.import(readV1(name));
      const { dir, cleanup } = tempDir();
      cleanups.push(cleanup);
      const file = join(dir, `${name}.db`);
      copyFileSync(join(FIXTURES, `${name}.db`), file);
      const opened = await openDatabase(file, { now: () => FIXED_NOW });
      cleanups.unshift(() => opened.db.close());
      const fromDatabase = createServices(opened.db, { now: () => FIXED_NOW });
      expect(withoutIdentity(fromBundle.services.bundle.export())).toEqual(withoutIdentity(fromDatabase.bundle.export()));
    });
  });
}

describe('upgradeBundle (v1 → v2) on the awkward cases', () => {
  const v2 = upgradeBundle(readV1('awkward')) as Record<string, any>;

  it('merges a person signing in two positions into one signatory, positions in signing order', () => {
    expect(v2.closure.signatories.map((s: any) => [s.kind, s.personId, s.positionIds])).toEqual([
      ['penandatangan', 1, [2, 1]],
      ['penandatangan', 2, [3]],
      ['mengetahui', 3, [4]],
      ['penandatangan', 4, [5, 6]],
      ['mengetahui', 5, [7]],
      // v1's one Mengetahui list, copied as the berita acara's own (as migration 003 does).
      ['mengetahui_berita_acara', 3, [4]],
      ['mengetahui_berita_acara', 5, [7]],
    ]);
    expect(v2.closure.signatories.every((s: any) => !('positionId' in s))).toBe(true);
    expect(v2.closure.signatories[2]).toMatchObject({ onBehalfOf: 'Bupati Contoh Jaya', byOrderOf: 'Sekretaris Daerah' });
  });

  it('makes facilitators non-ASN people, one per person however many stages they led', () => {
    const facilitators = v2.stageFacilitators.map((f: any) => {
      const person = v2.people.find((p: any) => p.id === f.personId);
      return [f.stageNumber, f.sortOrder, person.name, person.institution, person.asn];
    });
    expect(facilitators).toEqual([
      [1, 0, 'Fazrul Rozi', 'Kementerian Komunikasi dan Informatika RI', false],
      [1, 1, 'Ratna Kusumaningrum', 'Tenaga Ahli Gerakan Menuju Smart City', false],
      [2, 0, 'José Manurung', 'Universitas Sumatera Utara', false],
      [2, 1, 'Fazrul Rozi', 'Kementerian Komunikasi dan Informatika RI', false],
    ]);
    expect(new Set(v2.stageFacilitators.map((f: any) => f.personId)).size).toBe(3);
    expect(v2.stages.every((s: any) => !('facilitators' in s) && !('venue' in s))).toBe(true);
    expect(v2.stages.map((s: any) => s.venueName)).toEqual(['Aula Kantor Bupati', 'Aula Bappeda']);
  });

  it('moves the vision to the plan and each budget to a funding line', () => {
    expect('vision' in v2.programme).toBe(false);
    expect(v2.masterplan.plan.vision).toBe('Contoh Jaya Cerdas – Melayani, Berdaya Saing dan Sejahtera');
    expect(v2.masterplan.programmes.map((p: any) => [p.id, p.fundings])).toEqual([
      [1, [{ source: 'APBD', amount: 1_500_000_000 }]],
      [2, [{ source: 'Lainnya', amount: 250_000_000 }]],
      [3, [{ source: 'APBN', amount: null }]],
      [4, []],
    ]);
  });

  it('leaves an upgraded (current) bundle and an unknown version alone', () => {
    expect(upgradeBundle(v2)).toEqual(v2);
    const future = { format: 'smart-city-desk-bundle', version: 9 };
    expect(upgradeBundle(future)).toBe(future);
  });
});
