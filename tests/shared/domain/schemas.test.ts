// Property tests of the domain validators: what they accept, what they refuse, and that refusals name the field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleSchema } from '../../../shared/domain/bundle';
import { draftOf } from '../../../shared/domain/common';
import { stageSchema } from '../../../shared/domain/bimtek';
import { closureSignatorySchema } from '../../../shared/domain/closure';
import { programmeItemSchema } from '../../../shared/domain/masterplan';
import { personFields, personRules, personSchema, unitSchema } from '../../../shared/domain/organisation';
import { teamMemberSchema } from '../../../shared/domain/programme';
import { regencySchema } from '../../../shared/domain/regency';
import { numberingSchema } from '../../../shared/domain/register';
import { formatPath, problemsFromZod } from '../../../shared/validation/messages';
import { minimalBundle } from '../../helpers/bundle-factory';

const personDraft = draftOf(personFields, personRules);

const validNipArb = fc
  .record({
    birth: fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('1995-12-31T00:00:00Z'), noInvalidDate: true }),
    tmtOffset: fc.integer({ min: 18, max: 25 }),
    tmtMonth: fc.integer({ min: 1, max: 12 }),
    sex: fc.constantFrom('1', '2'),
    serial: fc.integer({ min: 1, max: 999 }),
  })
  .map(({ birth, tmtOffset, tmtMonth, sex, serial }) => {
    const y = birth.getUTCFullYear();
    const date = `${y}${String(birth.getUTCMonth() + 1).padStart(2, '0')}${String(birth.getUTCDate()).padStart(2, '0')}`;
    const tmtYear = Math.min(y + tmtOffset, 2020);
    return `${date}${tmtYear}${String(tmtMonth).padStart(2, '0')}${sex}${String(serial).padStart(3, '0')}`;
  });

describe('person schema', () => {
  it('accepts every well-formed NIP, with or without the 8-6-1-3 spaces', () => {
    fc.assert(
      fc.property(validNipArb, fc.boolean(), (nip, spaced) => {
        const input = spaced ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip;
        const result = personDraft.safeParse({ name: 'Pegawai', nip: input });
        expect(result.success).toBe(true);
        expect(result.success && result.data.nip).toBe(nip);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses any NIP whose length is not 18, at path nip', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{1,30}$/).filter((s) => s.length !== 18),
        (digits) => {
          const result = personDraft.safeParse({ name: 'Pegawai', nip: digits });
          expect(result.success).toBe(false);
          if (!result.success) expect(problemsFromZod(result.error)).toEqual([{ path: 'nip', message: 'NIP harus 18 digit' }]);
        },
      ),
    );
  });

  it('refuses a sex digit other than 1 or 2', () => {
    fc.assert(
      fc.property(validNipArb, fc.constantFrom('0', '3', '4', '5', '6', '7', '8', '9'), (nip, digit) => {
        const result = personDraft.safeParse({ name: 'X', nip: nip.slice(0, 14) + digit + nip.slice(15) });
        expect(result.success).toBe(false);
        if (!result.success) expect(result.error.issues[0]!.message).toMatch(/jenis kelamin/);
      }),
    );
  });

  it('trims names and turns empty optional texts into null; an empty name is refused', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0),
        fc.constantFrom('', '  ', '\t'),
        (name, blank) => {
          const parsed = personDraft.parse({ name: `  ${name}\n`, frontTitle: blank });
          expect(parsed.name).toBe(name.trim());
          expect(parsed.frontTitle).toBeNull();
        },
      ),
    );
    const empty = personDraft.safeParse({ name: '   ' });
    expect(empty.success).toBe(false);
  });

  it('refuses both a NIP and an NI PPPK', () => {
    const result = personDraft.safeParse({ name: 'X', nip: '197001011995031001', niPppk: '198501012021212001' });
    expect(result.success).toBe(false);
    if (!result.success) expect(problemsFromZod(result.error).map((p) => p.path)).toContain('niPppk');
  });
});

describe('regency and numbering schemas', () => {
  it('postal codes are exactly five digits', () => {
    const base = minimalBundle().regency;
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (code) => {
        const ok = regencySchema.safeParse({ ...base, postalCode: code }).success;
        expect(ok).toBe(/^\d{5}$/.test(code));
      }),
    );
  });

  it('numbering templates must contain {urut} and only known tokens', () => {
    const tokens = ['{kka}', '{urut}', '{unit}', '{bulan_romawi}', '{tahun}', '{bulan}', '{nomor}'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 6 }), (parts) => {
        const template = parts.join('/');
        const ok = numberingSchema.safeParse({ template }).success;
        const expected = parts.includes('{urut}') && parts.every((p) => !['{bulan}', '{nomor}'].includes(p));
        expect(ok).toBe(expected);
      }),
    );
  });
});

describe('bundle schema', () => {
  it('reports a broken person reference at the exact path, whichever position is broken', () => {
    const bundle = minimalBundle();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: bundle.positions!.length - 1 }),
        fc.integer({ min: 50, max: 10_000 }),
        (index, missing) => {
          const bad = structuredClone(bundle);
          bad.positions![index]!.personId = missing;
          const result = bundleSchema.safeParse(bad);
          expect(result.success).toBe(false);
          if (!result.success) {
            expect(result.error.issues.map((i) => formatPath(i.path))).toContain(`positions[${index}].personId`);
          }
        },
      ),
    );
  });

  it('formats paths the way a clerk reads them', () => {
    expect(formatPath(['people', 3, 'nip'])).toBe('people[3].nip');
    expect(formatPath(['masterplan', 'sections', 0, 'title'])).toBe('masterplan.sections[0].title');
    expect(formatPath([])).toBe('');
  });
});

