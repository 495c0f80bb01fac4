// Property tests of the domain validators: what they accept, what they refuse, and that refusals name the field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleSchema } from '../../../shared/domain/bundle';
import { draftOf } from '../../../shared/domain/common';
import { personFields, personRules } from '../../../shared/domain/organisation';
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
