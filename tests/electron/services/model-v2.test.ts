// The v2 model through the services against a real database file: units with parents, non-ASN people, gender from
// the NIP, programme codes and funding lines, the masterplan plan, facilitators, uids and times.
import { describe, expect, it } from 'vitest';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { ValidationError } from '../../../shared/errors';
import { FIXED_NOW, type TempDatabase, tempDatabasePerTest } from '../../helpers/temp-db';

const openDb = tempDatabasePerTest();
async function demo(): Promise<TempDatabase> {
  const t = await openDb();
  t.services.bundle.import(demoBundle());
  return t;
}

describe('units with parents', () => {
  it('keeps a UPTD under its dinas and refuses a parent that would make a cycle or does not exist', async () => {
    const { services } = await demo();
    const units = services.units.list();
    const uptd = units.find((u) => u.kind === 'uptd')!;
    const dinas = units.find((u) => u.id === uptd.parentId)!;
    expect(dinas.kind).toBe('dinas');
    expect(() => services.units.save({ ...dinas, parentId: uptd.id })).toThrow(/parentId: unit induk tidak boleh bawahan/);
    expect(() => services.units.save({ ...uptd, parentId: uptd.id })).toThrow(/parentId/);
    expect(() => services.units.save({ ...uptd, parentId: 9999 })).toThrow(/unit induk dengan id 9999/);
    expect(services.units.list().find((u) => u.id === dinas.id)!.parentId).toBeNull();
  });
});

describe('people outside the civil service', () => {
  it('refuses a NIP or pangkat on a non-ASN person, naming the field', async () => {
    const { services } = await demo();
    try {
      services.people.save({ name: 'Rina Marlina', asn: false, institution: 'Universitas Contoh', pangkat: 'III/a' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).problems).toEqual([{ path: 'pangkat', message: 'orang non-ASN tidak memiliki pangkat' }]);
    }
    const saved = services.people.save({ name: 'Rina Marlina', asn: false, institution: 'Universitas Contoh' });
    expect([saved.asn, saved.institution, saved.nip]).toEqual([false, 'Universitas Contoh', null]);
  });

  it('reads the gender from the NIP and refuses a gender that contradicts it', async () => {
    const { services } = await demo();
    const woman = services.people.save({ name: 'Sri Wahyuni', nip: '19850412 201001 2 003' });
    expect(woman.gender).toBe('P');
    expect(() => services.people.save({ name: 'Sri Wahyuni', nip: '198504122010012004', gender: 'L' })).toThrow(
      /gender: jenis kelamin tidak sesuai dengan NIP/,
    );
  });
});

describe('records carry uid and times', () => {
  it('gives a new record a UUIDv7 and the clock, and an update keeps uid and creation time', async () => {
    const { services, opened } = await demo();
    const person = services.people.save({ name: 'Andi Saputra', asn: false });
    expect(person.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([person.createdAt, person.updatedAt]).toEqual([FIXED_NOW, FIXED_NOW]);
    const renamed = services.people.save({ ...person, name: 'Andi Saputra Siregar', uid: null, createdAt: null });
    expect([renamed.uid, renamed.createdAt]).toEqual([person.uid, person.createdAt]);
    const missing = opened.db.prepare('SELECT count(*) AS n FROM person WHERE uid IS NULL OR created_at IS NULL').get() as {
      n: number;
    };
    expect(missing.n).toBe(0);
  });
});

describe('masterplan plan and programmes', () => {
  it('saves the plan with visi, misi and horizons, refusing a period that ends before it starts', async () => {
    const { services } = await demo();
    const plan = services.masterplan.plan.get();
    expect(plan.vision).toContain('Simalungun');
    expect(() => services.masterplan.plan.save({ ...plan, periodStart: 2030, periodEnd: 2022 })).toThrow(/periodEnd/);
    const saved = services.masterplan.plan.save({ ...plan, missions: ['Misi satu', 'Misi dua'] });
    expect(saved.missions).toEqual(['Misi satu', 'Misi dua']);
    expect(saved.uid).toBe(plan.uid);
  });

  it('keeps several funding lines in order, and refuses a programme code used twice or a source named twice', async () => {
    const { services } = await demo();
    const [first, second] = services.masterplan.programmes.list();
    const saved = services.masterplan.programmes.save({
      ...first!,
      fundings: [
        { source: 'CSR', amount: 100_000_000 },
        { source: 'APBD', amount: null },
      ],
    });
    expect(saved.fundings).toEqual([
      { source: 'CSR', amount: 100_000_000 },
      { source: 'APBD', amount: null },
    ]);
    expect(() => services.masterplan.programmes.save({ ...second!, code: first!.code!.toLowerCase() })).toThrow(
      /kode program sudah dipakai/,
    );
    expect(() =>
      services.masterplan.programmes.save({
        ...second!,
        fundings: [
          { source: 'APBD', amount: 1 },
          { source: 'APBD', amount: 2 },
        ],
      }),
    ).toThrow(/fundings\[1\]\.source: sumber dana APBD disebut dua kali/);
    expect(services.masterplan.programmes.list()[1]).toEqual(second);
  });
});

describe('stage facilitators', () => {
  it('lists facilitators as people with their role, and refuses one for a stage not yet entered', async () => {
    const { services } = await demo();
    const facilitators = services.bimtek.facilitators.list();
    expect(facilitators.length).toBeGreaterThan(0);
    const person = services.people.list().find((p) => p.id === facilitators[0]!.personId)!;
    expect(person.asn).toBe(false);
    services.bimtek.stages.remove(2);
    expect(() => services.bimtek.facilitators.save({ stageNumber: 2, personId: person.id })).toThrow(/stageNumber: tahap 2 belum diisi/);
    expect(() => services.bimtek.facilitators.save({ stageNumber: 1, personId: facilitators[0]!.personId })).toThrow(
      /sudah menjadi fasilitator/,
    );
  });
});
