// NIP bounds at their edges: birth years 1940 .. today-15, a TMT CPNS at 17 years old at the earliest, and text
// that is not a NIP left as typed.
import { describe, expect, it } from 'vitest';
import { formatNip, niPppkProblem, nipProblem, parseNip } from '../../../shared/format/nip';

const TODAY = new Date('2026-11-22T00:00:00Z');
const BIRTH = 'NIP: tanggal lahir (8 digit pertama) tidak valid';
const TMT = 'NIP: TMT CPNS (digit 9–14) tidak valid';

describe('NIP edges', () => {
  it('takes births from 1940 to fifteen years before today, and no other', () => {
    expect(nipProblem('19400101 196003 1 001', TODAY)).toBeNull();
    expect(nipProblem('19391231 196003 1 001', TODAY)).toBe(BIRTH);
    // 2026 - 15 = 2011: born in 2011, appointed at 17 (2028) is next year + 1, so the TMT is refused, not the birth.
    expect(nipProblem('20110101 202701 1 001', TODAY)).toBe(TMT);
    expect(nipProblem('20120101 202701 1 001', TODAY)).toBe(BIRTH);
  });

  it('takes a TMT CPNS from the year the person turns 17, and up to next year', () => {
    expect(nipProblem('19700101 198701 1 001', TODAY)).toBeNull();
    expect(nipProblem('19700101 198612 1 001', TODAY)).toBe(TMT);
    expect(nipProblem('19900101 202712 2 001', TODAY)).toBeNull();
    expect(nipProblem('19900101 202801 2 001', TODAY)).toBe(TMT);
    expect(nipProblem('19700101 199512 1 001', TODAY)).toBeNull();
    expect(nipProblem('19700101 199501 2 999', TODAY)).toBeNull();
  });

  it('reads the sex digit and the serial, and the birth date as an ISO date', () => {
    expect(parseNip('19700101 199503 1 001', TODAY)).toEqual({
      birthDate: '1970-01-01',
      appointment: '1995-03',
      sex: 'L',
      serial: '001',
    });
    expect(nipProblem('19700101 199503 0 001', TODAY)).toBe('NIP: kode jenis kelamin (digit 15) harus 1 atau 2');
    expect(parseNip('19700101 199503 3 001', TODAY)).toBeNull();
  });

  it('leaves text that is not 18 digits as typed, spaces and all', () => {
    expect(formatNip(' 1970 0101 ')).toBe(' 1970 0101 ');
    expect(formatNip('19700101.199503.1.001')).toBe('19700101 199503 1 001');
    expect(formatNip('1970010119950310011')).toBe('1970010119950310011');
    expect(formatNip('x197001011995031001')).toBe('x197001011995031001');
  });

  it('checks an NI PPPK for digits before length, and only its birth date', () => {
    expect(niPppkProblem('19850101 202221 1 001')).toBeNull();
    expect(niPppkProblem('1985-01-01')).toBe('NI PPPK hanya boleh berisi angka');
    expect(niPppkProblem('')).toBe('NI PPPK harus 18 digit');
    expect(niPppkProblem('198502302022211001')).toBe('NI PPPK: tanggal lahir (8 digit pertama) tidak valid');
    expect(nipProblem('')).toBe('NIP harus 18 digit');
    expect(nipProblem('1970-01-01')).toBe('NIP hanya boleh berisi angka');
  });
});
