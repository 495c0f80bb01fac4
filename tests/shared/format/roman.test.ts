// Roman numerals for months and chapter numbers, strict in both directions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromRoman, toRoman } from '../../../shared/format/roman';

describe('roman numerals', () => {
  it('writes months and chapters', () => {
    expect([1, 4, 9, 11, 12, 14, 40, 90, 400, 2021].map(toRoman)).toEqual([
      'I',
      'IV',
      'IX',
      'XI',
      'XII',
      'XIV',
      'XL',
      'XC',
      'CD',
      'MMXXI',
    ]);
  });
  it('uses every numeral and subtractive pair, up to 3999', () => {
    expect([3, 5, 8, 50, 100, 500, 900, 1000, 1994, 3999].map(toRoman)).toEqual([
      'III',
      'V',
      'VIII',
      'L',
      'C',
      'D',
      'CM',
      'M',
      'MCMXCIV',
      'MMMCMXCIX',
    ]);
  });
  it('refuses 0, negatives, fractions and numbers past 3999, naming them', () => {
    expect(() => toRoman(0)).toThrow('angka romawi hanya 1–3999: 0');
    expect(() => toRoman(-1)).toThrow('angka romawi hanya 1–3999: -1');
    expect(() => toRoman(1.5)).toThrow('angka romawi hanya 1–3999: 1.5');
    expect(() => toRoman(4000)).toThrow('angka romawi hanya 1–3999: 4000');
    expect(() => toRoman(Number.NaN)).toThrow('angka romawi hanya 1–3999: NaN');
  });
  it('reads numerals back, in either case and with spaces around', () => {
    expect(fromRoman('I')).toBe(1);
    expect(fromRoman(' xi ')).toBe(11);
    expect(fromRoman('MCMXCIV')).toBe(1994);
    expect(fromRoman('MMMCMXCIX')).toBe(3999);
    expect(fromRoman('iv')).toBe(4);
  });
  it('refuses what is not one canonical numeral of 1..3999', () => {
    for (const text of ['', ' ', 'MMMM', 'VV', 'IL', 'XM', 'IIX', 'XI V', 'XI.', 'X1', 'IVI', 'CMM', 'DD', 'LC']) {
      expect(fromRoman(text), text).toBeNull();
    }
  });
  it('reads only canonical numerals', () => {
    expect(fromRoman('xi')).toBe(11);
    expect(fromRoman('IIII')).toBeNull();
    expect(fromRoman('IC')).toBeNull();
    expect(fromRoman('ABC')).toBeNull();
  });
  it('round-trips every number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
        expect(fromRoman(toRoman(n))).toBe(n);
      }),
    );
  });
});