describe('v2 model schemas', () => {
  const messages = (result: { success: boolean; error?: unknown }) =>
    result.success ? [] : problemsFromZod(result.error as never).map((p) => `${p.path}: ${p.message}`);

  it('a non-ASN person has an instansi and no NIP, NI PPPK, pangkat or eselon', () => {
    expect(personSchema.safeParse({ id: 1, name: 'Ratna', asn: false, institution: 'Kominfo RI' }).success).toBe(true);
    fc.assert(
      fc.property(validNipArb, fc.constantFrom('nip', 'pangkat', 'eselon'), (nip, field) => {
        const values: Record<string, string> = { nip, pangkat: 'III/a', eselon: 'II.a' };
        const result = personSchema.safeParse({ id: 1, name: 'Ratna', asn: false, [field]: values[field] });
        expect(messages(result)).toEqual([`${field}: orang non-ASN tidak memiliki ${field === 'nip' ? 'NIP' : field}`]);
      }),
      { numRuns: 30 },
    );
  });

  it('reads jenis kelamin from the NIP, and refuses one that disagrees with it', () => {
    fc.assert(
      fc.property(validNipArb, (nip) => {
        const fromNip = nip[14] === '1' ? 'L' : 'P';
        expect(personSchema.parse({ id: 1, name: 'X', nip }).gender).toBe(fromNip);
        const wrong = personSchema.safeParse({ id: 1, name: 'X', nip, gender: fromNip === 'L' ? 'P' : 'L' });
        expect(messages(wrong)[0]).toMatch(/^gender: jenis kelamin tidak sesuai dengan NIP/);
      }),
      { numRuns: 50 },
    );
    expect(personSchema.parse({ id: 1, name: 'X', gender: 'P' }).gender).toBe('P');
  });

  it('a signature names one to four distinct positions', () => {
    const base = { id: 1, personId: 1 };
    expect(closureSignatorySchema.safeParse({ ...base, positionIds: [3, 1] }).success).toBe(true);
    expect(messages(closureSignatorySchema.safeParse({ ...base, positionIds: [] }))).toEqual(['positionIds: pilih minimal satu jabatan']);
    expect(messages(closureSignatorySchema.safeParse({ ...base, positionIds: [1, 2, 3, 4, 5] }))).toEqual([
      'positionIds: paling banyak 4 jabatan dalam satu tanda tangan',
    ]);
    expect(messages(closureSignatorySchema.safeParse({ ...base, positionIds: [2, 2] }))).toEqual([
      'positionIds[1]: jabatan yang sama dipilih dua kali',
    ]);
  });

  it('funding sources are each named once; a programme code is letters, digits and - . /', () => {
    const base = { id: 1, name: 'P', dimensionId: 1, horizon: 'pendek', startYear: 2022, endYear: 2023 };
    expect(programmeItemSchema.parse({ ...base, fundings: [{ source: 'APBD', amount: 5 }, { source: 'CSR' }] }).fundings).toEqual([
      { source: 'APBD', amount: 5 },
      { source: 'CSR', amount: null },
    ]);
    expect(messages(programmeItemSchema.safeParse({ ...base, fundings: [{ source: 'APBD' }, { source: 'APBD' }] }))).toEqual([
      'fundings[1].source: sumber dana APBD disebut dua kali',
    ]);
    expect(programmeItemSchema.safeParse({ ...base, code: 'GOV-01' }).success).toBe(true);
    expect(programmeItemSchema.safeParse({ ...base, code: 'GOV 01' }).success).toBe(false);
  });

  it('a daring or hybrid stage needs its meeting link', () => {
    const base = { number: 1, title: 'Tahap I' };
    expect(stageSchema.safeParse({ ...base, mode: 'luring' }).success).toBe(true);
    for (const mode of ['daring', 'hybrid']) {
      expect(messages(stageSchema.safeParse({ ...base, mode }))).toEqual(['meetingLink: Bimtek daring atau hybrid memerlukan tautan rapat']);
      expect(stageSchema.safeParse({ ...base, mode, meetingLink: 'https://zoom.us/j/1' }).success).toBe(true);
    }
    expect(stageSchema.safeParse({ ...base, mode: 'daring', meetingLink: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('kode wilayah is PP.KK; a free team role needs its words', () => {
    const regency = minimalBundle().regency;
    for (const [code, ok] of [['12.08', true], ['12.8', false], ['1208', false], ['12.08.01', false]] as const) {
      expect(regencySchema.safeParse({ ...regency, regionCode: code }).success, code).toBe(ok);
    }
    const member = { id: 1, teamId: 1, personId: 1 };
    expect(messages(teamMemberSchema.safeParse({ ...member, role: 'lainnya' }))).toEqual(['roleText: tuliskan peran anggota ini']);
    expect(teamMemberSchema.safeParse({ ...member, role: 'ketua_harian' }).success).toBe(true);
  });

  it('record uids must be UUIDs; times ISO 8601 with offset', () => {
    const unit = { id: 1, kind: 'uptd', name: 'UPTD Pusat Data' };
    expect(unitSchema.safeParse({ ...unit, uid: '0193a000-0000-7000-8000-000000000001', createdAt: '2021-05-01T08:00:00+07:00' }).success).toBe(true);
    expect(messages(unitSchema.safeParse({ ...unit, uid: 'unit-1' }))).toEqual(['uid: uid harus berupa UUID']);
    expect(unitSchema.safeParse({ ...unit, createdAt: '2021-05-01 08:00' }).success).toBe(false);
  });
});
