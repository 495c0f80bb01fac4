// NIP checks: each kind of mistake gets its own message, and valid NIPs are laid out 8-6-1-3.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNip, niPppkProblem, nipProblem, normalizeNip, parseNip } from '../../../shared/format/nip';

const TODAY = new Date('2026-11-22T00:00:00Z');

describe('nipProblem', () => {
  it('accepts a real NIP, typed with spaces or dots', () => {
    expect(nipProblem('19700101 199503 1 001', TODAY)).toBeNull();
    expect(nipProblem('19860926.201505.2.014', TODAY)).toBeNull();
  });
  it.each([
    ['1970', 'NIP harus 18 digit'],
    ['19700101199503100', 'NIP harus 18 digit'],
    ['1970010119950310O1', 'NIP hanya boleh berisi angka'],
    ['197002301995031001', 'NIP: tanggal lahir (8 digit pertama) tidak valid'],
    ['193001011955031001', 'NIP: tanggal lahir (8 digit pertama) tidak valid'],
    ['201501011995031001', 'NIP: tanggal lahir (8 digit pertama) tidak valid'],
    ['197001011995131001', 'NIP: TMT CPNS (digit 9–14) tidak valid'],
    ['197001011995001001', 'NIP: TMT CPNS (digit 9–14) tidak valid'],
    ['197001011980031001', 'NIP: TMT CPNS (digit 9–14) tidak valid'],
    ['197001011995033001', 'NIP: kode jenis kelamin (digit 15) harus 1 atau 2'],
    ['197001011995031000', 'NIP: nomor urut (3 digit terakhir) tidak boleh 000'],
  ])('%s → %s', (nip, message) => expect(nipProblem(nip, TODAY)).toBe(message));

  it('accepts every NIP built from a real birth date, a later appointment, sex 1 or 2 and a serial above 000', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1945-01-01T00:00:00Z'), max: new Date('2000-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 18, max: 26 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('1', '2'),
        fc.integer({ min: 1, max: 999 }),
        (birth, age, month, sex, serial) => {
          const year = birth.getUTCFullYear() + age;
          const nip = `${birth.toISOString().slice(0, 10).replace(/-/g, '')}${year}${String(month).padStart(2, '0')}${sex}${String(serial).padStart(3, '0')}`;
          expect(nipProblem(nip, TODAY)).toBeNull();
          expect(normalizeNip(formatNip(nip))).toBe(nip);
          expect(parseNip(nip, TODAY)?.sex).toBe(sex === '1' ? 'L' : 'P');
        },
      ),
    );
  });
});

describe('layout and hints', () => {
  it('writes 8-6-1-3', () => {
    expect(formatNip('197001011995031001')).toBe('19700101 199503 1 001');
    expect(formatNip('abc')).toBe('abc');
  });
  it('derives birth date, appointment and sex as hints', () => {
    expect(parseNip('19860926 201505 2 014', TODAY)).toEqual({
      birthDate: '1986-09-26',
      appointment: '2015-05',
      sex: 'P',
      serial: '014',
    });
    expect(parseNip('123', TODAY)).toBeNull();
  });
});

describe('NI PPPK', () => {
  it('checks length, digits and birth date', () => {
    expect(niPppkProblem('198501012022211001')).toBeNull();
    expect(niPppkProblem('1985')).toBe('NI PPPK harus 18 digit');
    expect(niPppkProblem('19851301202221100x')).toBe('NI PPPK hanya boleh berisi angka');
    expect(niPppkProblem('198513012022211001')).toBe('NI PPPK: tanggal lahir (8 digit pertama) tidak valid');
  });
});
