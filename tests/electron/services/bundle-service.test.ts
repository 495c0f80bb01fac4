// Bundle export and import (format version 3) against a real database: exact round trip with uids kept, and bad
// bundles (bad values, broken references, unknown keys) refused whole with every problem named by path while the
// database stays exactly as it was.
import { describe, expect, it } from 'vitest';
import { serializeBundle } from '../../../electron/services/bundle-service';
import { bundleSchema } from '../../../shared/domain/bundle';
import { ConflictError, ValidationError } from '../../../shared/errors';
import { largeBundle, minimalBundle, validNip } from '../../helpers/bundle-factory';
import { FIXED_NOW, type TempDatabase, tempDatabasePerTest } from '../../helpers/temp-db';

const openDb = tempDatabasePerTest();
async function db(): Promise<TempDatabase> {
  const t = await openDb();
  return t;
}

function problemsOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).problems;
  }
  throw new Error('expected a ValidationError');
}

describe('bundle round trip', () => {
  it('export → import into an empty database → export gives identical JSON', async () => {
    const a = await db();
    a.services.bundle.import(minimalBundle());
    const first = serializeBundle(a.services.bundle.export());
    const b = await db();
    b.services.bundle.import(JSON.parse(first));
    const second = serializeBundle(b.services.bundle.export());
    expect(second).toBe(first);
    const parsed = JSON.parse(first);
    expect(parsed.people).toHaveLength(3);
    expect(parsed.participants[0].attendedDayIds).toEqual([1, 2]);
    expect(parsed.version).toBe(3);
    expect(
      parsed.closure.signatories.map((s: { personId: number; positionIds: number[] }) => [s.personId, s.positionIds]),
    ).toEqual([
      [1, [2]],
      [2, [3]],
      [3, [4]],
    ]);
    expect(parsed.masterplan.programmes[0].fundings).toEqual([{ source: 'APBD', amount: 1_500_000_000 }]);
    expect(parsed.masterplan.plan.vision).toBe('Contoh Cerdas, Melayani dan Sejahtera');
    expect(parsed.regency.logo.base64).toBe(minimalBundle().regency.logo!.base64);
  });

  it('gives every imported record a uid and times, and keeps them through export and import', async () => {
    const a = await db();
    a.services.bundle.import(minimalBundle());
    const first = a.services.bundle.export();
    const records = [
      ...first.people,
      ...first.positions,
      ...first.closure!.signatories,
      ...first.masterplan.programmes,
      first.regency,
    ];
    for (const r of records) {
      expect(r.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(r.createdAt).toBe(FIXED_NOW);
      expect(r.updatedAt).toBe(FIXED_NOW);
    }
    const b = await db();
    const later = JSON.parse(serializeBundle(first));
    b.services.bundle.import(later);
    const second = b.services.bundle.export();
    expect(second.people.map((p) => p.uid)).toEqual(first.people.map((p) => p.uid));
    expect(second.closure!.signatories.map((s) => s.uid)).toEqual(first.closure!.signatories.map((s) => s.uid));
    expect(second.masterplan.plan.uid).toBe(first.masterplan.plan.uid);
  });

  it('a v1 bundle (as the previous release wrote it) imports and exports as v3', async () => {
    const v1 = structuredClone(minimalBundle()) as Record<string, any>;
    v1.version = 1;
    delete v1.regency.regionCode;
    v1.stages[0] = {
      ...v1.stages[0],
      venue: v1.stages[0].venueName,
      facilitators: [{ name: 'Fazrul Rozi', institution: 'Kominfo RI' }],
    };
    delete v1.stages[0].venueName;
    v1.closure.signatories = [
      { id: 1, positionId: 2, sortOrder: 0 },
      { id: 2, positionId: 3, sortOrder: 1 },
      { id: 3, positionId: 1, sortOrder: 2 },
      { id: 4, positionId: 4, kind: 'mengetahui', sortOrder: 3 },
    ];
    v1.programme.vision = v1.masterplan.plan.vision;
    delete v1.masterplan.plan;
    const { code: _code, fundings: _fundings, ...programme } = v1.masterplan.programmes[0];
    v1.masterplan.programmes[0] = { ...programme, budgetEstimate: 5, budgetSource: 'APBN' };
    const a = await db();
    a.services.bundle.import(v1);
    const out = a.services.bundle.export();
    expect(out.version).toBe(3);
    expect(out.closure!.signatories.map((s) => [s.kind, s.personId, s.positionIds])).toEqual([
      ['penandatangan', 1, [2, 1]],
      ['penandatangan', 2, [3]],
      ['mengetahui', 3, [4]],
      // v1 printed one Mengetahui list under both documents: the berita acara's own list starts as its copy.
      ['mengetahui_berita_acara', 3, [4]],
    ]);
    expect(out.masterplan.programmes[0]!.fundings).toEqual([{ source: 'APBN', amount: 5 }]);
    expect(out.masterplan.plan.vision).toBe('Contoh Cerdas, Melayani dan Sejahtera');
    expect(out.stages[0]!.venueName).toBe('Aula Kantor Bupati');
    const facilitator = out.people.find((p) => p.id === out.stageFacilitators[0]!.personId)!;
    expect(facilitator).toMatchObject({ name: 'Fazrul Rozi', institution: 'Kominfo RI', asn: false, nip: null });
  });

  it('the export validates against the bundle schema', async () => {
    const a = await db();
    a.services.bundle.import(largeBundle(50));
    expect(bundleSchema.safeParse(a.services.bundle.export()).success).toBe(true);
  });

  it('refuses to import over an existing programme unless asked to replace it', async () => {
    const a = await db();
    a.services.bundle.import(minimalBundle());
    expect(() => a.services.bundle.import(minimalBundle())).toThrow(ConflictError);
    const replaced = largeBundle(5);
    a.services.bundle.import(replaced, { replace: true });
    expect(a.services.people.list()).toHaveLength(8);
  });
});

describe('bad bundles are refused whole, nothing written', () => {
  const cases: [string, (b: Record<string, any>) => void, RegExp][] = [
    ['wrong type', (b) => (b.people[0].name = 42), /^people\[0\]\.name: harus berupa teks$/],
    ['missing field', (b) => delete b.regency.name, /^regency\.name: wajib diisi$/],
    ['bad NIP length', (b) => (b.people[1].nip = '1970'), /^people\[1\]\.nip: NIP harus 18 digit$/],
    ['broken reference', (b) => (b.positions[0].personId = 99), /^positions\[0\]\.personId: orang dengan id 99 tidak ada$/],
    ['duplicate id', (b) => (b.units[1].id = 1), /^units\[1\]\.id: id 1 dipakai lebih dari satu unit$/],
    ['bad base64', (b) => (b.regency.logo.base64 = 'iVBORw0KGgo!!!@@@'), /^regency\.logo\.base64: data base64 tidak valid$/],
    [
      '10 MB string',
      (b) => (b.masterplan.sections[0].title = 'x'.repeat(10 * 1024 * 1024)),
      /^masterplan\.sections\[0\]\.title: terlalu panjang/,
    ],
    ['wrong format marker', (b) => (b.format = 'something-else'), /^format: bukan berkas bundel Smart City Desk/],
    [
      'attendance on another stage',
      (b) => (b.participants[0].attendedDayIds = [1, 77]),
      /^participants\[0\]\.attendedDayIds\[1\]: hari dengan id 77 tidak ada$/,
    ],
    ['duplicate NIP', (b) => (b.people[1].nip = b.people[0].nip), /^people\[1\]\.nip: NIP .* sudah dipakai orang lain$/],
    [
      "signing in another person's position",
      (b) => (b.closure.signatories[0].positionIds = [2, 3]),
      /^closure\.signatories\[0\]\.positionIds\[1\]: jabatan ini milik orang lain$/,
    ],
    [
      'a person signing twice in one block',
      (b) => (b.closure.signatories[1].personId = 1),
      /^closure\.signatories\[1\]\.personId: penandatangan .* muncul lebih dari sekali$/,
    ],
    [
      'facilitator who is nobody',
      (b) => (b.stageFacilitators = [{ id: 1, stageNumber: 1, personId: 42 }]),
      /^stageFacilitators\[0\]\.personId: orang dengan id 42 tidak ada$/,
    ],
    [
      'one funding source twice',
      (b) =>
        (b.masterplan.programmes[0].fundings = [
          { source: 'APBD', amount: 1 },
          { source: 'APBD', amount: 2 },
        ]),
      /^masterplan\.programmes\[0\]\.fundings\[1\]\.source: sumber dana APBD disebut dua kali$/,
    ],
    [
      'two active numbers for one document',
      (b) =>
        (b.documentNumbers = [
          {
            id: 1,
            kind: 'berita-acara',
            subjectKey: 'penutupan',
            year: 2021,
            seq: 1,
            number: '1/2021',
            issuedAt: '2021-11-19T08:00:00Z',
          },
          {
            id: 2,
            kind: 'berita-acara',
            subjectKey: 'penutupan',
            year: 2021,
            seq: 2,
            number: '2/2021',
            issuedAt: '2021-11-19T09:00:00Z',
          },
        ]),
      /^documentNumbers\[1\]\.subjectKey: nomor aktif untuk dokumen .* muncul lebih dari sekali$/,
    ],
    [
      'a sequence number repeated in a year',
      (b) =>
        (b.documentNumbers = [
          {
            id: 1,
            kind: 'berita-acara',
            subjectKey: 'penutupan',
            year: 2021,
            seq: 1,
            number: '1/2021',
            issuedAt: '2021-11-19T08:00:00Z',
            status: 'batal',
          },
          {
            id: 2,
            kind: 'berita-acara',
            subjectKey: 'penutupan',
            year: 2021,
            seq: 1,
            number: '1/2021',
            issuedAt: '2021-11-19T09:00:00Z',
          },
        ]),
      /^documentNumbers\[1\]\.seq: nomor urut pada tahun yang sama "2021\/1" muncul lebih dari sekali$/,
    ],
    [
      'the same uid on two records of a list',
      (b) => {
        b.people[0].uid = '01936a2e-0000-7000-8000-000000000001';
        b.people[1].uid = '01936a2e-0000-7000-8000-000000000001';
      },
      /^people\[1\]\.uid: /,
    ],
    ['a uid that is not a UUID', (b) => (b.units[0].uid = 'unit-1'), /^units\[0\]\.uid: uid harus berupa UUID$/],
  ];

  for (const [name, mutate, expected] of cases) {
    it(`${name}: exits with the path and leaves the database as it was`, async () => {
      const a = await db();
      a.services.bundle.import(largeBundle(3));
      const before = serializeBundle(a.services.bundle.export());
      const bad = structuredClone(minimalBundle()) as Record<string, any>;
      mutate(bad);
      const problems = problemsOf(() => a.services.bundle.import(bad, { replace: true }));
      expect(problems.map((p) => `${p.path}: ${p.message}`).some((line) => expected.test(line))).toBe(true);
      expect(serializeBundle(a.services.bundle.export())).toBe(before);
    });
  }

  it('lists every problem, not just the first', async () => {
    const a = await db();
    const bad = structuredClone(minimalBundle()) as Record<string, any>;
    bad.people[0].nip = '12';
    bad.people[2].name = '';
    bad.units[0].kind = 'kementerian';
    const problems = problemsOf(() => a.services.bundle.import(bad));
    expect(problems.map((p) => p.path).sort()).toEqual(['people[0].nip', 'people[2].name', 'units[0].kind']);
    expect(a.services.people.list()).toHaveLength(0);
  });

  it('rejects NIPs with an impossible birth date or sex digit, by path', async () => {
    const a = await db();
    const bad = structuredClone(minimalBundle()) as Record<string, any>;
    bad.people[0].nip = `19701301199503${'1'}001`;
    bad.people[1].nip = validNip(2).slice(0, 14) + '3' + validNip(2).slice(15);
    const problems = problemsOf(() => a.services.bundle.import(bad));
    expect(problems.find((p) => p.path === 'people[0].nip')?.message).toMatch(/tanggal lahir/);
    expect(problems.find((p) => p.path === 'people[1].nip')?.message).toMatch(/jenis kelamin/);
  });
});

describe('unknown keys are refused, named with the key probably meant, nothing written', () => {
  const cases: [string, (b: Record<string, any>) => void, string][] = [
    [
      'a misspelt field',
      (b) => (b.people[3].pangkt = 'III/a'),
      'people[3].pangkt: kunci "pangkt" tidak dikenal (mungkin maksudnya "pangkat")',
    ],
    [
      'a v1 field in a v2 bundle',
      (b) => (b.closure.signatories[0].positionId = 2),
      'closure.signatories[0].positionId: kunci "positionId" tidak dikenal (mungkin maksudnya "positionIds")',
    ],
    ['a misspelt list', (b) => (b.peopel = []), 'peopel: kunci "peopel" tidak dikenal (mungkin maksudnya "people")'],
    [
      'deep inside the profile',
      (b) => (b.regency.tataNaskah = { timezone: 'WITA' }),
      'regency.tataNaskah.timezone: kunci "timezone" tidak dikenal (mungkin maksudnya "timeZone")',
    ],
    [
      'inside a funding line',
      (b) => (b.masterplan.programmes[0].fundings[0].sumber = 'APBD'),
      'masterplan.programmes[0].fundings[0].sumber: kunci "sumber" tidak dikenal',
    ],
    [
      'nothing like any key',
      (b) => (b.units[1].catatanRahasia = 'x'),
      'units[1].catatanRahasia: kunci "catatanRahasia" tidak dikenal',
    ],
  ];

  for (const [name, mutate, expected] of cases) {
    it(`${name}: ${expected}`, async () => {
      const a = await db();
      a.services.bundle.import(largeBundle(3));
      const before = serializeBundle(a.services.bundle.export());
      const bad = structuredClone(largeBundle(3)) as Record<string, any>;
      mutate(bad);
      const problems = problemsOf(() => a.services.bundle.import(bad, { replace: true }));
      expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([expected]);
      expect(serializeBundle(a.services.bundle.export())).toBe(before);
    });
  }

  it('in a v1 bundle too, after the upgrade, and together with other problems', async () => {
    const a = await db();
    const bad = structuredClone(minimalBundle()) as Record<string, any>;
    bad.version = 1;
    bad.closure.signatories = [{ id: 1, positionId: 2, sortOrder: 0, kindd: 'mengetahui' }];
    bad.people[0].nip = '12';
    bad.stages[0].tittle = 'Tahap I';
    const problems = problemsOf(() => a.services.bundle.import(bad));
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual(
      expect.arrayContaining([
        'closure.signatories[0].kindd: kunci "kindd" tidak dikenal (mungkin maksudnya "kind")',
        'stages[0].tittle: kunci "tittle" tidak dikenal (mungkin maksudnya "title")',
        'people[0].nip: NIP harus 18 digit',
      ]),
    );
    expect(a.services.people.list()).toHaveLength(0);
  });
});
