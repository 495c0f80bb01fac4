// Bundle export and import against a real database: exact round trip, and bad bundles refused whole with every
// problem named by path while the database stays exactly as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { serializeBundle } from '../../../electron/services/bundle-service';
import { bundleSchema } from '../../../shared/domain/bundle';
import { ConflictError, ValidationError } from '../../../shared/errors';
import { largeBundle, minimalBundle, validNip } from '../../helpers/bundle-factory';
import { openTempDatabase, type TempDatabase } from '../../helpers/temp-db';

const open: TempDatabase[] = [];
afterEach(() => open.splice(0).forEach((t) => t.close()));
async function db(): Promise<TempDatabase> {
  const t = await openTempDatabase();
  open.push(t);
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
    expect(parsed.closure.signatories.map((s: { positionId: number }) => s.positionId)).toEqual([2, 3, 4]);
    expect(parsed.regency.logo.base64).toBe(minimalBundle().regency.logo!.base64);
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
