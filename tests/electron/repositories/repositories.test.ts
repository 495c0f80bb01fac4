// Repositories on a real migrated database: uid and times filled on insert (or kept when given), uid and creation
// time never changed by an update, updated_at moved by it; a record's child list (signatory positions, programme
// fundings) stored in order, replaced whole and removed with its record.
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../electron/repositories/repositories';
import { minimalBundle } from '../../helpers/bundle-factory';
import { tempDatabasePerTest } from '../../helpers/temp-db';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const openDb = tempDatabasePerTest();

/** A migrated database with the minimal programme and repositories on a clock the test moves. */
async function setup() {
  const t = await openDb();
  t.services.bundle.import(minimalBundle());
  let now = '2026-01-01T00:00:00.000Z';
  const repos = createRepositories(t.opened.db, () => now);
  return { t, repos, setNow: (value: string) => (now = value) };
}

describe('EntityRepository: identity and times', () => {
  it('fills uid, createdAt and updatedAt on insert, and keeps given ones', async () => {
    const { repos } = await setup();
    const unit = repos.units.insert({ id: null, kind: 'uptd', name: 'UPTD Pusat Data', shortName: null, parentId: 1, sortOrder: 3 });
    expect(unit.uid).toMatch(UUID_V7);
    expect(unit).toMatchObject({ createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', parentId: 1 });
    const given = repos.units.insert({
      id: null,
      kind: 'kelurahan',
      name: 'Kelurahan Raya',
      shortName: null,
      parentId: 2,
      sortOrder: 4,
      uid: '0193a000-0000-7000-8000-00000000abcd',
      createdAt: '2021-05-01T08:00:00.000+07:00',
      updatedAt: '2021-06-01T08:00:00.000+07:00',
    });
    expect(given).toMatchObject({
      uid: '0193a000-0000-7000-8000-00000000abcd',
      createdAt: '2021-05-01T08:00:00.000+07:00',
      updatedAt: '2021-06-01T08:00:00.000+07:00',
    });
    const uids = repos.units.list().map((u) => u.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('an update keeps uid and createdAt whatever the record says, and moves updatedAt', async () => {
    const { repos, setNow } = await setup();
    const before = repos.people.get(2)!;
    setNow('2026-02-02T10:00:00.000Z');
    expect(repos.people.update({ ...before, name: 'Rina Purba Br. Sinaga', uid: '0193a000-0000-7000-8000-000000000999', createdAt: '2000-01-01T00:00:00.000Z' })).toBe(true);
    const after = repos.people.get(2)!;
    expect(after).toMatchObject({ name: 'Rina Purba Br. Sinaga', uid: before.uid, createdAt: before.createdAt, updatedAt: '2026-02-02T10:00:00.000Z' });
    expect(repos.people.update({ ...before, id: 999 })).toBe(false);
  });

  it('the database refuses a second record with the same uid', async () => {
    const { repos } = await setup();
    const uid = repos.units.get(1)!.uid!;
    expect(() => repos.units.insert({ id: null, kind: 'dinas', name: 'Dinas Lain', shortName: null, parentId: null, sortOrder: 9, uid })).toThrow(
      /UNIQUE constraint failed: unit\.uid/,
    );
  });

  it('singletons keep their uid and creation time across saves', async () => {
    const { repos, setNow } = await setup();
    const plan = repos.plan.get()!;
    expect(plan.uid).toMatch(UUID_V7);
    setNow('2026-03-03T00:00:00.000Z');
    repos.plan.save({ ...plan, vision: 'Visi baru' });
    expect(repos.plan.get()).toMatchObject({ vision: 'Visi baru', uid: plan.uid, createdAt: plan.createdAt, updatedAt: '2026-03-03T00:00:00.000Z' });
  });
});

describe('RecordWithListRepository: a record with its ordered child list', () => {
  it('stores signatory positions in the order given, replaces them whole, and drops them with the signatory', async () => {
    const { t, repos } = await setup();
    const count = () => (t.opened.db.prepare('SELECT count(*) AS n FROM closure_signatory_position').get() as { n: number }).n;
    const first = repos.closureSignatories.get(1)!;
    expect(first.positionIds).toEqual([2]);
    expect(repos.closureSignatories.update({ ...first, positionIds: [2, 1] })).toBe(true);
    expect(repos.closureSignatories.get(1)!.positionIds).toEqual([2, 1]);
    repos.closureSignatories.update({ ...first, positionIds: [1] });
    expect(repos.closureSignatories.get(1)!.positionIds).toEqual([1]);
    expect(repos.closureSignatories.list().map((s) => s.positionIds)).toEqual([[1], [3], [4]]);
    expect(count()).toBe(3);
    expect(repos.closureSignatories.delete(1)).toBe(true);
    expect(count()).toBe(2);
    // A failed update (no such record) leaves every list alone.
    expect(repos.closureSignatories.update({ ...first, id: 99, positionIds: [2] })).toBe(false);
    expect(count()).toBe(2);
  });

  it('keeps a programme’s funding lines in order, with unknown amounts as null', async () => {
    const { repos } = await setup();
    const programme = repos.programmeItems.get(1)!;
    const fundings = [
      { source: 'CSR' as const, amount: null },
      { source: 'APBD' as const, amount: 2_000_000 },
      { source: 'APBN' as const, amount: 0 },
    ];
    repos.programmeItems.update({ ...programme, fundings });
    expect(repos.programmeItems.get(1)!.fundings).toEqual(fundings);
    expect(repos.programmeItems.listWhere('dimensionId', 1).map((p) => p.fundings)).toEqual([fundings]);
    const added = repos.programmeItems.insert({ ...programme, id: null, code: 'GOV-02', uid: null, fundings: [] });
    expect(added.fundings).toEqual([]);
    expect(added.uid).toMatch(UUID_V7);
  });

  it('deleting a position removes it from every signature (foreign key cascade)', async () => {
    const { repos } = await setup();
    const first = repos.closureSignatories.get(1)!;
    repos.closureSignatories.update({ ...first, positionIds: [2, 1] });
    repos.positions.delete(2);
    expect(repos.closureSignatories.get(1)!.positionIds).toEqual([1]);
  });
});
